package de.norderstedt.go.tutorials.ui;

import java.util.Locale;

import de.norderstedt.go.content.Practice;
import de.norderstedt.go.courses.ui.BookingPractice;
import de.norderstedt.go.courses.ui.BookingPractices;
import de.norderstedt.go.ideas.ui.IdeaPractice;
import de.norderstedt.go.ideas.ui.IdeaPractices;
import de.norderstedt.go.web.ui.PracticeGuide;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.function.SerializableRunnable;

/**
 * Practice on the platform's own screens (booking a course, submitting an idea), in a
 * sandbox that stores nothing: the next control is highlighted and its instruction
 * spoken.
 */
class GuidedPractice extends PracticeView {

	/** Starts the screens again from their first step. */
	private final SerializableRunnable restart;

	GuidedPractice(Practice.Guided guided, BookingPractices bookings, IdeaPractices ideas, @Nullable Long placeId,
			Listener listener, Locale locale) {
		super(listener, locale);
		addClassName("practice-guided");
		PracticeGuide.Learner learner = new PracticeGuide.Learner() {

			@Override
			public void say(String text) {
				listener.say(text);
			}

			@Override
			public void finished() {
				complete(null);
			}

		};
		if (Practice.Guided.IDEA_SUBMISSION.equals(guided.flow())) {
			IdeaPractice idea = ideas.open(learner);
			this.restart = idea::restart;
			add(idea);
		}
		else {
			// course-booking: the content validator lets no other flow through
			BookingPractice booking = bookings.open(placeId, learner);
			this.restart = booking::restart;
			add(booking);
		}
	}

	@Override
	void restart() {
		this.restart.run();
		super.restart();
	}

	@Override
	protected void render() {
		// the practised screens render themselves
	}

}
