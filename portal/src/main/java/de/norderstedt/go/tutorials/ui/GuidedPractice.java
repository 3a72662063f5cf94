package de.norderstedt.go.tutorials.ui;

import java.util.Locale;

import de.norderstedt.go.courses.ui.BookingPractice;
import de.norderstedt.go.courses.ui.BookingPractices;
import org.jspecify.annotations.Nullable;

/**
 * Practice on the platform's own booking screens, in a sandbox that books nothing: the
 * next control is highlighted and its instruction spoken.
 */
class GuidedPractice extends PracticeView {

	private final BookingPractice booking;

	GuidedPractice(BookingPractices practices, @Nullable Long placeId, Listener listener, Locale locale) {
		super(listener, locale);
		addClassName("practice-guided");
		this.booking = practices.open(placeId, new BookingPractice.Guide() {

			@Override
			public void say(String text) {
				listener.say(text);
			}

			@Override
			public void finished() {
				complete(null);
			}

		});
		add(this.booking);
	}

	@Override
	void restart() {
		this.booking.restart();
		super.restart();
	}

	@Override
	protected void render() {
		// the booking screens render themselves
	}

}
