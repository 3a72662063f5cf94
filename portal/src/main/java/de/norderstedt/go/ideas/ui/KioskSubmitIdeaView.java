package de.norderstedt.go.ideas.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.devices.ContinuesOnPhone;
import de.norderstedt.go.devices.Device;
import de.norderstedt.go.devices.KioskFrame;
import de.norderstedt.go.devices.ui.CurrentDevice;
import de.norderstedt.go.ideas.IdeaGroup;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.NewIdea;
import de.norderstedt.go.ideas.SimilarIdea;
import de.norderstedt.go.ideas.SubmittedIdea;
import de.norderstedt.go.news.District;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An idea for the city at a public touchscreen, one question per screen: its name
 * (similar ideas show while it is typed, each to support instead), the problem, the idea,
 * who would benefit, and at last what is optional (district, working group, the name to
 * show, an e-mail address). Nobody is signed in at a kiosk: the person leaves with a
 * receipt code and its QR code. Each screen reads its question and the person's answer
 * aloud on request.
 */
@Route("kiosk/idee")
@AnonymousAllowed
public class KioskSubmitIdeaView extends Div implements HasDynamicTitle, LocaleChangeObserver, ContinuesOnPhone {

	/** The screens, each with the fields it asks for. */
	enum Step {

		TITLE("ideas.field.title", "kiosk.ideas.title.help", Set.of("title")),

		PROBLEM("ideas.field.problem", "kiosk.ideas.problem.help", Set.of("problem")),

		PROPOSAL("ideas.field.proposal", "kiosk.ideas.proposal.help", Set.of("proposal")),

		BENEFICIARIES("ideas.field.beneficiaries", "kiosk.ideas.beneficiaries.help", Set.of("beneficiaries")),

		DETAILS("kiosk.ideas.details", "kiosk.ideas.details.help",
				Set.of("district", "group", "topic", "name", "email", "consent"));

		private final String headingKey;

		private final String helpKey;

		private final Set<String> fields;

		Step(String headingKey, String helpKey, Set<String> fields) {
			this.headingKey = headingKey;
			this.helpKey = helpKey;
			this.fields = fields;
		}

		/** The screen that asks for the field (the first for a refusal of no field). */
		static Step asking(Refusal refusal) {
			String field = refusal.field().orElse("title");
			for (Step step : values()) {
				if (step.fields.contains(field)) {
					return step;
				}
			}
			return TITLE;
		}

		int number() {
			return ordinal() + 1;
		}

		boolean isLast() {
			return this == DETAILS;
		}

	}

	private final IdeaService ideas;

	private final CurrentDevice device;

	private final Paragraph progress = new Paragraph();

	private final H1 heading = new H1();

	private final Paragraph help = new Paragraph();

	private final TextField title = new TextField();

	private final Section similarSection = new Section();

	private final H2 similarHeading = new H2();

	private final Paragraph similarLead = new Paragraph();

	private final UnorderedList similar = new UnorderedList();

	private final TextArea problem = new TextArea();

	private final TextArea proposal = new TextArea();

	private final TextArea beneficiaries = new TextArea();

	private final RadioButtonGroup<Optional<District>> district = new RadioButtonGroup<>();

	private final RadioButtonGroup<Optional<IdeaGroup>> group = new RadioButtonGroup<>();

	private final TextField name = new TextField();

	private final TextField email = new TextField();

	private final Checkbox consent = new Checkbox();

	private final Div details = new Div(this.district, this.group, this.name, this.email, this.consent);

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("title", this.title)
		.field("problem", this.problem)
		.field("proposal", this.proposal)
		.field("beneficiaries", this.beneficiaries)
		.field("district", this.district)
		.field("group", this.group)
		.field("name", this.name)
		.field("email", this.email)
		.field("consent", this.consent)
		.speaking(this::say);

	private final Button readAloud = new Button();

	private final Button back = new Button();

	private final Button next = new Button();

	private final Div actions = new Div(this.back, this.next);

	private final Div receipt = new Div();

	/** The text the similar ideas were found for. */
	private String similarFor = "";

	/** The ideas supported in this visit (one support each). */
	private final Set<Long> supported = new HashSet<>();

	private Step step = Step.TITLE;

	private boolean done;

	public KioskSubmitIdeaView(IdeaService ideas, NewsService news, CurrentDevice device) {
		this.ideas = ideas;
		this.device = device;
		addClassName("kiosk-task");
		addClassName("kiosk-idea");
		this.progress.addClassName("kiosk-progress");
		this.title.setAutocomplete(Autocomplete.OFF);
		this.title.setValueChangeMode(ValueChangeMode.LAZY);
		this.title.addValueChangeListener(e -> showSimilar(e.getValue()));
		for (TextArea area : List.of(this.problem, this.proposal, this.beneficiaries)) {
			area.setMinRows(3);
		}
		this.name.setAutocomplete(Autocomplete.OFF);
		this.email.setAutocomplete(Autocomplete.OFF);
		Choices.offer(this.district, news.districts());
		Choices.offer(this.group, ideas.groups());
		this.details.addClassName("kiosk-idea-details");
		this.similarSection.addClassName("kiosk-idea-similar");
		this.similarSection.add(this.similarHeading, this.similarLead, this.similar);
		this.similarSection.setVisible(false);
		this.readAloud.addClassName("kiosk-read-answer");
		// what the person typed is theirs: read out without passing through an address
		this.readAloud.addClickListener(e -> frame().ifPresent(frame -> frame.sayPrivately(spokenStep())));
		this.next.addThemeName("primary");
		this.next.addClickListener(e -> next());
		this.back.addClickListener(e -> show(Step.values()[this.step.ordinal() - 1]));
		this.actions.addClassName("kiosk-actions");
		this.receipt.addClassName("kiosk-idea-receipt");
		add(this.progress, this.heading, this.help, this.title, this.similarSection, this.problem, this.proposal,
				this.beneficiaries, this.details, this.readAloud, this.alert, this.status, this.actions, this.receipt);
		show(Step.TITLE);
	}

	/** Published ideas like the name typed so far, each with a button to support it. */
	private void showSimilar(String typed) {
		// leaving the field (a tap on "support") reports the same text again
		if (typed.equals(this.similarFor)) {
			return;
		}
		this.similarFor = typed;
		List<SimilarIdea> found = this.ideas.similar(typed);
		this.similar.removeAll();
		for (SimilarIdea idea : found) {
			Paragraph name = new Paragraph(idea.title());
			name.addClassName("kiosk-idea-similar-title");
			Paragraph facts = new Paragraph(getTranslation("kiosk.ideas.similar.facts",
					getTranslation(idea.state().messageKey()), idea.supporters()));
			Button support = new Button();
			if (this.supported.contains(idea.id())) {
				supported(support);
			}
			else {
				support.setText(getTranslation("kiosk.ideas.similar.support"));
				support.getElement()
					.setAttribute("aria-label", getTranslation("kiosk.ideas.similar.support-named", idea.title()));
				support.addClickListener(e -> support(idea, support));
			}
			ListItem item = new ListItem(name, facts, support);
			item.addClassName("kiosk-idea-similar-item");
			this.similar.add(item);
		}
		boolean appearing = !found.isEmpty() && !this.similarSection.isVisible();
		this.similarSection.setVisible(!found.isEmpty());
		if (!found.isEmpty()) {
			this.status.show(getTranslation("kiosk.ideas.similar.found", found.size()));
		}
		if (appearing) {
			// the on-screen keyboard covers the lower part of the screen: the field goes
			// up, so the ideas below it show above the keyboard
			this.title.getElement().executeJs("this.scrollIntoView({ block: 'start' })");
		}
	}

	private void support(SimilarIdea idea, Button button) {
		Optional<Long> deviceId = this.device.get().map(Device::id);
		if (deviceId.isEmpty()) {
			return;
		}
		this.refusals.clear();
		try {
			this.ideas.supportAtKiosk(idea.id(), deviceId.get());
		}
		catch (Refusal refusal) {
			this.refusals.show(refusal);
			return;
		}
		this.supported.add(idea.id());
		supported(button);
		String thanks = getTranslation("kiosk.ideas.similar.supported", idea.title());
		this.status.show(thanks);
		say(thanks);
	}

	private void supported(Button button) {
		button.setEnabled(false);
		button.setText(getTranslation("kiosk.ideas.similar.supported-button"));
		button.getElement().removeAttribute("aria-label");
	}

	private void next() {
		// each screen is checked as submitting would; a mistake on a later screen's field
		// waits until that screen
		NewIdea idea = idea();
		try {
			this.refusals.clear();
			this.ideas.check(idea);
		}
		catch (Refusal refusal) {
			if (Step.asking(refusal).compareTo(this.step) <= 0) {
				show(Step.asking(refusal));
				this.refusals.show(refusal);
				return;
			}
		}
		if (!this.step.isLast()) {
			show(Step.values()[this.step.ordinal() + 1]);
			announce();
			return;
		}
		submit(idea);
	}

	private NewIdea idea() {
		return new NewIdea(this.title.getValue(), this.problem.getValue(), this.proposal.getValue(),
				this.beneficiaries.getValue(), this.district.getValue().map(District::id).orElse(null),
				this.group.getValue().map(IdeaGroup::id).orElse(null), null, null, this.name.getValue(),
				this.email.getValue(), this.consent.getValue(), getLocale().getLanguage());
	}

	private void submit(NewIdea idea) {
		SubmittedIdea submitted;
		try {
			submitted = this.ideas.submitAtKiosk(idea);
		}
		catch (Refusal refusal) {
			show(Step.asking(refusal));
			this.refusals.show(refusal);
			return;
		}
		this.done = true;
		String title = this.title.getValue().strip();
		for (AbstractField<?, ?> field : List.of(this.title, this.problem, this.proposal, this.beneficiaries, this.name,
				this.email)) {
			field.clear();
		}
		this.consent.clear();
		this.receipt.removeAll();
		this.receipt.add(IdeaReceipt.atKiosk(this, submitted, title));
		Button print = new Button(getTranslation("kiosk.ideas.print"));
		// printing needs the tap itself, not a round trip to the server
		print.getElement().executeJs("this.addEventListener('click', () => window.print())");
		Div printActions = new Div(print);
		printActions.addClassName("kiosk-actions");
		// the frame's own "Done — delete everything" ends the visit
		this.receipt.add(printActions, new Paragraph(getTranslation("kiosk.ideas.done.help")));
		show(this.step);
		// the code is the person's key to the idea: read out privately
		String spoken = getTranslation("ideas.receipt.title") + " "
				+ getTranslation("kiosk.ideas.done.spoken", IdeaReceipt.spelled(submitted.receiptCode()));
		frame().ifPresent(frame -> frame.sayPrivately(spoken));
	}

	private void show(Step shown) {
		this.step = shown;
		this.refusals.clear();
		this.status.clear();
		boolean asking = !this.done;
		this.title.setVisible(asking && shown == Step.TITLE);
		this.similarSection
			.setVisible(asking && shown == Step.TITLE && this.similar.getChildren().findAny().isPresent());
		this.problem.setVisible(asking && shown == Step.PROBLEM);
		this.proposal.setVisible(asking && shown == Step.PROPOSAL);
		this.beneficiaries.setVisible(asking && shown == Step.BENEFICIARIES);
		this.details.setVisible(asking && shown == Step.DETAILS);
		this.progress.setVisible(asking);
		this.help.setVisible(asking);
		this.readAloud.setVisible(asking);
		this.actions.setVisible(asking);
		this.back.setVisible(shown != Step.TITLE);
		this.receipt.setVisible(this.done);
		texts();
		frame().ifPresent(KioskFrame::screenChanged);
		this.heading.getElement().executeJs("this.setAttribute('tabindex','-1'); this.focus()");
	}

	/** Reads the new screen's question aloud, when the person asked for reading aloud. */
	private void announce() {
		String spoken = getTranslation("kiosk.step", this.step.number(), Step.values().length) + ". "
				+ getTranslation(this.step.headingKey) + " " + getTranslation(this.step.helpKey);
		frame().ifPresent(frame -> frame.announce(spoken));
	}

	/** The screen's question, and what the person has answered so far. */
	private String spokenStep() {
		String question = getTranslation(this.step.headingKey);
		if (this.step == Step.DETAILS) {
			Locale locale = getLocale();
			String districtName = this.district.getValue()
				.map(d -> d.name(locale))
				.orElse(getTranslation("ideas.field.district.none"));
			String groupName = this.group.getValue()
				.map(g -> g.name(locale))
				.orElse(getTranslation("ideas.field.group.none"));
			return question + ". "
					+ getTranslation("kiosk.ideas.read.details", districtName, groupName,
							blankOr(this.name.getValue(), getTranslation("kiosk.ideas.read.none")),
							blankOr(this.email.getValue(), getTranslation("kiosk.ideas.read.none")));
		}
		String typed = switch (this.step) {
			case TITLE -> this.title.getValue();
			case PROBLEM -> this.problem.getValue();
			case PROPOSAL -> this.proposal.getValue();
			default -> this.beneficiaries.getValue();
		};
		return question + " " + (typed.isBlank() ? getTranslation("kiosk.ideas.read.empty")
				: getTranslation("kiosk.ideas.read.typed", typed.strip()));
	}

	private static String blankOr(String value, String otherwise) {
		return value.isBlank() ? otherwise : value.strip();
	}

	private void say(String text) {
		frame().ifPresent(frame -> frame.say(text));
	}

	private Optional<KioskFrame> frame() {
		return getParent().filter(KioskFrame.class::isInstance).map(KioskFrame.class::cast);
	}

	private void texts() {
		Locale locale = getLocale();
		this.progress.setText(getTranslation("kiosk.step", this.step.number(), Step.values().length));
		this.heading.setText(this.done ? getTranslation("ideas.receipt.title") : getTranslation(this.step.headingKey));
		this.help.setText(getTranslation(this.step.helpKey));
		this.title.setLabel(getTranslation("kiosk.ideas.title.label"));
		this.similarHeading.setText(getTranslation("ideas.similar.heading"));
		this.similarLead.setText(getTranslation("kiosk.ideas.similar.lead"));
		this.problem.setLabel(getTranslation("kiosk.ideas.problem.label"));
		this.proposal.setLabel(getTranslation("kiosk.ideas.proposal.label"));
		this.beneficiaries.setLabel(getTranslation("kiosk.ideas.beneficiaries.label"));
		this.district.setLabel(getTranslation("ideas.field.district"));
		Choices.label(this.district, d -> d.name(locale), getTranslation("ideas.field.district.none"));
		this.group.setLabel(getTranslation("ideas.field.group"));
		Choices.label(this.group, g -> g.name(locale), getTranslation("ideas.field.group.none"));
		this.name.setLabel(getTranslation("ideas.field.name"));
		this.name.setHelperText(getTranslation("ideas.field.name.help"));
		this.email.setLabel(getTranslation("ideas.field.email"));
		this.email.setHelperText(getTranslation("ideas.field.email.help"));
		this.consent.setLabel(getTranslation(IdeaService.CONSENT_KEY));
		this.readAloud.setText(getTranslation("kiosk.ideas.read"));
		this.back.setText(getTranslation("kiosk.back"));
		this.next.setText(getTranslation(this.step.isLast() ? "ideas.submit.send" : "kiosk.next"));
	}

	@Override
	public String portalPath() {
		return "/ideen/neu";
	}

	@Override
	public boolean continuesOnPhoneNow() {
		// what was typed stays here; the phone starts afresh, so offer it before typing
		return !this.done;
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "kiosk.offer.ideas");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		texts();
		Titles.update(this);
	}

}
