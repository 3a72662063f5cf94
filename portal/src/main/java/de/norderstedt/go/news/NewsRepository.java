package de.norderstedt.go.news;

import static de.norderstedt.go.db.Tables.ACCOUNT;
import static de.norderstedt.go.db.Tables.NEWS_ANNOUNCEMENT;
import static de.norderstedt.go.db.Tables.NEWS_ANNOUNCEMENT_DISTRICT;
import static de.norderstedt.go.db.Tables.NEWS_ANNOUNCEMENT_TOPIC;
import static de.norderstedt.go.db.Tables.NEWS_DISTRICT;
import static de.norderstedt.go.db.Tables.NEWS_INTEREST_DISTRICT;
import static de.norderstedt.go.db.Tables.NEWS_INTEREST_TOPIC;
import static de.norderstedt.go.db.Tables.NEWS_TOPIC;
import static org.jooq.impl.DSL.exists;
import static org.jooq.impl.DSL.multiset;
import static org.jooq.impl.DSL.notExists;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.selectOne;

import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Records;
import org.jooq.SelectField;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

/** Announcements with their areas and districts, and residents' interests. */
@Repository
class NewsRepository {

	/** An announcement due for release. */
	record Due(long id, boolean urgent) {
	}

	private static final Field<List<Topic>> TOPICS = multiset(select(NEWS_TOPIC.ID, NEWS_TOPIC.SLUG, NEWS_TOPIC.NAME_DE,
			NEWS_TOPIC.NAME_EN, NEWS_TOPIC.POSITION, NEWS_TOPIC.ACTIVE)
		.from(NEWS_ANNOUNCEMENT_TOPIC)
		.join(NEWS_TOPIC)
		.on(NEWS_TOPIC.ID.eq(NEWS_ANNOUNCEMENT_TOPIC.TOPIC_ID))
		.where(NEWS_ANNOUNCEMENT_TOPIC.ANNOUNCEMENT_ID.eq(NEWS_ANNOUNCEMENT.ID))
		.orderBy(NEWS_TOPIC.POSITION, NEWS_TOPIC.ID)).as("topics").convertFrom(r -> r.map(Records.mapping(Topic::new)));

	private static final Field<List<District>> DISTRICTS = multiset(
			select(NEWS_DISTRICT.ID, NEWS_DISTRICT.SLUG, NEWS_DISTRICT.NAME_DE, NEWS_DISTRICT.NAME_EN,
					NEWS_DISTRICT.POSITION, NEWS_DISTRICT.ACTIVE)
				.from(NEWS_ANNOUNCEMENT_DISTRICT)
				.join(NEWS_DISTRICT)
				.on(NEWS_DISTRICT.ID.eq(NEWS_ANNOUNCEMENT_DISTRICT.DISTRICT_ID))
				.where(NEWS_ANNOUNCEMENT_DISTRICT.ANNOUNCEMENT_ID.eq(NEWS_ANNOUNCEMENT.ID))
				.orderBy(NEWS_DISTRICT.POSITION, NEWS_DISTRICT.ID))
		.as("districts")
		.convertFrom(r -> r.map(Records.mapping(District::new)));

	private static final Field<Boolean> HAS_IMAGE = DSL.field(NEWS_ANNOUNCEMENT.IMAGE.isNotNull()).as("has_image");

	private static final List<SelectField<?>> ANNOUNCEMENT = List.of(NEWS_ANNOUNCEMENT.ID, NEWS_ANNOUNCEMENT.TITLE_DE,
			NEWS_ANNOUNCEMENT.BODY_DE, NEWS_ANNOUNCEMENT.TITLE_EN, NEWS_ANNOUNCEMENT.BODY_EN, NEWS_ANNOUNCEMENT.URGENT,
			TOPICS, DISTRICTS, HAS_IMAGE, NEWS_ANNOUNCEMENT.IMAGE_ALT_DE, NEWS_ANNOUNCEMENT.IMAGE_ALT_EN,
			NEWS_ANNOUNCEMENT.PUBLISH_AT, NEWS_ANNOUNCEMENT.PUBLISHED_AT, NEWS_ANNOUNCEMENT.WITHDRAWN_AT);

	private static final Condition CURRENT = NEWS_ANNOUNCEMENT.PUBLISHED_AT.isNotNull()
		.and(NEWS_ANNOUNCEMENT.WITHDRAWN_AT.isNull());

	private final DSLContext dsl;

	NewsRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	// areas of interest and districts

	List<Topic> topics(boolean activeOnly) {
		return this.dsl.selectFrom(NEWS_TOPIC)
			.where(activeOnly ? NEWS_TOPIC.ACTIVE.isTrue() : DSL.trueCondition())
			.orderBy(NEWS_TOPIC.POSITION, NEWS_TOPIC.ID)
			.fetch(r -> new Topic(r.getId(), r.getSlug(), r.getNameDe(), r.getNameEn(), r.getPosition(),
					r.getActive()));
	}

	List<District> districts(boolean activeOnly) {
		return this.dsl.selectFrom(NEWS_DISTRICT)
			.where(activeOnly ? NEWS_DISTRICT.ACTIVE.isTrue() : DSL.trueCondition())
			.orderBy(NEWS_DISTRICT.POSITION, NEWS_DISTRICT.ID)
			.fetch(r -> new District(r.getId(), r.getSlug(), r.getNameDe(), r.getNameEn(), r.getPosition(),
					r.getActive()));
	}

	/** How many of the given areas exist and are active. */
	int activeTopics(Collection<Long> ids) {
		return this.dsl.fetchCount(NEWS_TOPIC, NEWS_TOPIC.ID.in(ids).and(NEWS_TOPIC.ACTIVE.isTrue()));
	}

	/** How many of the given districts exist and are active. */
	int activeDistricts(Collection<Long> ids) {
		return this.dsl.fetchCount(NEWS_DISTRICT, NEWS_DISTRICT.ID.in(ids).and(NEWS_DISTRICT.ACTIVE.isTrue()));
	}

	// announcements

	Optional<Announcement> findById(long id) {
		return this.dsl.select(ANNOUNCEMENT)
			.from(NEWS_ANNOUNCEMENT)
			.where(NEWS_ANNOUNCEMENT.ID.eq(id))
			.fetchOptional(NewsRepository::toAnnouncement);
	}

	Optional<Announcement> findCurrent(long id) {
		return this.dsl.select(ANNOUNCEMENT)
			.from(NEWS_ANNOUNCEMENT)
			.where(NEWS_ANNOUNCEMENT.ID.eq(id))
			.and(CURRENT)
			.fetchOptional(NewsRepository::toAnnouncement);
	}

	/**
	 * Published and not withdrawn, newest first; in an area and a district (or for the
	 * whole city) when given.
	 */
	List<Announcement> current(int limit, @Nullable Long topicId, @Nullable Long districtId) {
		Condition condition = CURRENT;
		if (topicId != null) {
			condition = condition.and(exists(selectOne().from(NEWS_ANNOUNCEMENT_TOPIC)
				.where(NEWS_ANNOUNCEMENT_TOPIC.ANNOUNCEMENT_ID.eq(NEWS_ANNOUNCEMENT.ID))
				.and(NEWS_ANNOUNCEMENT_TOPIC.TOPIC_ID.eq(topicId))));
		}
		if (districtId != null) {
			condition = condition.and(notExists(selectOne().from(NEWS_ANNOUNCEMENT_DISTRICT)
				.where(NEWS_ANNOUNCEMENT_DISTRICT.ANNOUNCEMENT_ID.eq(NEWS_ANNOUNCEMENT.ID)))
				.or(exists(selectOne().from(NEWS_ANNOUNCEMENT_DISTRICT)
					.where(NEWS_ANNOUNCEMENT_DISTRICT.ANNOUNCEMENT_ID.eq(NEWS_ANNOUNCEMENT.ID))
					.and(NEWS_ANNOUNCEMENT_DISTRICT.DISTRICT_ID.eq(districtId)))));
		}
		return this.dsl.select(ANNOUNCEMENT)
			.from(NEWS_ANNOUNCEMENT)
			.where(condition)
			.orderBy(NEWS_ANNOUNCEMENT.PUBLISHED_AT.desc(), NEWS_ANNOUNCEMENT.ID.desc())
			.limit(limit)
			.fetch(NewsRepository::toAnnouncement);
	}

	/** Every announcement, the latest (by its publishing time) first. */
	List<Announcement> all(int limit) {
		return this.dsl.select(ANNOUNCEMENT)
			.from(NEWS_ANNOUNCEMENT)
			.orderBy(NEWS_ANNOUNCEMENT.PUBLISH_AT.desc(), NEWS_ANNOUNCEMENT.ID.desc())
			.limit(limit)
			.fetch(NewsRepository::toAnnouncement);
	}

	Optional<NewsImage> image(long id, boolean publishedOnly) {
		return this.dsl
			.select(NEWS_ANNOUNCEMENT.IMAGE, NEWS_ANNOUNCEMENT.IMAGE_TYPE, NEWS_ANNOUNCEMENT.IMAGE_ALT_DE,
					NEWS_ANNOUNCEMENT.IMAGE_ALT_EN)
			.from(NEWS_ANNOUNCEMENT)
			.where(NEWS_ANNOUNCEMENT.ID.eq(id))
			.and(NEWS_ANNOUNCEMENT.IMAGE.isNotNull())
			.and(publishedOnly ? CURRENT : DSL.trueCondition())
			.fetchOptional(r -> new NewsImage(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	/** Stores a new announcement; published at once when {@code publishedAt} is given. */
	long insert(NewAnnouncement announcement, Instant publishAt, @Nullable Instant publishedAt, long createdBy) {
		NewsImage image = announcement.image();
		long id = Objects.requireNonNull(this.dsl.insertInto(NEWS_ANNOUNCEMENT)
			.set(NEWS_ANNOUNCEMENT.TITLE_DE, announcement.titleDe())
			.set(NEWS_ANNOUNCEMENT.BODY_DE, announcement.bodyDe())
			.set(NEWS_ANNOUNCEMENT.TITLE_EN, announcement.titleEn())
			.set(NEWS_ANNOUNCEMENT.BODY_EN, announcement.bodyEn())
			.set(NEWS_ANNOUNCEMENT.URGENT, announcement.urgent())
			.set(NEWS_ANNOUNCEMENT.IMAGE, image == null ? null : image.data())
			.set(NEWS_ANNOUNCEMENT.IMAGE_TYPE, image == null ? null : image.mediaType())
			.set(NEWS_ANNOUNCEMENT.IMAGE_ALT_DE, image == null ? null : image.altDe())
			.set(NEWS_ANNOUNCEMENT.IMAGE_ALT_EN, image == null ? null : image.altEn())
			.set(NEWS_ANNOUNCEMENT.PUBLISH_AT, publishAt)
			.set(NEWS_ANNOUNCEMENT.PUBLISHED_AT, publishedAt)
			.set(NEWS_ANNOUNCEMENT.CREATED_BY, createdBy)
			.returning(NEWS_ANNOUNCEMENT.ID)
			.fetchSingle(NEWS_ANNOUNCEMENT.ID));
		setTags(id, announcement.topicIds(), announcement.districtIds());
		return id;
	}

	/**
	 * Changes the texts and the picture; the areas, districts and time only when asked.
	 */
	boolean update(long id, NewAnnouncement announcement, boolean tagsAndTime, Instant now) {
		NewsImage image = announcement.image();
		var update = this.dsl.update(NEWS_ANNOUNCEMENT)
			.set(NEWS_ANNOUNCEMENT.TITLE_DE, announcement.titleDe())
			.set(NEWS_ANNOUNCEMENT.BODY_DE, announcement.bodyDe())
			.set(NEWS_ANNOUNCEMENT.TITLE_EN, announcement.titleEn())
			.set(NEWS_ANNOUNCEMENT.BODY_EN, announcement.bodyEn())
			.set(NEWS_ANNOUNCEMENT.IMAGE, image == null ? null : image.data())
			.set(NEWS_ANNOUNCEMENT.IMAGE_TYPE, image == null ? null : image.mediaType())
			.set(NEWS_ANNOUNCEMENT.IMAGE_ALT_DE, image == null ? null : image.altDe())
			.set(NEWS_ANNOUNCEMENT.IMAGE_ALT_EN, image == null ? null : image.altEn())
			.set(NEWS_ANNOUNCEMENT.UPDATED_AT, now);
		if (tagsAndTime) {
			Instant publishAt = announcement.publishAt();
			update = update.set(NEWS_ANNOUNCEMENT.URGENT, announcement.urgent())
				.set(NEWS_ANNOUNCEMENT.PUBLISH_AT, publishAt == null ? now : publishAt);
		}
		boolean changed = update.where(NEWS_ANNOUNCEMENT.ID.eq(id))
			.and(NEWS_ANNOUNCEMENT.WITHDRAWN_AT.isNull())
			.execute() == 1;
		if (changed && tagsAndTime) {
			this.dsl.deleteFrom(NEWS_ANNOUNCEMENT_TOPIC)
				.where(NEWS_ANNOUNCEMENT_TOPIC.ANNOUNCEMENT_ID.eq(id))
				.execute();
			this.dsl.deleteFrom(NEWS_ANNOUNCEMENT_DISTRICT)
				.where(NEWS_ANNOUNCEMENT_DISTRICT.ANNOUNCEMENT_ID.eq(id))
				.execute();
			setTags(id, announcement.topicIds(), announcement.districtIds());
		}
		return changed;
	}

	private void setTags(long id, Set<Long> topicIds, Set<Long> districtIds) {
		for (long topic : topicIds) {
			this.dsl.insertInto(NEWS_ANNOUNCEMENT_TOPIC)
				.set(NEWS_ANNOUNCEMENT_TOPIC.ANNOUNCEMENT_ID, id)
				.set(NEWS_ANNOUNCEMENT_TOPIC.TOPIC_ID, topic)
				.execute();
		}
		for (long district : districtIds) {
			this.dsl.insertInto(NEWS_ANNOUNCEMENT_DISTRICT)
				.set(NEWS_ANNOUNCEMENT_DISTRICT.ANNOUNCEMENT_ID, id)
				.set(NEWS_ANNOUNCEMENT_DISTRICT.DISTRICT_ID, district)
				.execute();
		}
	}

	/**
	 * Marks a planned announcement as published; false when it was already out or
	 * withdrawn (so its event is published once).
	 */
	boolean markPublished(long id, Instant now) {
		return this.dsl.update(NEWS_ANNOUNCEMENT)
			.set(NEWS_ANNOUNCEMENT.PUBLISHED_AT, now)
			.set(NEWS_ANNOUNCEMENT.PUBLISH_AT, DSL.least(NEWS_ANNOUNCEMENT.PUBLISH_AT, DSL.val(now)))
			.where(NEWS_ANNOUNCEMENT.ID.eq(id))
			.and(NEWS_ANNOUNCEMENT.PUBLISHED_AT.isNull())
			.and(NEWS_ANNOUNCEMENT.WITHDRAWN_AT.isNull())
			.execute() == 1;
	}

	/** False when it was withdrawn already. */
	boolean markWithdrawn(long id, Instant now) {
		return this.dsl.update(NEWS_ANNOUNCEMENT)
			.set(NEWS_ANNOUNCEMENT.WITHDRAWN_AT, now)
			.where(NEWS_ANNOUNCEMENT.ID.eq(id))
			.and(NEWS_ANNOUNCEMENT.WITHDRAWN_AT.isNull())
			.execute() == 1;
	}

	/**
	 * Planned announcements whose time has come, locked for this transaction; rows
	 * another instance is releasing right now are skipped.
	 */
	List<Due> lockDue(Instant now, int limit) {
		return this.dsl.select(NEWS_ANNOUNCEMENT.ID, NEWS_ANNOUNCEMENT.URGENT)
			.from(NEWS_ANNOUNCEMENT)
			.where(NEWS_ANNOUNCEMENT.PUBLISHED_AT.isNull())
			.and(NEWS_ANNOUNCEMENT.WITHDRAWN_AT.isNull())
			.and(NEWS_ANNOUNCEMENT.PUBLISH_AT.le(now))
			.orderBy(NEWS_ANNOUNCEMENT.PUBLISH_AT, NEWS_ANNOUNCEMENT.ID)
			.limit(limit)
			.forUpdate()
			.skipLocked()
			.fetch(Records.mapping(Due::new));
	}

	boolean anyAnnouncement() {
		return this.dsl.fetchExists(NEWS_ANNOUNCEMENT);
	}

	Optional<Long> accountId(String username) {
		return this.dsl.select(ACCOUNT.ID).from(ACCOUNT).where(ACCOUNT.USERNAME.eq(username)).fetchOptional(ACCOUNT.ID);
	}

	// interests

	Interests interests(long accountId) {
		Set<Long> topics = new HashSet<>(this.dsl.select(NEWS_INTEREST_TOPIC.TOPIC_ID)
			.from(NEWS_INTEREST_TOPIC)
			.where(NEWS_INTEREST_TOPIC.ACCOUNT_ID.eq(accountId))
			.fetch(NEWS_INTEREST_TOPIC.TOPIC_ID));
		Set<Long> districts = new HashSet<>(this.dsl.select(NEWS_INTEREST_DISTRICT.DISTRICT_ID)
			.from(NEWS_INTEREST_DISTRICT)
			.where(NEWS_INTEREST_DISTRICT.ACCOUNT_ID.eq(accountId))
			.fetch(NEWS_INTEREST_DISTRICT.DISTRICT_ID));
		return new Interests(topics, districts);
	}

	void saveInterests(long accountId, Interests interests) {
		this.dsl.deleteFrom(NEWS_INTEREST_TOPIC).where(NEWS_INTEREST_TOPIC.ACCOUNT_ID.eq(accountId)).execute();
		this.dsl.deleteFrom(NEWS_INTEREST_DISTRICT).where(NEWS_INTEREST_DISTRICT.ACCOUNT_ID.eq(accountId)).execute();
		for (long topic : interests.topicIds()) {
			this.dsl.insertInto(NEWS_INTEREST_TOPIC)
				.set(NEWS_INTEREST_TOPIC.ACCOUNT_ID, accountId)
				.set(NEWS_INTEREST_TOPIC.TOPIC_ID, topic)
				.execute();
		}
		for (long district : interests.districtIds()) {
			this.dsl.insertInto(NEWS_INTEREST_DISTRICT)
				.set(NEWS_INTEREST_DISTRICT.ACCOUNT_ID, accountId)
				.set(NEWS_INTEREST_DISTRICT.DISTRICT_ID, district)
				.execute();
		}
	}

	/**
	 * Who hears about the announcement, in one query: enabled accounts following at least
	 * one area, where (an area matches or it is urgent) and (it is for the whole city, or
	 * the person chose no district, or a district matches). Nobody for a withdrawn one.
	 */
	List<Long> recipients(long announcementId) {
		var interest = NEWS_INTEREST_TOPIC;
		Condition topicMatches = NEWS_ANNOUNCEMENT.URGENT.isTrue()
			.or(interest.TOPIC_ID.in(select(NEWS_ANNOUNCEMENT_TOPIC.TOPIC_ID).from(NEWS_ANNOUNCEMENT_TOPIC)
				.where(NEWS_ANNOUNCEMENT_TOPIC.ANNOUNCEMENT_ID.eq(announcementId))));
		Condition districtMatches = notExists(selectOne().from(NEWS_ANNOUNCEMENT_DISTRICT)
			.where(NEWS_ANNOUNCEMENT_DISTRICT.ANNOUNCEMENT_ID.eq(announcementId)))
			.or(notExists(selectOne().from(NEWS_INTEREST_DISTRICT)
				.where(NEWS_INTEREST_DISTRICT.ACCOUNT_ID.eq(interest.ACCOUNT_ID))))
			.or(exists(selectOne().from(NEWS_INTEREST_DISTRICT)
				.join(NEWS_ANNOUNCEMENT_DISTRICT)
				.on(NEWS_ANNOUNCEMENT_DISTRICT.DISTRICT_ID.eq(NEWS_INTEREST_DISTRICT.DISTRICT_ID))
				.where(NEWS_INTEREST_DISTRICT.ACCOUNT_ID.eq(interest.ACCOUNT_ID))
				.and(NEWS_ANNOUNCEMENT_DISTRICT.ANNOUNCEMENT_ID.eq(announcementId))));
		return this.dsl.selectDistinct(interest.ACCOUNT_ID)
			.from(interest)
			.join(ACCOUNT)
			.on(ACCOUNT.ID.eq(interest.ACCOUNT_ID))
			.join(NEWS_ANNOUNCEMENT)
			.on(NEWS_ANNOUNCEMENT.ID.eq(announcementId))
			.where(ACCOUNT.ENABLED.isTrue())
			.and(NEWS_ANNOUNCEMENT.WITHDRAWN_AT.isNull())
			.and(topicMatches)
			.and(districtMatches)
			.orderBy(interest.ACCOUNT_ID)
			.fetch(interest.ACCOUNT_ID);
	}

	private static Announcement toAnnouncement(Record r) {
		return new Announcement(r.get(NEWS_ANNOUNCEMENT.ID), r.get(NEWS_ANNOUNCEMENT.TITLE_DE),
				r.get(NEWS_ANNOUNCEMENT.BODY_DE), r.get(NEWS_ANNOUNCEMENT.TITLE_EN), r.get(NEWS_ANNOUNCEMENT.BODY_EN),
				r.get(NEWS_ANNOUNCEMENT.URGENT), r.get(TOPICS), r.get(DISTRICTS), r.get(HAS_IMAGE),
				r.get(NEWS_ANNOUNCEMENT.IMAGE_ALT_DE), r.get(NEWS_ANNOUNCEMENT.IMAGE_ALT_EN),
				r.get(NEWS_ANNOUNCEMENT.PUBLISH_AT), r.get(NEWS_ANNOUNCEMENT.PUBLISHED_AT),
				r.get(NEWS_ANNOUNCEMENT.WITHDRAWN_AT));
	}

}
