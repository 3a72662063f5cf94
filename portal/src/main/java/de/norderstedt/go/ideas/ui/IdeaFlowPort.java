package de.norderstedt.go.ideas.ui;

import de.norderstedt.go.ratelimit.RateLimits;
import de.norderstedt.go.ratelimit.RateLimit;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;

import de.norderstedt.go.ideas.IdeaGroup;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.NewIdea;
import de.norderstedt.go.ideas.SimilarIdea;
import de.norderstedt.go.ideas.SubmittedIdea;
import de.norderstedt.go.news.District;
import de.norderstedt.go.news.NewsService;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What the kiosk's idea screens ({@link IdeaFlow}) need from the ideas, and how they are
 * dressed: the real service and the kiosk's screens by default; a sandbox that stores
 * nothing and guides a learner step by step in practice mode ({@link PracticeIdeaPort}).
 */
interface IdeaFlowPort {

	/** Published ideas like the name typed so far, each to support instead. */
	List<SimilarIdea> similar(String typed);

	/**
	 * Supports a similar idea.
	 * @return whether it was counted; false when nothing happened (no device)
	 * @throws de.norderstedt.go.web.Refusal when the idea takes no support now
	 */
	boolean support(SimilarIdea idea);

	/**
	 * Checks the idea as submitting would, and stores nothing.
	 * @throws de.norderstedt.go.web.Refusal at the field it concerns
	 */
	NewIdea check(NewIdea idea);

	/**
	 * @throws de.norderstedt.go.web.Refusal at the field it concerns; nothing is stored
	 */
	SubmittedIdea submit(NewIdea idea);

	List<District> districts();

	List<IdeaGroup> groups();

	// ---- how the screens are dressed: the kiosk's way unless a port says otherwise

	/** The heading of every screen: the page's own at the kiosk. */
	default HtmlContainer heading() {
		return new H1();
	}

	/** What shows above the screens. */
	default List<Component> above() {
		return List.of();
	}

	/** What shows right below each screen's help text. */
	default List<Component> belowHelp() {
		return List.of();
	}

	/** Adds what this port needs to the flow once, when it is made. */
	default void dress(IdeaFlow flow) {
		// the kiosk's screens need nothing more
	}

	/** The flow is on the page. */
	default void attached(IdeaFlow flow) {
		// the kiosk frame says what the screen is
	}

	/** A screen was filled (also after a change of language). */
	default void guide(IdeaFlow flow) {
		// the kiosk highlights nothing
	}

	/** A screen showed that was not showing before (or the receipt). */
	default void stepShown(IdeaFlow flow) {
		// the kiosk announces new screens through its frame
	}

	/** The key of the sentence that thanks for a support of the idea named {0}. */
	default String supportedKey() {
		return "kiosk.ideas.similar.supported";
	}

	/** The key of the sentence under the heading of the similar ideas. */
	default String similarLeadKey() {
		return "kiosk.ideas.similar.lead";
	}

	/** The key of the heading over the receipt. */
	default String receiptHeadingKey() {
		return "ideas.receipt.title";
	}

	/**
	 * The receipt of the idea just submitted: its code and QR code, printing, and how to
	 * end the visit.
	 */
	default List<Component> receipt(Component texts, SubmittedIdea submitted, String title) {
		Button print = new Button(texts.getTranslation("kiosk.ideas.print"));
		// printing needs the tap itself, not a round trip to the server
		print.getElement().executeJs("this.addEventListener('click', () => window.print())");
		Div printActions = new Div(print);
		printActions.addClassName("kiosk-actions");
		// the frame's own "Done — delete everything" ends the visit
		return List.of(IdeaReceipt.atKiosk(texts, submitted, title), printActions,
				new Paragraph(texts.getTranslation("kiosk.ideas.done.help")));
	}

	/**
	 * The real ideas: what is submitted here is stored.
	 * @param device the id of the kiosk device the screens run on, for supports
	 */
	static IdeaFlowPort of(IdeaService ideas, NewsService news, Supplier<Optional<Long>> device,
			RateLimits rateLimits) {
		return new IdeaFlowPort() {

			@Override
			public List<SimilarIdea> similar(String typed) {
				return ideas.similar(typed);
			}

			@Override
			public boolean support(SimilarIdea idea) {
				Optional<Long> deviceId = device.get();
				if (deviceId.isEmpty()) {
					return false;
				}
				ideas.supportAtKiosk(idea.id(), deviceId.get());
				return true;
			}

			@Override
			public NewIdea check(NewIdea idea) {
				return ideas.check(idea);
			}

			@Override
			public SubmittedIdea submit(NewIdea idea) {
				rateLimits.check(RateLimit.IDEA);
				return ideas.submitAtKiosk(idea);
			}

			@Override
			public List<District> districts() {
				return news.districts();
			}

			@Override
			public List<IdeaGroup> groups() {
				return ideas.groups();
			}

		};
	}

}
