package de.norderstedt.go.courses.ui;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;

import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.BookingStatus;
import de.norderstedt.go.courses.Course;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseFilter;
import de.norderstedt.go.courses.CourseLevel;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.CourseTopic;
import de.norderstedt.go.courses.Place;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.PracticeGuide;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The booking screens in practice mode. The courses as the practice sees them: the real
 * dates, read only, and the real checks of name and contact; "booking" makes a sample
 * booking in memory and stores nothing. Where no date can be booked, one example date
 * stands in, so that the practice never ends at an empty list. A banner says that nothing
 * is booked, the control to use next is highlighted and described by a spoken
 * instruction, and the end is a sample ticket.
 */
class PracticeBookingPort implements BookingFlowPort {

	/** The example date and course; negative, so no stored row has it. */
	static final long EXAMPLE_ID = -1;

	/**
	 * Stands in for a booking code on the sample ticket; not 8 letters, so it cannot be
	 * one.
	 */
	static final String SAMPLE_CODE = "UEBUNG";

	/** The class of the control a learner uses next. */
	static final String NEXT = PracticeGuide.NEXT;

	static final String INSTRUCTION_ID = "booking-practice-instruction";

	private static final int EXAMPLE_CAPACITY = 10;

	private static final int EXAMPLE_BOOKED = 2;

	private final CourseService courses;

	private final BookingService bookings;

	/** The UI's texts in the visitor's language (key to text). */
	private final Function<String, String> texts;

	private final PracticeGuide guide;

	PracticeBookingPort(CourseService courses, BookingService bookings, Function<String, String> texts,
			SerializableConsumer<String> voice) {
		this.courses = courses;
		this.bookings = bookings;
		this.texts = texts;
		this.guide = new PracticeGuide(INSTRUCTION_ID, voice);
	}

	@Override
	public List<CourseDate> upcoming(@Nullable Long placeId) {
		List<CourseDate> dates = this.courses
			.upcoming(placeId == null ? CourseFilter.all() : CourseFilter.atPlace(placeId));
		return dates.isEmpty() ? List.of(exampleDate()) : dates;
	}

	@Override
	public Optional<CourseDate> date(long dateId) {
		return dateId == EXAMPLE_ID ? Optional.of(exampleDate()) : this.courses.date(dateId);
	}

	@Override
	public Optional<Course> course(long courseId) {
		return courseId == EXAMPLE_ID ? Optional.of(exampleCourse()) : this.courses.course(courseId);
	}

	@Override
	public void checkName(String name) {
		this.bookings.checkName(name);
	}

	@Override
	public void checkContact(@Nullable String phone, @Nullable String email) {
		this.bookings.checkContact(phone, email);
	}

	/** Checks as a booking would, and stores nothing. */
	@Override
	public Booking book(BookingRequest request) {
		this.bookings.checkName(request.name());
		this.bookings.checkContact(request.phone(), request.email());
		Optional<CourseDate> date = date(request.dateId());
		boolean full = date.map(d -> d.freePlaces() == 0).orElse(false);
		int position = full ? date.get().waiting() + 1 : 0;
		return new Booking(0, request.dateId(), SAMPLE_CODE, full ? BookingStatus.WAITING : BookingStatus.CONFIRMED,
				request.name().strip(), request.phone(), request.email(), null, null, Instant.now(), null, false,
				position, false);
	}

	private CourseDate exampleDate() {
		LocalDate tuesday = CityTime.date(Instant.now()).with(TemporalAdjusters.next(DayOfWeek.TUESDAY));
		Instant start = CityTime.at(tuesday, LocalTime.of(10, 0));
		return new CourseDate(EXAMPLE_ID, EXAMPLE_ID, text("courses.practice.example.title"), CourseTopic.SMARTPHONE,
				CourseLevel.BEGINNER, EXAMPLE_ID, text("courses.practice.example.place"), start,
				start.plus(Duration.ofMinutes(90)), EXAMPLE_CAPACITY, EXAMPLE_BOOKED, 0, 0, null, null, null);
	}

	private Course exampleCourse() {
		Place place = new Place(EXAMPLE_ID, text("courses.practice.example.place"),
				text("courses.practice.example.address"), true, true, true, 20);
		return new Course(EXAMPLE_ID, text("courses.practice.example.title"),
				text("courses.practice.example.description"), CourseTopic.SMARTPHONE, CourseLevel.BEGINNER,
				text("courses.practice.example.bring"), place, EXAMPLE_CAPACITY, 0, List.of(), List.of(exampleDate()));
	}

	private String text(String key) {
		return this.texts.apply(key);
	}

	// ---- how the screens look in practice

	/** The screens sit inside a tutorial that has the page's heading. */
	@Override
	public HtmlContainer heading() {
		return new H2();
	}

	@Override
	public String messageId() {
		return "booking-practice-message";
	}

	@Override
	public List<Component> above() {
		return List.of(this.guide.banner());
	}

	@Override
	public List<Component> belowHelp() {
		return List.of(this.guide.instruction());
	}

	@Override
	public void dress(BookingFlow flow) {
		flow.addClassName("booking-practice");
	}

	/** The tutorial around it has its own way back. */
	@Override
	public boolean offersLeave() {
		return false;
	}

	@Override
	public void attached(BookingFlow flow) {
		if (!this.guide.hasShown()) {
			flow.render();
		}
		this.guide.attached();
	}

	/** Shows and highlights what to do next on the step shown. */
	@Override
	public void guide(BookingFlow flow) {
		// the sample ticket says it all in its heading; no control is next there
		this.guide.show(text("courses.practice.banner"), flow.instruction(), flow.control());
	}

	@Override
	public void stepShown(BookingFlow flow) {
		this.guide.speak(flow);
	}

	/**
	 * The end of the practice: what a ticket looks like, marked as not valid, with a code
	 * that no real booking can have, and nothing to print or carry away.
	 */
	@Override
	public void showTicket(Screen screen, BookingFlow.Booked booked) {
		Component view = screen.view();
		screen.heading(text("courses.practice.done"));
		screen.help(text("courses.practice.done.help"));
		Paragraph mark = new Paragraph(text("courses.practice.ticket.mark"));
		mark.setId("practice-ticket-mark");
		mark.addClassName("practice-ticket-mark");
		H3 title = new H3(booked.date().title());
		title.setId("practice-ticket-title");
		Paragraph when = new Paragraph(CourseTexts.when(booked.date(), screen.locale()));
		Paragraph where = new Paragraph(booked.course().place().name() + ", " + booked.course().place().address());
		Paragraph codeLabel = new Paragraph(text("courses.practice.ticket.code"));
		codeLabel.addClassName("kiosk-ticket-code-label");
		Paragraph code = new Paragraph(text("courses.practice.ticket.sample-code"));
		code.setId("practice-ticket-code");
		code.addClassName("kiosk-ticket-code");
		Paragraph status = new Paragraph(CourseTexts.status(booked.booking(), screen.locale()));
		status.addClassName("kiosk-ticket-status");
		Section ticket = new Section(mark, title, when, where, codeLabel, code, status);
		ticket.addClassName("kiosk-ticket");
		ticket.addClassName("practice-ticket");
		ticket.getElement().setAttribute("aria-labelledby", "practice-ticket-mark practice-ticket-title");
		screen.add(ticket);
	}

}
