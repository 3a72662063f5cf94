package de.norderstedt.go.tutorials.ui;

import de.norderstedt.go.content.Practice;
import de.norderstedt.go.courses.ui.BookingPractice;
import de.norderstedt.go.courses.ui.BookingPractices;
import de.norderstedt.go.ideas.ui.IdeaPractice;
import de.norderstedt.go.ideas.ui.IdeaPractices;
import de.norderstedt.go.lockers.ui.LockerPractice;
import de.norderstedt.go.lockers.ui.LockerPractices;
import de.norderstedt.go.notifications.ui.NewsSetUpPractice;
import de.norderstedt.go.notifications.ui.NewsSetUpPractices;
import de.norderstedt.go.web.ui.PracticeGuide;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

import com.vaadin.flow.function.SerializableRunnable;

/**
 * The platform's own screens a tutorial can practise on, each in its sandbox that stores
 * nothing (see {@link Practice.Guided#FLOWS}).
 */
@Component
class GuidedPractices {

	/** The practised screens, and how to start them again. */
	record Opened(com.vaadin.flow.component.Component screens, SerializableRunnable restart) {
	}

	private final BookingPractices bookings;

	private final IdeaPractices ideas;

	private final NewsSetUpPractices news;

	private final LockerPractices lockers;

	GuidedPractices(BookingPractices bookings, IdeaPractices ideas, NewsSetUpPractices news, LockerPractices lockers) {
		this.bookings = bookings;
		this.ideas = ideas;
		this.news = news;
		this.lockers = lockers;
	}

	/**
	 * The screens of a flow.
	 * @param placeId the place whose courses a booking practice shows; all when null
	 */
	Opened open(@Nullable String flow, @Nullable Long placeId, PracticeGuide.Learner learner) {
		if (Practice.Guided.IDEA_SUBMISSION.equals(flow)) {
			IdeaPractice idea = this.ideas.open(learner);
			return new Opened(idea, idea::restart);
		}
		if (Practice.Guided.NEWS_SUBSCRIPTION.equals(flow)) {
			NewsSetUpPractice setUp = this.news.open(learner);
			return new Opened(setUp, setUp::restart);
		}
		if (Practice.Guided.LOCKER_RESERVATION.equals(flow)) {
			LockerPractice reservation = this.lockers.open(learner);
			return new Opened(reservation, reservation::restart);
		}
		// course-booking: the content validator lets no other flow through
		BookingPractice booking = this.bookings.open(placeId, learner);
		return new Opened(booking, booking::restart);
	}

}
