package de.norderstedt.go.courses;

import static de.norderstedt.go.db.Tables.COURSE;
import static de.norderstedt.go.db.Tables.COURSE_DATE;
import static de.norderstedt.go.db.Tables.COURSE_TRAINER;
import static de.norderstedt.go.db.Tables.PLACE;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class CourseRepository {

	private final DSLContext dsl;

	CourseRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	long insertPlace(NewPlace place) {
		return this.dsl.insertInto(PLACE)
			.set(PLACE.NAME, place.name())
			.set(PLACE.ADDRESS, place.address())
			.set(PLACE.STEP_FREE, place.stepFree())
			.set(PLACE.HEARING_LOOP, place.hearingLoop())
			.set(PLACE.ACCESSIBLE_TOILET, place.accessibleToilet())
			.set(PLACE.SEATS, place.seats())
			.returning(PLACE.ID)
			.fetchSingle(PLACE.ID);
	}

	boolean placeExists(long placeId) {
		return this.dsl.fetchExists(PLACE, PLACE.ID.eq(placeId));
	}

	long insertCourse(NewCourse course) {
		return this.dsl.insertInto(COURSE)
			.set(COURSE.TITLE, course.title())
			.set(COURSE.DESCRIPTION, course.description())
			.set(COURSE.TOPIC, course.topic().name())
			.set(COURSE.LEVEL, course.level().name())
			.set(COURSE.BRING, course.bring())
			.set(COURSE.PLACE_ID, course.placeId())
			.set(COURSE.CAPACITY, course.capacity())
			.set(COURSE.PRICE_CENTS, course.priceCents())
			.returning(COURSE.ID)
			.fetchSingle(COURSE.ID);
	}

	void addTrainer(long courseId, long accountId) {
		this.dsl.insertInto(COURSE_TRAINER)
			.set(COURSE_TRAINER.COURSE_ID, courseId)
			.set(COURSE_TRAINER.ACCOUNT_ID, accountId)
			.onConflictDoNothing()
			.execute();
	}

	long insertDate(long courseId, Instant startsAt, Instant endsAt) {
		return this.dsl.insertInto(COURSE_DATE)
			.set(COURSE_DATE.COURSE_ID, courseId)
			.set(COURSE_DATE.STARTS_AT, startsAt.atOffset(ZoneOffset.UTC))
			.set(COURSE_DATE.ENDS_AT, endsAt.atOffset(ZoneOffset.UTC))
			.returning(COURSE_DATE.ID)
			.fetchSingle(COURSE_DATE.ID);
	}

	List<Long> dateIds(long courseId) {
		return this.dsl.select(COURSE_DATE.ID)
			.from(COURSE_DATE)
			.where(COURSE_DATE.COURSE_ID.eq(courseId))
			.orderBy(COURSE_DATE.STARTS_AT)
			.fetch(COURSE_DATE.ID);
	}

	boolean isTrainerOfDate(long accountId, long dateId) {
		return this.dsl.fetchExists(this.dsl.selectOne()
			.from(COURSE_DATE)
			.join(COURSE_TRAINER)
			.on(COURSE_TRAINER.COURSE_ID.eq(COURSE_DATE.COURSE_ID))
			.where(COURSE_DATE.ID.eq(dateId))
			.and(COURSE_TRAINER.ACCOUNT_ID.eq(accountId)));
	}

}
