package de.norderstedt.go.content;

import java.util.List;

import org.jspecify.annotations.Nullable;

import com.fasterxml.jackson.annotation.JsonSubTypes;
import com.fasterxml.jackson.annotation.JsonTypeInfo;

/**
 * Something the learner does in a step, not only reads. Every practice has a hint, shown
 * and spoken after a wrong try or a while without progress, and may have a word of praise
 * when it is done.
 */
@JsonTypeInfo(use = JsonTypeInfo.Id.NAME, property = "type")
@JsonSubTypes({ @JsonSubTypes.Type(value = Practice.Tap.class, name = "tap"),
		@JsonSubTypes.Type(value = Practice.Swipe.class, name = "swipe"),
		@JsonSubTypes.Type(value = Practice.Scroll.class, name = "scroll"),
		@JsonSubTypes.Type(value = Practice.Type.class, name = "type"),
		@JsonSubTypes.Type(value = Practice.Choose.class, name = "choose"),
		@JsonSubTypes.Type(value = Practice.Scan.class, name = "scan"),
		@JsonSubTypes.Type(value = Practice.Guided.class, name = "guided") })
public sealed interface Practice {

	/** The practice types as written in the files. */
	List<String> TYPES = List.of("tap", "swipe", "scroll", "type", "choose", "scan", "guided");

	/** What to say when the learner is stuck. */
	@Nullable Text hint();

	/** What to say when it is done; a general word of praise when null. */
	@Nullable Text success();

	/**
	 * Tap the highlighted item on a simulated phone screen.
	 *
	 * @param screen the screen
	 * @param target the id of the item to tap
	 */
	record Tap(@Nullable Screen screen, @Nullable String target, @Nullable Text hint,
			@Nullable Text success) implements Practice {
	}

	/**
	 * Swipe sideways through the items of a screen, one page each, until the target
	 * shows.
	 *
	 * @param screen the screen whose items are the pages
	 * @param target the id of the page to reach
	 */
	record Swipe(@Nullable Screen screen, @Nullable String target, @Nullable Text hint,
			@Nullable Text success) implements Practice {
	}

	/**
	 * Scroll a long list on a simulated screen and tap the target, which is out of view
	 * at first.
	 *
	 * @param screen the screen with the list
	 * @param target the id of the item to find and tap
	 */
	record Scroll(@Nullable Screen screen, @Nullable String target, @Nullable Text hint,
			@Nullable Text success) implements Practice {
	}

	/**
	 * Type into a field (at the kiosk with the on-screen keyboard).
	 *
	 * @param field the field's label
	 * @param answer what to type; compared without regard to case and extra spaces
	 */
	record Type(@Nullable Text field, @Nullable Text answer, @Nullable Text hint,
			@Nullable Text success) implements Practice {
	}

	/**
	 * Choose an answer; every option explains why it is right or wrong.
	 *
	 * @param question the question
	 * @param options the answers to choose from; at least one is correct
	 */
	record Choose(@Nullable Text question, @Nullable List<Option> options, @Nullable Text hint,
			@Nullable Text success) implements Practice {

		/**
		 * One answer.
		 *
		 * @param id the answer's id within the question
		 * @param label the answer
		 * @param correct whether it is right
		 * @param feedback why it is right or wrong
		 */
		public record Option(@Nullable String id, @Nullable Text label, boolean correct, @Nullable Text feedback) {
		}

		/** The options, empty when not given. */
		public List<Option> optionsOrEmpty() {
			return this.options == null ? List.of() : this.options;
		}

	}

	/**
	 * Scan a QR code: with the device's camera, or a simulated scan where there is none.
	 *
	 * @param code what the QR code holds
	 * @param result what the phone shows after scanning
	 */
	record Scan(@Nullable String code, @Nullable Text result, @Nullable Text hint,
			@Nullable Text success) implements Practice {
	}

	/**
	 * Practise on one of this platform's own screens, in a sandbox that stores nothing.
	 *
	 * @param flow which screens: see {@link #FLOWS}
	 */
	record Guided(@Nullable String flow, @Nullable Text hint, @Nullable Text success) implements Practice {

		/** Booking a course at the kiosk. */
		public static final String COURSE_BOOKING = "course-booking";

		/** Submitting an idea at the kiosk. */
		public static final String IDEA_SUBMISSION = "idea-submission";

		/** Choosing areas, districts and a way for city news (the portal's set-up). */
		public static final String NEWS_SUBSCRIPTION = "news-subscription";

		/** Reserving an item from a park locker, up to its code (the portal's steps). */
		public static final String LOCKER_RESERVATION = "locker-reservation";

		/** The platform's screens that can be practised. */
		public static final List<String> FLOWS = List.of(COURSE_BOOKING, IDEA_SUBMISSION, NEWS_SUBSCRIPTION,
				LOCKER_RESERVATION);

	}

}
