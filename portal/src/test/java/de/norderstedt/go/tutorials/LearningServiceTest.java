package de.norderstedt.go.tutorials;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Set;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.TestCourses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

/**
 * Progress per account, resume codes for anonymous learners, and the trainers' view of
 * their participants' progress, on the real database.
 */
@SpringBootTest
class LearningServiceTest {

	@Autowired
	LearningService learning;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestCourses courses;

	@Autowired
	CourseService courseService;

	@Autowired
	BookingService bookingService;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_signed_in_learners_step_is_kept_and_a_finish_stays_a_finish() {
		this.accounts.ensure("learner-progress", Role.RESIDENT);
		this.accounts.signIn("learner-progress");

		this.learning.reached("touchscreen-basics", "swipe");
		assertThat(this.learning.myProgress().get("touchscreen-basics"))
			.isEqualTo(new Progress("touchscreen-basics", "swipe", null));
		this.learning.finished("touchscreen-basics");
		Progress finished = this.learning.myProgress().get("touchscreen-basics");
		assertThat(finished).isNotNull();
		assertThat(finished.finished()).isTrue();
		assertThat(finished.step()).isEqualTo("done");

		// doing it again moves the step, the first finish stays
		this.learning.reached("touchscreen-basics", "tap");
		Progress again = this.learning.myProgress().get("touchscreen-basics");
		assertThat(again).isNotNull();
		assertThat(again.step()).isEqualTo("tap");
		assertThat(again.finishedAt()).isEqualTo(finished.finishedAt());
	}

	@Test
	void unknown_tutorials_and_steps_and_anonymous_learners_store_nothing() {
		int before = rows();
		this.learning.reached("touchscreen-basics", "tap");
		this.learning.finished("touchscreen-basics");
		assertThat(this.learning.myProgress()).isEmpty();

		this.accounts.ensure("learner-stale", Role.RESIDENT);
		this.accounts.signIn("learner-stale");
		this.learning.reached("touchscreen-basics", "no-such-step");
		this.learning.reached("knitting", "tap");
		this.learning.finished("knitting");
		assertThat(this.learning.myProgress()).isEmpty();
		assertThat(rows()).isEqualTo(before);
	}

	@Test
	void a_resume_code_opens_its_step_however_it_is_typed_until_it_expires() {
		ResumeCode code = this.learning.resumeCode("touchscreen-basics", "scroll");
		assertThat(code.code()).matches("[A-Z2-9]{6}");
		assertThat(code.expiresAt()).isAfter(Instant.now().plusSeconds(29L * 24 * 3600));

		assertThat(this.learning.resume(code.code())).contains(code);
		String typed = " " + code.code().substring(0, 3).toLowerCase() + "-" + code.code().substring(3).toLowerCase();
		assertThat(this.learning.resume(typed)).contains(code);
		assertThat(this.learning.resume("")).isEmpty();
		assertThat(this.learning.resume("ABC")).isEmpty();
		assertThat(this.learning.resume("OOOOOO")).as("letters that codes never have").isEmpty();
		assertThat(this.learning.resume("'; drop table tutorial_resume_code; --")).isEmpty();

		this.jdbc.update("update tutorial_resume_code set created_at = ?, expires_at = ? where code = ?",
				Timestamp.from(Instant.now().minusSeconds(7200)), Timestamp.from(Instant.now().minusSeconds(60)),
				code.code());
		assertThat(this.learning.resume(code.code())).as("expired").isEmpty();
		this.learning.forgetExpiredResumeCodes();
		assertThat(this.jdbc.queryForObject("select count(*) from tutorial_resume_code where code = ?", Integer.class,
				code.code()))
			.isZero();
	}

	@Test
	void a_scan_practice_link_counts_once_a_phone_opens_it_and_ends_after_half_an_hour() {
		String step = Objects
			.requireNonNull(this.learning.tutorial("qr-scanning").orElseThrow().stepsOrEmpty().get(4).id());
		String token = this.learning.scanCheck("qr-scanning", step);
		assertThat(token).matches("[A-Za-z0-9_-]{22}");
		assertThat(this.learning.wasScanned(token)).isFalse();
		assertThat(this.learning.scanned(token)).hasValueSatisfying(scanned -> {
			assertThat(scanned.tutorial().slug()).isEqualTo("qr-scanning");
			assertThat(scanned.step().id()).isEqualTo(step);
		});
		assertThat(this.learning.wasScanned(token)).isTrue();
		assertThat(LearningService.signalKey(token)).matches("[0-9a-f]{16}").doesNotContain(token);
		assertThat(this.learning.scanned("not-a-token")).isEmpty();
		assertThat(this.learning.scanned("AAAAAAAAAAAAAAAAAAAAAA")).isEmpty();

		String later = this.learning.scanCheck("qr-scanning", step);
		this.jdbc.update("update tutorial_scan_check set created_at = ?, expires_at = ? where token = ?",
				Timestamp.from(Instant.now().minusSeconds(3600)), Timestamp.from(Instant.now().minusSeconds(1)), later);
		assertThat(this.learning.scanned(later)).as("expired").isEmpty();
		assertThat(this.learning.wasScanned(later)).isFalse();
		assertThatIllegalArgumentException().isThrownBy(() -> this.learning.scanCheck("qr-scanning", "nope"));
	}

	@Test
	void a_resume_code_needs_a_real_step() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.learning.resumeCode("touchscreen-basics", "nope"));
		assertThatIllegalArgumentException().isThrownBy(() -> this.learning.resumeCode("knitting", "tap"));
	}

	@Test
	void trainers_see_the_progress_of_the_participants_who_agreed_for_a_date_of_their_course_that_runs_today() {
		long place = this.courses.place("Lernort");
		long date = this.courses.course("Tablet für Einsteiger", place, 10, List.of(TestCourses.inDays(4, 10))).get(0);
		long otherDate = this.courses.course("Fremder Kurs", place, 10, List.of(TestCourses.inDays(5, 10))).get(0);
		// a second course of the same title: kept apart from the first
		long sameTitleDate = this.courses.course("Tablet für Einsteiger", place, 10, List.of(TestCourses.inDays(6, 10)))
			.get(0);
		Account trainer = this.accounts.ensure("learning-trainer", Role.TRAINER);
		this.accounts.ensure("learning-admin", Role.ADMIN);
		this.accounts.signIn("learning-admin");
		this.courseService.setTrainers(this.courseService.courseOfDate(date).orElseThrow(), Set.of(trainer.id()));
		this.courseService.setTrainers(this.courseService.courseOfDate(sameTitleDate).orElseThrow(),
				Set.of(trainer.id()));
		this.accounts.signOut();

		// Erika books for herself with her account, agrees, and learns; a guest books
		// without an account
		this.accounts.ensure("learning-erika", Role.RESIDENT);
		this.accounts.signIn("learning-erika");
		this.bookingService.book(new BookingRequest(date, "Erika Muster", null, null, true, true));
		this.bookingService.book(new BookingRequest(otherDate, "Erika Muster", null, null, true, true));
		this.bookingService.book(new BookingRequest(sameTitleDate, "Erika M.", null, null, true, true));
		this.learning.finished("touchscreen-basics");
		this.learning.reached("qr-scanning", "welcome");
		this.accounts.signOut();
		this.bookingService.book(new BookingRequest(date, "Gast Ohne Konto", "040 99887766", null, false));

		long course = this.courseService.courseOfDate(date).orElseThrow();
		long sameTitle = this.courseService.courseOfDate(sameTitleDate).orElseThrow();
		this.accounts.signIn("learning-trainer");
		assertThat(this.learning.learnersOfMyCourses()).as("before the day of the dates")
			.noneMatch(c -> c.courseId() == course || c.courseId() == sameTitle);

		this.courses.beganJustNow(date);
		this.courses.beganJustNow(otherDate);
		this.courses.beganJustNow(sameTitleDate);
		LearnerProgress erika = new LearnerProgress("Erika Muster", List.of("touchscreen-basics"),
				List.of("qr-scanning"));
		assertThat(this.learning.learnersOfMyCourses()).containsExactlyInAnyOrder(
				new CourseProgress(course, "Tablet für Einsteiger", List.of(erika), 0, 1),
				new CourseProgress(sameTitle, "Tablet für Einsteiger",
						List.of(new LearnerProgress("Erika M.", erika.finished(), erika.started())), 0, 0));

		this.accounts.signIn("learning-erika");
		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> this.learning.learnersOfMyCourses());
	}

	private int rows() {
		return Objects
			.requireNonNull(this.jdbc.queryForObject("select count(*) from tutorial_progress", Integer.class));
	}

}
