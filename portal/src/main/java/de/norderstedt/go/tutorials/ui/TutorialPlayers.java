package de.norderstedt.go.tutorials.ui;

import java.util.Objects;
import java.util.Optional;

import de.norderstedt.go.accessibility.speech.SpeechService;
import de.norderstedt.go.accounts.ui.CurrentPreferences;
import de.norderstedt.go.content.Step;
import de.norderstedt.go.content.Tutorial;
import de.norderstedt.go.tutorials.LearningService;
import de.norderstedt.go.tutorials.TutorialProperties;
import de.norderstedt.go.web.PublicUrl;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.NotFoundException;

/**
 * Makes players and reads a player's address ({@code <slug>/<step>}, the step counted
 * from 1, or "geschafft" for the finish screen), for the portal and the kiosk alike.
 */
@Component
class TutorialPlayers {

	/** The step parameter of the finish screen. */
	static final String FINISH = "geschafft";

	/**
	 * A tutorial and the step (0-based; the step count for the finish screen) to show.
	 */
	record Address(Tutorial tutorial, int index) {
	}

	/**
	 * A shown tutorial's slug: the content was validated when it was loaded, so it is
	 * there.
	 */
	static String slugOf(Tutorial tutorial) {
		return Objects.requireNonNull(tutorial.slug(), "validated tutorial without a slug");
	}

	/** A shown step's id: validated like its tutorial. */
	static String idOf(Step step) {
		return Objects.requireNonNull(step.id(), "validated step without an id");
	}

	private final LearningService learning;

	private final CurrentPreferences preferences;

	private final SpeechService speech;

	private final TutorialProperties properties;

	private final GuidedPractices practices;

	private final PublicUrl publicUrl;

	TutorialPlayers(LearningService learning, CurrentPreferences preferences, SpeechService speech,
			TutorialProperties properties, GuidedPractices practices, PublicUrl publicUrl) {
		this.learning = learning;
		this.preferences = preferences;
		this.speech = speech;
		this.properties = properties;
		this.practices = practices;
		this.publicUrl = publicUrl;
	}

	TutorialPlayer player(boolean kiosk, @Nullable Long placeId) {
		return new TutorialPlayer(this.learning, this.preferences, this.speech, this.properties, this.practices,
				this.publicUrl, kiosk, placeId);
	}

	/**
	 * The tutorial and step the address names; an unknown tutorial shows "not found", an
	 * unknown step goes to the first.
	 */
	Optional<Address> address(BeforeEnterEvent event, String base) {
		String slug = event.getRouteParameters().get("slug").orElse("");
		Optional<Tutorial> tutorial = this.learning.tutorial(slug);
		if (tutorial.isEmpty()) {
			event.rerouteToError(NotFoundException.class);
			return Optional.empty();
		}
		int steps = tutorial.get().stepsOrEmpty().size();
		String step = event.getRouteParameters().get("step").orElse("1");
		if (FINISH.equals(step)) {
			return Optional.of(new Address(tutorial.get(), steps));
		}
		try {
			int number = Integer.parseInt(step);
			if (number >= 1 && number <= steps) {
				return Optional.of(new Address(tutorial.get(), number - 1));
			}
		}
		catch (NumberFormatException ex) {
			// an address typed by hand: start at the beginning
		}
		event.forwardTo(path(base, slug, 0, steps));
		return Optional.empty();
	}

	/** The address of a step (0-based) or, after the last, of the finish screen. */
	static String path(String base, String slug, int step, int steps) {
		return base + "/" + slug + "/" + stepParameter(step, steps);
	}

	/** The last part of a step's address: its number from 1, or "geschafft". */
	static String stepParameter(int step, int steps) {
		return step >= steps ? FINISH : Integer.toString(step + 1);
	}

}
