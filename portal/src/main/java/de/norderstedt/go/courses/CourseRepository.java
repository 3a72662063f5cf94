package de.norderstedt.go.courses;

import static de.norderstedt.go.db.Tables.ACCOUNT;
import static de.norderstedt.go.db.Tables.BOOKING;
import static de.norderstedt.go.db.Tables.COURSE;
import static de.norderstedt.go.db.Tables.COURSE_DATE;
import static de.norderstedt.go.db.Tables.COURSE_MESSAGE;
import static de.norderstedt.go.db.Tables.COURSE_TRAINER;
import static de.norderstedt.go.db.Tables.PLACE;

import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import de.norderstedt.go.db.tables.records.CourseRecord;
import de.norderstedt.go.db.tables.records.PlaceRecord;
import de.norderstedt.go.web.CityTime;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SelectHavingStep;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class CourseRepository {

	private static final Field<Integer> CONFIRMED = DSL.count()
		.filterWhere(BOOKING.STATUS.eq(BookingStatus.CONFIRMED))
		.as("confirmed");

	private static final Field<Integer> WAITING = DSL.count()
		.filterWhere(BOOKING.STATUS.eq(BookingStatus.WAITING))
		.as("waiting");

	private final DSLContext dsl;

	CourseRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	long insertPlace(NewPlace place) {
		return Objects.requireNonNull(
				this.dsl.insertInto(PLACE).set(placeRecord(place)).returning(PLACE.ID).fetchSingle(PLACE.ID));
	}

	boolean updatePlace(long id, NewPlace place) {
		return this.dsl.update(PLACE).set(placeRecord(place)).where(PLACE.ID.eq(id)).execute() == 1;
	}

	private PlaceRecord placeRecord(NewPlace place) {
		PlaceRecord record = this.dsl.newRecord(PLACE);
		record.setName(place.name());
		record.setAddress(place.address());
		record.setStepFree(place.stepFree());
		record.setHearingLoop(place.hearingLoop());
		record.setAccessibleToilet(place.accessibleToilet());
		record.setSeats(place.seats());
		return record;
	}

	boolean placeExists(long placeId) {
		return this.dsl.fetchExists(PLACE, PLACE.ID.eq(placeId));
	}

	boolean placeNameTaken(String name, @Nullable Long exceptId) {
		Condition same = DSL.lower(PLACE.NAME).eq(name.toLowerCase());
		return this.dsl.fetchExists(PLACE, exceptId == null ? same : same.and(PLACE.ID.ne(exceptId)));
	}

	List<Place> places() {
		return this.dsl.selectFrom(PLACE).orderBy(PLACE.NAME).fetch(CourseRepository::toPlace);
	}

	Optional<Place> place(long id) {
		return this.dsl.selectFrom(PLACE).where(PLACE.ID.eq(id)).fetchOptional(CourseRepository::toPlace);
	}

	long insertCourse(CourseDetails course) {
		return Objects.requireNonNull(
				this.dsl.insertInto(COURSE).set(courseRecord(course)).returning(COURSE.ID).fetchSingle(COURSE.ID));
	}

	/**
	 * Locks the course row, so its capacity and its dates' bookings change one at a time.
	 */
	Optional<CourseDetails> lockCourse(long courseId) {
		return this.dsl.selectFrom(COURSE)
			.where(COURSE.ID.eq(courseId))
			.forUpdate()
			.fetchOptional(r -> new CourseDetails(r.getTitle(), r.getDescription(), r.getTopic(), r.getLevel(),
					r.getBring(), r.getPlaceId(), r.getCapacity(), r.getPriceCents()));
	}

	void updateCourse(long courseId, CourseDetails course) {
		this.dsl.update(COURSE).set(courseRecord(course)).where(COURSE.ID.eq(courseId)).execute();
	}

	private CourseRecord courseRecord(CourseDetails course) {
		CourseRecord record = this.dsl.newRecord(COURSE);
		record.setTitle(course.title());
		record.setDescription(course.description());
		record.setTopic(course.topic());
		record.setLevel(course.level());
		record.setBring(course.bring());
		record.setPlaceId(course.placeId());
		record.setCapacity(course.capacity());
		record.setPriceCents(course.priceCents());
		// a "bring" that became empty is written too
		record.changed(COURSE.BRING, true);
		return record;
	}

	void addTrainer(long courseId, long accountId) {
		this.dsl.insertInto(COURSE_TRAINER)
			.set(COURSE_TRAINER.COURSE_ID, courseId)
			.set(COURSE_TRAINER.ACCOUNT_ID, accountId)
			.onConflictDoNothing()
			.execute();
	}

	void setTrainers(long courseId, Collection<Long> accountIds) {
		this.dsl.deleteFrom(COURSE_TRAINER)
			.where(COURSE_TRAINER.COURSE_ID.eq(courseId))
			.and(COURSE_TRAINER.ACCOUNT_ID.notIn(accountIds))
			.execute();
		accountIds.forEach(id -> addTrainer(courseId, id));
	}

	long insertDate(long courseId, Instant startsAt, Instant endsAt) {
		return Objects.requireNonNull(this.dsl.insertInto(COURSE_DATE)
			.set(COURSE_DATE.COURSE_ID, courseId)
			.set(COURSE_DATE.STARTS_AT, startsAt)
			.set(COURSE_DATE.ENDS_AT, endsAt)
			.returning(COURSE_DATE.ID)
			.fetchSingle(COURSE_DATE.ID));
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

	boolean isTrainerOfCourse(long accountId, long courseId) {
		return this.dsl.fetchExists(COURSE_TRAINER,
				COURSE_TRAINER.COURSE_ID.eq(courseId).and(COURSE_TRAINER.ACCOUNT_ID.eq(accountId)));
	}

	Optional<Long> courseOfDate(long dateId) {
		return this.dsl.select(COURSE_DATE.COURSE_ID)
			.from(COURSE_DATE)
			.where(COURSE_DATE.ID.eq(dateId))
			.fetchOptional(COURSE_DATE.COURSE_ID);
	}

	/** The most confirmed bookings any date of the course has that has not yet begun. */
	int mostConfirmedOnComingDates(long courseId, Instant now) {
		Integer most = this.dsl.select(DSL.max(DSL.field("c", Integer.class)))
			.from(this.dsl.select(DSL.count().as("c"))
				.from(BOOKING)
				.join(COURSE_DATE)
				.on(COURSE_DATE.ID.eq(BOOKING.DATE_ID))
				.where(COURSE_DATE.COURSE_ID.eq(courseId))
				.and(COURSE_DATE.STARTS_AT.gt(now))
				.and(BOOKING.STATUS.eq(BookingStatus.CONFIRMED))
				.groupBy(BOOKING.DATE_ID))
			.fetchOne(0, Integer.class);
		return most == null ? 0 : most;
	}

	/** Ids of the course's dates that have not yet begun and are not cancelled. */
	List<Long> comingDateIds(long courseId, Instant now) {
		return this.dsl.select(COURSE_DATE.ID)
			.from(COURSE_DATE)
			.where(COURSE_DATE.COURSE_ID.eq(courseId))
			.and(COURSE_DATE.STARTS_AT.gt(now))
			.and(COURSE_DATE.CANCELLED_AT.isNull())
			.orderBy(COURSE_DATE.STARTS_AT)
			.fetch(COURSE_DATE.ID);
	}

	void cancelDate(long dateId, Instant now, @Nullable String reason) {
		this.dsl.update(COURSE_DATE)
			.set(COURSE_DATE.CANCELLED_AT, now)
			.set(COURSE_DATE.CANCEL_REASON, reason)
			.set(COURSE_DATE.REVISION, COURSE_DATE.REVISION.plus(1))
			.where(COURSE_DATE.ID.eq(dateId))
			.execute();
	}

	void moveDate(long dateId, Instant startsAt, Instant endsAt) {
		this.dsl.update(COURSE_DATE)
			.set(COURSE_DATE.STARTS_AT, startsAt)
			.set(COURSE_DATE.ENDS_AT, endsAt)
			.set(COURSE_DATE.REVISION, COURSE_DATE.REVISION.plus(1))
			.where(COURSE_DATE.ID.eq(dateId))
			.execute();
	}

	/**
	 * How often the date was revised (moved or cancelled): the sequence of its calendar
	 * files.
	 */
	int revision(long dateId) {
		return this.dsl.select(COURSE_DATE.REVISION)
			.from(COURSE_DATE)
			.where(COURSE_DATE.ID.eq(dateId))
			.fetchOptional(COURSE_DATE.REVISION)
			.orElse(0);
	}

	void setNote(long dateId, @Nullable String note) {
		this.dsl.update(COURSE_DATE).set(COURSE_DATE.NOTE, note).where(COURSE_DATE.ID.eq(dateId)).execute();
	}

	long insertMessage(long dateId, @Nullable Long authorId, String body) {
		return Objects.requireNonNull(this.dsl.insertInto(COURSE_MESSAGE)
			.set(COURSE_MESSAGE.DATE_ID, dateId)
			.set(COURSE_MESSAGE.AUTHOR_ID, authorId)
			.set(COURSE_MESSAGE.BODY, body)
			.returning(COURSE_MESSAGE.ID)
			.fetchSingle(COURSE_MESSAGE.ID));
	}

	Optional<String> message(long messageId) {
		return this.dsl.select(COURSE_MESSAGE.BODY)
			.from(COURSE_MESSAGE)
			.where(COURSE_MESSAGE.ID.eq(messageId))
			.fetchOptional(COURSE_MESSAGE.BODY);
	}

	/** Dates with their free places, in time order. */
	List<CourseDate> dates(Condition condition, boolean onlyWithFreePlaces) {
		SelectHavingStep<? extends Record> query = dateQuery(condition);
		return (onlyWithFreePlaces
				? query.having(DSL.count().filterWhere(BOOKING.STATUS.eq(BookingStatus.CONFIRMED)).lt(COURSE.CAPACITY))
				: query)
			.orderBy(COURSE_DATE.STARTS_AT, COURSE_DATE.ID)
			.fetch(CourseRepository::toDate);
	}

	Optional<CourseDate> date(long dateId) {
		return dateQuery(COURSE_DATE.ID.eq(dateId)).fetchOptional(CourseRepository::toDate);
	}

	/** Upcoming dates that are not cancelled, matching the filter. */
	List<CourseDate> upcoming(CourseFilter filter, Instant now) {
		List<Condition> conditions = new ArrayList<>();
		conditions.add(COURSE_DATE.STARTS_AT.gt(now));
		conditions.add(COURSE_DATE.CANCELLED_AT.isNull());
		if (filter.topic() != null) {
			conditions.add(COURSE.TOPIC.eq(filter.topic()));
		}
		if (filter.level() != null) {
			conditions.add(COURSE.LEVEL.eq(filter.level()));
		}
		if (filter.placeId() != null) {
			conditions.add(COURSE.PLACE_ID.eq(filter.placeId()));
		}
		if (filter.day() != null) {
			conditions.add(COURSE_DATE.STARTS_AT.ge(CityTime.startOf(filter.day())));
			conditions.add(COURSE_DATE.STARTS_AT.lt(CityTime.startOf(filter.day().plusDays(1))));
		}
		return dates(DSL.and(conditions), filter.onlyWithFreePlaces());
	}

	Optional<Course> course(long courseId) {
		return this.dsl.select(COURSE.asterisk(), PLACE.asterisk())
			.from(COURSE)
			.join(PLACE)
			.on(PLACE.ID.eq(COURSE.PLACE_ID))
			.where(COURSE.ID.eq(courseId))
			.fetchOptional(r -> new Course(r.get(COURSE.ID), r.get(COURSE.TITLE), r.get(COURSE.DESCRIPTION),
					r.get(COURSE.TOPIC), r.get(COURSE.LEVEL), r.get(COURSE.BRING), toPlace(r.into(PLACE)),
					r.get(COURSE.CAPACITY), r.get(COURSE.PRICE_CENTS), trainers(courseId),
					dates(COURSE_DATE.COURSE_ID.eq(courseId), false)));
	}

	/**
	 * Courses run by the account, or all courses when {@code accountId} is null; newest
	 * first.
	 */
	List<Long> courseIds(@Nullable Long accountId) {
		var query = this.dsl.select(COURSE.ID).from(COURSE);
		return (accountId == null ? query.where(DSL.trueCondition())
				: query.where(COURSE.ID.in(DSL.select(COURSE_TRAINER.COURSE_ID)
					.from(COURSE_TRAINER)
					.where(COURSE_TRAINER.ACCOUNT_ID.eq(accountId)))))
			.orderBy(COURSE.CREATED_AT.desc(), COURSE.ID.desc())
			.fetch(COURSE.ID);
	}

	Optional<Long> accountId(String username) {
		return this.dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOptional(ACCOUNT.ID);
	}

	boolean anyCourse() {
		return this.dsl.fetchExists(COURSE);
	}

	private List<Course.Trainer> trainers(long courseId) {
		return this.dsl.select(ACCOUNT.ID, ACCOUNT.DISPLAY_NAME)
			.from(COURSE_TRAINER)
			.join(ACCOUNT)
			.on(ACCOUNT.ID.eq(COURSE_TRAINER.ACCOUNT_ID))
			.where(COURSE_TRAINER.COURSE_ID.eq(courseId))
			.orderBy(ACCOUNT.DISPLAY_NAME)
			.fetch(r -> new Course.Trainer(r.value1(), r.value2()));
	}

	private SelectHavingStep<? extends Record> dateQuery(Condition condition) {
		return this.dsl
			.select(COURSE_DATE.ID, COURSE_DATE.COURSE_ID, COURSE.TITLE, COURSE.TOPIC, COURSE.LEVEL, COURSE.PLACE_ID,
					PLACE.NAME, COURSE_DATE.STARTS_AT, COURSE_DATE.ENDS_AT, COURSE.CAPACITY, CONFIRMED, WAITING,
					COURSE.PRICE_CENTS, COURSE_DATE.CANCELLED_AT, COURSE_DATE.CANCEL_REASON, COURSE_DATE.NOTE)
			.from(COURSE_DATE)
			.join(COURSE)
			.on(COURSE.ID.eq(COURSE_DATE.COURSE_ID))
			.join(PLACE)
			.on(PLACE.ID.eq(COURSE.PLACE_ID))
			.leftJoin(BOOKING)
			.on(BOOKING.DATE_ID.eq(COURSE_DATE.ID))
			.where(condition)
			.groupBy(COURSE_DATE.ID, COURSE.ID, PLACE.ID);
	}

	private static CourseDate toDate(Record r) {
		return new CourseDate(r.get(COURSE_DATE.ID), r.get(COURSE_DATE.COURSE_ID), r.get(COURSE.TITLE),
				r.get(COURSE.TOPIC), r.get(COURSE.LEVEL), r.get(COURSE.PLACE_ID), r.get(PLACE.NAME),
				r.get(COURSE_DATE.STARTS_AT), r.get(COURSE_DATE.ENDS_AT), r.get(COURSE.CAPACITY), r.get(CONFIRMED),
				r.get(WAITING), r.get(COURSE.PRICE_CENTS), r.get(COURSE_DATE.CANCELLED_AT),
				r.get(COURSE_DATE.CANCEL_REASON), r.get(COURSE_DATE.NOTE));
	}

	private static Place toPlace(PlaceRecord r) {
		return new Place(r.getId(), r.getName(), r.getAddress(), r.getStepFree(), r.getHearingLoop(),
				r.getAccessibleToilet(), r.getSeats());
	}

}
