package de.norderstedt.go.courses;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Courses and their dates: what everyone may look up, and what trainers do with their
 * courses (details, trainers, dates added, moved or cancelled). Only a course's trainers
 * and admins change it.
 */
@Service
public class CourseService {

	private static final int MAX_DATES = 100;

	private final CourseRepository courses;

	private final BookingRepository bookings;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final WaitingList waitingList;

	private final Clock clock;

	CourseService(CourseRepository courses, BookingRepository bookings, AccountService accounts,
			ApplicationEventPublisher events, WaitingList waitingList, Clock clock) {
		this.courses = courses;
		this.bookings = bookings;
		this.accounts = accounts;
		this.events = events;
		this.waitingList = waitingList;
		this.clock = clock;
	}

	// ---- courses and dates, for everyone

	/**
	 * Dates that have not begun and are not cancelled, matching the filter, soonest
	 * first.
	 */
	@Transactional(readOnly = true)
	public List<CourseDate> upcoming(CourseFilter filter) {
		return this.courses.upcoming(filter, this.clock.instant());
	}

	@Transactional(readOnly = true)
	public Optional<Course> course(long courseId) {
		return this.courses.course(courseId);
	}

	@Transactional(readOnly = true)
	public Optional<CourseDate> date(long dateId) {
		return this.courses.date(dateId);
	}

	/** The course a date belongs to. */
	@Transactional(readOnly = true)
	public Optional<Long> courseOfDate(long dateId) {
		return this.courses.courseOfDate(dateId);
	}

	// ---- courses and dates, for trainers

	/** The courses the signed-in trainer runs; for admins all courses. Newest first. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public List<Course> myCourses() {
		Account account = signedIn();
		return this.courses.courseIds(account.hasRole(Role.ADMIN) ? null : account.id())
			.stream()
			.map(id -> this.courses.course(id).orElseThrow())
			.toList();
	}

	/** Whether the signed-in person may manage the course (its trainers and admins). */
	@Transactional(readOnly = true)
	public boolean canManage(long courseId) {
		return this.accounts.currentAccount()
			.map(account -> account.hasRole(Role.ADMIN)
					|| account.hasRole(Role.TRAINER) && this.courses.isTrainerOfCourse(account.id(), courseId))
			.orElse(false);
	}

	/**
	 * Checks a course's details without saving anything, so a form can point at a mistake
	 * in the details before one in the dates.
	 * @throws Refusal at the field of the first mistake ({@code title},
	 * {@code description}, {@code bring}, {@code place}, {@code capacity}, {@code price})
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public void checkDetails(CourseDetails details) {
		validCourse(details);
	}

	/**
	 * Creates a course with its dates; the trainer who creates it runs it.
	 * @return the ids of the new dates, in order
	 * @throws Refusal at the field of the first mistake, {@code dates} for the dates
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public List<Long> createCourse(NewCourse course) {
		CourseDetails details = validCourse(course.details());
		validSlots(course.dates());
		long courseId = this.courses.insertCourse(details);
		Account account = signedIn();
		if (account.hasRole(Role.TRAINER)) {
			this.courses.addTrainer(courseId, account.id());
		}
		for (NewCourse.Slot slot : course.dates()) {
			this.courses.insertDate(courseId, slot.startsAt(), slot.endsAt());
		}
		return this.courses.dateIds(courseId);
	}

	/**
	 * Changes a course. Capacity may not fall below the confirmed bookings of a coming
	 * date; when it grows, people waiting get the new places.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public void updateCourse(long courseId, CourseDetails change) {
		requireManager(courseId);
		CourseDetails details = validCourse(change);
		this.courses.lockCourse(courseId).orElseThrow(() -> new Refusal("courses.error.course-unknown"));
		this.bookings.lockDatesOfCourse(courseId);
		Instant now = this.clock.instant();
		if (details.capacity() < this.courses.mostConfirmedOnComingDates(courseId, now)) {
			throw Refusal.at("capacity", "courses.error.capacity-below-bookings");
		}
		this.courses.updateCourse(courseId, details);
		for (long dateId : this.courses.comingDateIds(courseId, now)) {
			this.waitingList.promoteWhilePlacesFree(dateId, details.capacity());
		}
	}

	/**
	 * Changes a course and who runs it at once: when either is refused, nothing changes.
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public void updateCourse(long courseId, CourseDetails change, Set<Long> trainerIds) {
		updateCourse(courseId, change);
		setTrainers(courseId, trainerIds);
	}

	/**
	 * Gives the course to these trainers (at least one).
	 * @throws Refusal at the field {@code trainers}
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public void setTrainers(long courseId, Set<Long> accountIds) {
		requireManager(courseId);
		Set<Long> trainers = new LinkedHashSet<>();
		for (Account trainer : this.accounts.trainers()) {
			if (accountIds.contains(trainer.id())) {
				trainers.add(trainer.id());
			}
		}
		if (trainers.isEmpty() || trainers.size() != accountIds.size()) {
			throw Refusal.at("trainers", "courses.error.trainers");
		}
		this.courses.setTrainers(courseId, trainers);
	}

	/**
	 * Adds dates to a course.
	 * @throws Refusal at the field {@code dates}
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public List<Long> addDates(long courseId, List<NewCourse.Slot> slots) {
		requireManager(courseId);
		validSlots(slots);
		if (this.courses.dateIds(courseId).size() + slots.size() > MAX_DATES) {
			throw Refusal.at("dates", "courses.error.dates");
		}
		return slots.stream().map(slot -> this.courses.insertDate(courseId, slot.startsAt(), slot.endsAt())).toList();
	}

	/**
	 * Cancels a date that has not begun; everyone booked is told (event).
	 * @throws Refusal at the field {@code reason}, or about the date
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public void cancelDate(long dateId, @Nullable String reason) {
		BookingRepository.LockedDate date = lockManagedDate(dateId);
		String why = Input.optionalLines("reason", reason, 500);
		this.courses.cancelDate(date.id(), this.clock.instant(), why);
		this.events.publishEvent(new BookingEvents.CourseDateCancelled(date.id(), why));
	}

	/**
	 * Moves a date that has not begun to another time; everyone booked is told (event).
	 * @throws Refusal at the field {@code dates}, or about the date
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public void moveDate(long dateId, NewCourse.Slot slot) {
		BookingRepository.LockedDate date = lockManagedDate(dateId);
		validSlots(List.of(slot));
		CourseDate before = this.courses.date(dateId).orElseThrow();
		if (before.startsAt().equals(slot.startsAt()) && before.endsAt().equals(slot.endsAt())) {
			return;
		}
		this.courses.moveDate(date.id(), slot.startsAt(), slot.endsAt());
		this.events.publishEvent(
				new BookingEvents.CourseDateMoved(date.id(), before.startsAt(), slot.startsAt(), slot.endsAt()));
	}

	private BookingRepository.LockedDate lockManagedDate(long dateId) {
		long courseId = this.courses.courseOfDate(dateId).orElseThrow(() -> new Refusal("courses.error.date-unknown"));
		requireManager(courseId);
		BookingRepository.LockedDate date = this.bookings.lockDate(dateId).orElseThrow();
		if (date.cancelled()) {
			throw new Refusal("courses.error.date-cancelled");
		}
		if (!date.startsAt().isAfter(this.clock.instant())) {
			throw new Refusal("courses.error.date-over");
		}
		return date;
	}

	// ---- helpers

	private Account signedIn() {
		return this.accounts.currentAccount().orElseThrow(() -> new AccessDeniedException("no account"));
	}

	private void requireManager(long courseId) {
		Account account = signedIn();
		if (!account.hasRole(Role.ADMIN) && !this.courses.isTrainerOfCourse(account.id(), courseId)) {
			throw new AccessDeniedException("not a trainer of this course");
		}
	}

	private CourseDetails validCourse(CourseDetails course) {
		String title = Input.required("title", course.title(), 200, "courses.error.title");
		String description = Input.requiredLines("description", course.description(), 4000,
				"courses.error.description");
		String bring = Input.optionalLines("bring", course.bring(), 500);
		if (course.capacity() < 1 || course.capacity() > 500) {
			throw Refusal.at("capacity", "courses.error.capacity");
		}
		if (course.priceCents() < 0 || course.priceCents() > 100_000) {
			throw Refusal.at("price", "courses.error.price");
		}
		if (!this.courses.placeExists(course.placeId())) {
			throw Refusal.at("place", "courses.error.place");
		}
		return new CourseDetails(title, description, course.topic(), course.level(), bring, course.placeId(),
				course.capacity(), course.priceCents());
	}

	private void validSlots(List<NewCourse.Slot> slots) {
		if (slots.isEmpty() || slots.size() > MAX_DATES) {
			throw Refusal.at("dates", "courses.error.dates");
		}
		Instant now = this.clock.instant();
		for (NewCourse.Slot slot : slots) {
			if (!slot.startsAt().isAfter(now)) {
				throw Refusal.at("dates", "courses.error.date-past");
			}
			if (slot.startsAt().isAfter(now.plus(Duration.ofDays(800)))) {
				throw Refusal.at("dates", "courses.error.date-far");
			}
			if (!slot.endsAt().isAfter(slot.startsAt())
					|| Duration.between(slot.startsAt(), slot.endsAt()).toMinutes() > 12 * 60) {
				throw Refusal.at("dates", "courses.error.date-end");
			}
		}
	}

}
