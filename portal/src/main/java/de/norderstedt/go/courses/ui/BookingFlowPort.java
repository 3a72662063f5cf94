package de.norderstedt.go.courses.ui;

import de.norderstedt.go.ratelimit.RateLimits;
import de.norderstedt.go.ratelimit.RateLimit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.Course;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseFilter;
import de.norderstedt.go.courses.CourseService;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.H1;

/**
 * What the booking screens ({@link BookingFlow}) need from the courses, and how they are
 * dressed: the real services and the kiosk's screens by default; a sandbox that stores
 * nothing and guides a learner step by step in practice mode
 * ({@link PracticeBookingPort}).
 */
interface BookingFlowPort {

	/** Dates that can be booked at the place (all places when null), soonest first. */
	List<CourseDate> upcoming(@Nullable Long placeId);

	Optional<CourseDate> date(long dateId);

	Optional<Course> course(long courseId);

	/**
	 * @throws de.norderstedt.go.web.Refusal at the field {@code name}
	 */
	void checkName(String name);

	/**
	 * @throws de.norderstedt.go.web.Refusal at the field {@code phone} or {@code email}
	 */
	void checkContact(@Nullable String phone, @Nullable String email);

	/**
	 * @throws de.norderstedt.go.web.Refusal with the reason, at its field if it has one
	 */
	Booking book(BookingRequest request);

	// ---- how the screens are dressed: the kiosk's way unless a port says otherwise

	/** The heading of every screen: the page's own at the kiosk. */
	default HtmlContainer heading() {
		return new H1();
	}

	/** The id of the live region that says why a step was refused. */
	default String messageId() {
		return "kiosk-courses-message";
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
	default void dress(BookingFlow flow) {
		// the kiosk's screens need nothing more
	}

	/** Whether "Zurück" on the course list leaves the screens. */
	default boolean offersLeave() {
		return true;
	}

	/** The flow is on the page. */
	default void attached(BookingFlow flow) {
		// nothing to say at the kiosk: the kiosk frame says what the screen is
	}

	/** A screen was filled (also after a change of language). */
	default void guide(BookingFlow flow) {
		// the kiosk highlights nothing
	}

	/** A step showed that was not showing before (or the list again). */
	default void stepShown(BookingFlow flow) {
		// the kiosk frame reads screens on request
	}

	/** The last screen, after booking. */
	default void showTicket(Screen screen, BookingFlow.Booked booked) {
		KioskTicket.show(screen, booked);
	}

	/** The parts of a screen a port may fill. */
	interface Screen {

		void heading(String text);

		void help(String text);

		void add(Component... components);

		BookingFlow.Host host();

		/** The flow, for its texts. */
		Component view();

		/** The page's language. */
		Locale locale();

	}

	/** The real courses: what is booked here is booked. */
	static BookingFlowPort of(CourseService courses, BookingService bookings, RateLimits rateLimits) {
		return new BookingFlowPort() {

			@Override
			public List<CourseDate> upcoming(@Nullable Long placeId) {
				return courses.upcoming(placeId == null ? CourseFilter.all() : CourseFilter.atPlace(placeId));
			}

			@Override
			public Optional<CourseDate> date(long dateId) {
				return courses.date(dateId);
			}

			@Override
			public Optional<Course> course(long courseId) {
				return courses.course(courseId);
			}

			@Override
			public void checkName(String name) {
				bookings.checkName(name);
			}

			@Override
			public void checkContact(@Nullable String phone, @Nullable String email) {
				bookings.checkContact(phone, email);
			}

			@Override
			public Booking book(BookingRequest request) {
				rateLimits.check(RateLimit.BOOKING);
				return bookings.book(request);
			}

		};
	}

}
