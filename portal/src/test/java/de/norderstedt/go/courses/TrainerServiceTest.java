package de.norderstedt.go.courses;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusals;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** What the trainer screens ask of the services beyond booking. */
@SpringBootTest
class TrainerServiceTest {

	@Autowired
	CourseService courses;

	@Autowired
	PlaceService places;

	@Autowired
	BookingService bookings;

	@Autowired
	ParticipantService participants;

	@Autowired
	TestAccounts accounts;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	private long place() {
		this.accounts.ensure("trainer-service-admin", Role.ADMIN);
		this.accounts.signIn("trainer-service-admin");
		long place = this.places.createPlace(new NewPlace("Bürgerhaus " + System.nanoTime(),
				"Am Exerzierplatz 1, 22844 Norderstedt", true, false, true, 30));
		this.accounts.signOut();
		return place;
	}

	private NewCourse course(long place) {
		Instant start = Instant.now().plus(Duration.ofDays(2));
		return new NewCourse("Online-Banking sicher nutzen", "Wir üben Überweisungen in einer Übungs-App.",
				CourseTopic.SAFETY, CourseLevel.BEGINNER, null, place, 4, 0,
				List.of(new NewCourse.Slot(start, start.plus(Duration.ofMinutes(90)))));
	}

	@Test
	void details_and_trainers_change_together_or_not_at_all() {
		long place = place();
		Account trainer = this.accounts.ensure("trainer-service-trainer", Role.TRAINER);
		Account colleague = this.accounts.ensure("trainer-service-colleague", Role.TRAINER);
		Account resident = this.accounts.ensure("trainer-service-resident", Role.RESIDENT);
		this.accounts.signIn("trainer-service-trainer");
		long course = this.courses.courseOfDate(this.courses.createCourse(course(place)).get(0)).orElseThrow();
		CourseDetails changed = new CourseDetails("Online-Banking", "Neu beschrieben.", CourseTopic.SAFETY,
				CourseLevel.ADVANCED, "Ihre Bankkarte", place, 6, 500);

		Refusals.assertRefused(() -> this.courses.updateCourse(course, changed, Set.of(trainer.id(), resident.id())),
				"trainers", "courses.error.trainers");
		Course unchanged = this.courses.course(course).orElseThrow();
		assertThat(unchanged.title()).isEqualTo("Online-Banking sicher nutzen");
		assertThat(unchanged.capacity()).isEqualTo(4);

		this.courses.updateCourse(course, changed, Set.of(trainer.id(), colleague.id()));
		Course updated = this.courses.course(course).orElseThrow();
		assertThat(updated.title()).isEqualTo("Online-Banking");
		assertThat(updated.priceCents()).isEqualTo(500);
		assertThat(updated.trainers()).extracting(Course.Trainer::accountId)
			.containsExactlyInAnyOrder(trainer.id(), colleague.id());
	}

	@Test
	void details_are_checked_before_anything_is_saved() {
		long place = place();
		this.accounts.ensure("trainer-service-trainer", Role.TRAINER);
		this.accounts.signIn("trainer-service-trainer");
		int before = this.courses.myCourses().size();
		CourseDetails noTitle = new CourseDetails(" ", "Text", CourseTopic.OTHER, CourseLevel.BEGINNER, null, place, 4,
				0);
		Refusals.assertRefused(() -> this.courses.checkDetails(noTitle), "title", "courses.error.title");
		Refusals.assertRefused(() -> this.courses.checkDetails(
				new CourseDetails("x".repeat(201), "Text", CourseTopic.OTHER, CourseLevel.BEGINNER, null, place, 4, 0)),
				"title", Input.TOO_LONG);
		Refusals.assertRefused(
				() -> this.courses.checkDetails(
						new CourseDetails("Titel", "Text", CourseTopic.OTHER, CourseLevel.BEGINNER, null, place, 0, 0)),
				"capacity", "courses.error.capacity");
		this.courses.checkDetails(course(place).details());
		assertThat(this.courses.myCourses()).hasSize(before);
	}

	@Test
	void a_message_says_how_many_people_it_reaches() {
		long place = place();
		this.accounts.ensure("trainer-service-trainer", Role.TRAINER);
		this.accounts.signIn("trainer-service-trainer");
		long date = this.courses.createCourse(course(place)).get(0);
		Refusals.assertRefused(() -> this.participants.messageParticipants(date, "Hallo"), null,
				"courses.error.message-nobody");
		this.bookings.book(new BookingRequest(date, "Helga Möller", "040 111", null, false));
		this.bookings.book(new BookingRequest(date, "Jens Peters", "040 222", null, false));
		assertThat(this.participants.messageParticipants(date, "Bitte bringen Sie Ihre Bankkarte mit.")).isEqualTo(2);
	}

}
