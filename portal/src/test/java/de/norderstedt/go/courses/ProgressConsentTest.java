package de.norderstedt.go.courses;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.norderstedt.go.TestClock;
import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A participant's consent, per booking, that the course's trainers see her tutorial
 * progress: given when she books or later on her ticket, withdrawn there, and used only
 * on the day of the booked date, only by the course's own trainers (admins included), on
 * the real database with a clock the test moves.
 */
@SpringBootTest(properties = "go.notifications.delivery.scheduled=false")
@Import(TestClock.Configuration.class)
class ProgressConsentTest {

	@Autowired
	TestClock clock;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestCourses courses;

	@Autowired
	CourseService courseService;

	@Autowired
	BookingService bookings;

	@Autowired
	ParticipantService participants;

	@Autowired
	CoursePersonalData personalData;

	@Autowired
	ProgressConsentRetention retention;

	/** The day of the course's date, three days from now in Norderstedt. */
	private LocalDate day;

	private long date;

	private long course;

	private String suffix;

	@BeforeEach
	void aCourseWithItsOwnTrainer() {
		this.clock.set(Instant.now());
		this.suffix = Long.toString(System.nanoTime() % 1000000);
		this.day = CityTime.date(this.clock.instant()).plusDays(3);
		this.date = this.courses
			.course("Tablet-Treff " + this.suffix, this.courses.place("Lernort"), 10,
					List.of(NewCourse.Slot.on(this.day, LocalTime.of(10, 0), LocalTime.of(11, 30))))
			.get(0);
		this.course = this.courseService.courseOfDate(this.date).orElseThrow();
		Account trainer = this.accounts.ensure(trainer(), Role.TRAINER);
		this.accounts.ensure("consent-admin", Role.ADMIN);
		this.accounts.signIn("consent-admin");
		this.courseService.setTrainers(this.course, Set.of(trainer.id()));
		this.accounts.signOut();
	}

	@AfterEach
	void signOutAndResetTheClock() {
		this.accounts.signOut();
		this.clock.set(Instant.now());
	}

	private String trainer() {
		return "consent-trainer-" + this.suffix;
	}

	private Booking book(String username, String name, boolean consent) {
		this.accounts.ensure(username, Role.RESIDENT);
		this.accounts.signIn(username);
		try {
			return this.bookings.book(new BookingRequest(this.date, name, null, null, true, consent));
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** What the trainer (or whoever is signed in) sees of the course now. */
	private Optional<CourseLearners> seen(String username) {
		this.accounts.signIn(username);
		try {
			return this.participants.learnersToday()
				.stream()
				.filter(learners -> learners.courseId() == this.course)
				.findFirst();
		}
		finally {
			this.accounts.signOut();
		}
	}

	private List<String> names(String username) {
		return seen(username).map(learners -> learners.learners().stream().map(Learner::name).toList())
			.orElse(List.of());
	}

	private void at(LocalDate on, int hour, int minute) {
		this.clock.set(CityTime.at(on, LocalTime.of(hour, minute)));
	}

	@Test
	void the_trainer_sees_who_agreed_on_the_day_of_the_date_only_and_the_others_as_numbers() {
		book("consent-erika-" + this.suffix, "Erika Muster", true);
		book("consent-bernd-" + this.suffix, "Bernd Schulz", false);
		this.bookings.book(new BookingRequest(this.date, "Gast Ohne Konto", "040 99887766", null, false));

		// the day before: nothing, also with the consent
		at(this.day.minusDays(1), 23, 59);
		assertThat(seen(trainer())).isEmpty();

		// the whole day of the date, before it begins and after it ends
		at(this.day, 0, 0);
		assertThat(seen(trainer())).contains(new CourseLearners(this.course, "Tablet-Treff " + this.suffix,
				List.of(new Learner(this.accounts.ensure("consent-erika-" + this.suffix).id(), "Erika Muster")), 1, 1));
		at(this.day, 23, 59);
		assertThat(names(trainer())).containsExactly("Erika Muster");

		// the day after: nothing
		at(this.day.plusDays(1), 0, 0);
		assertThat(seen(trainer())).isEmpty();
	}

	@Test
	void a_consent_withdrawn_on_the_ticket_hides_her_and_can_be_given_again() {
		Booking erika = book("consent-erika-" + this.suffix, "Erika Muster", false);
		assertThat(erika.progressConsent()).isFalse();
		at(this.day, 9, 0);
		assertThat(names(trainer())).isEmpty();
		assertThat(seen(trainer()).orElseThrow().notAgreed()).isEqualTo(1);

		this.accounts.signIn("consent-erika-" + this.suffix);
		assertThat(this.bookings.setProgressConsent(erika.code(), true).progressConsent()).isTrue();
		// giving twice changes nothing
		assertThat(this.bookings.setProgressConsent(erika.code(), true).progressConsent()).isTrue();
		assertThat(names(trainer())).containsExactly("Erika Muster");

		this.accounts.signIn("consent-erika-" + this.suffix);
		assertThat(this.bookings.setProgressConsent(erika.code(), false).progressConsent()).isFalse();
		assertThat(names(trainer())).isEmpty();
		assertThat(seen(trainer()).orElseThrow().notAgreed()).isEqualTo(1);
	}

	@Test
	void another_trainers_course_and_an_admin_who_does_not_train_it_show_nobody() {
		book("consent-erika-" + this.suffix, "Erika Muster", true);
		this.accounts.ensure("consent-other-trainer-" + this.suffix, Role.TRAINER);
		this.accounts.ensure("consent-other-admin-" + this.suffix, Role.ADMIN);
		at(this.day, 10, 30);

		assertThat(names(trainer())).containsExactly("Erika Muster");
		assertThat(seen("consent-other-trainer-" + this.suffix)).isEmpty();
		assertThat(seen("consent-other-admin-" + this.suffix)).isEmpty();
		// nor may a resident ask at all
		this.accounts.signIn("consent-erika-" + this.suffix);
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.participants.learnersToday());
	}

	@Test
	void only_the_person_herself_agrees_for_her_own_booking() {
		Booking erika = book("consent-erika-" + this.suffix, "Erika Muster", false);
		Account aylin = this.accounts.ensure("consent-aylin-" + this.suffix, Role.RESIDENT);

		// Aylin books for her father: he has no account here, so nobody can agree for him
		this.accounts.signIn(aylin.username());
		Refusals.assertRefused(
				() -> this.bookings
					.book(new BookingRequest(this.date, "Kemal Yıldız", "040 123456", null, false, true)),
				"consent", "courses.error.consent-own");
		assertThatExceptionOfType(AccessDeniedException.class)
			.isThrownBy(() -> this.bookings.setProgressConsent(erika.code(), true));
		this.accounts.signOut();
		assertThatThrownBy(() -> this.bookings.setProgressConsent(erika.code(), true))
			.isInstanceOf(AuthenticationException.class);
		assertThat(this.bookings.findByCode(erika.code()).orElseThrow().progressConsent()).isFalse();
	}

	@Test
	void after_the_day_of_the_date_a_consent_cannot_be_given_but_withdrawn_and_the_job_withdraws_it() {
		Booking erika = book("consent-erika-" + this.suffix, "Erika Muster", true);
		long account = this.accounts.ensure("consent-erika-" + this.suffix).id();
		Booking other = book("consent-bernd-" + this.suffix, "Bernd Schulz", false);

		at(this.day.plusDays(1), 0, 0);
		this.accounts.signIn("consent-bernd-" + this.suffix);
		Refusals.assertRefused(() -> this.bookings.setProgressConsent(other.code(), true), null,
				"courses.error.consent-over");
		assertThat(this.bookings.findByCode(other.code()).orElseThrow().progressConsent()).isFalse();

		// her copy of her data says when she agreed
		assertThat(this.personalData.of(account)).map(DataEntry::fields)
			.anySatisfy(
					fields -> assertThat(fields).containsEntry("code", erika.code()).containsKey("progressConsentAt"));

		// a day after the date ended (go.privacy.retention.progress-consents), the job
		// withdraws it: its purpose is over
		this.clock.set(CityTime.at(this.day, LocalTime.of(11, 30)).plus(Duration.ofDays(1)).minusSeconds(3600));
		this.retention.apply();
		assertThat(this.bookings.findByCode(erika.code()).orElseThrow().progressConsent()).isTrue();
		this.clock.set(CityTime.at(this.day, LocalTime.of(11, 30)).plus(Duration.ofDays(1)).plusSeconds(3600));
		assertThat(this.retention.apply()).isPositive();
		assertThat(this.retention.apply()).as("once").isZero();
		assertThat(this.bookings.findByCode(erika.code()).orElseThrow().progressConsent()).isFalse();
		assertThat(this.personalData.of(account)).map(DataEntry::fields)
			.anySatisfy(fields -> assertThat(fields).containsEntry("code", erika.code())
				.doesNotContainKey("progressConsentAt"));
	}

	@Test
	void cancelling_or_deleting_the_booking_takes_the_consent_with_it() {
		Booking cancelled = book("consent-erika-" + this.suffix, "Erika Muster", true);
		Booking forgotten = book("consent-bernd-" + this.suffix, "Bernd Schulz", true);

		this.bookings.cancel(cancelled.code());
		assertThat(this.bookings.findByCode(cancelled.code()).orElseThrow().progressConsent()).isFalse();
		this.accounts.signIn("consent-erika-" + this.suffix);
		Refusals.assertRefused(() -> this.bookings.setProgressConsent(cancelled.code(), true), null,
				"courses.error.consent-cancelled");

		this.bookings.forget(forgotten.code());
		Booking anonymous = this.bookings.findByCode(forgotten.code()).orElseThrow();
		assertThat(anonymous.progressConsent()).isFalse();
		assertThat(anonymous.accountId()).isNull();

		at(this.day, 10, 30);
		assertThat(seen(trainer())).isEmpty();
	}

}
