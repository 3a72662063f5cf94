package de.norderstedt.go.ideas;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.db.Tables.IDEA_GROUP_MEMBER;
import static de.norderstedt.go.db.Tables.IDEA_TREND;
import static de.norderstedt.go.db.Tables.IDEA_TREND_LINK;

/** The Trendradar's entries and their links to parked ideas. */
@Repository
class TrendRepository {

	private final DSLContext dsl;

	TrendRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	long insert(String title, String description, @Nullable Long writtenBy, Instant now) {
		return Objects.requireNonNull(this.dsl.insertInto(IDEA_TREND)
			.set(IDEA_TREND.TITLE, title)
			.set(IDEA_TREND.DESCRIPTION, description)
			.set(IDEA_TREND.WRITTEN_BY, writtenBy)
			.set(IDEA_TREND.WRITTEN_AT, now)
			.returning(IDEA_TREND.ID)
			.fetchSingle()
			.getId());
	}

	boolean any() {
		return this.dsl.fetchExists(IDEA_TREND);
	}

	/** The parked idea with exactly this title, if one (for the demo data). */
	Optional<Long> parkedIdea(String title) {
		return this.dsl.select(IDEA.ID)
			.from(IDEA)
			.where(IDEA.TITLE.eq(title).and(IDEA.STATE.eq(IdeaState.STORED)))
			.limit(1)
			.fetchOptional(IDEA.ID);
	}

	boolean exists(long trendId) {
		return this.dsl.fetchExists(IDEA_TREND, IDEA_TREND.ID.eq(trendId));
	}

	/** Links the trend to the idea: true when the link is new. */
	boolean link(long trendId, long ideaId, @Nullable Long linkedBy, Instant now) {
		return this.dsl.insertInto(IDEA_TREND_LINK)
			.set(IDEA_TREND_LINK.TREND_ID, trendId)
			.set(IDEA_TREND_LINK.IDEA_ID, ideaId)
			.set(IDEA_TREND_LINK.LINKED_BY, linkedBy)
			.set(IDEA_TREND_LINK.LINKED_AT, now)
			.onConflictDoNothing()
			.execute() == 1;
	}

	/** The newest entries with the ideas linked to each. */
	List<Trend> newest(int limit) {
		Map<Long, List<Trend.LinkedIdea>> linked = new LinkedHashMap<>();
		List<Trend> trends = new ArrayList<>();
		var rows = this.dsl.selectFrom(IDEA_TREND)
			.orderBy(IDEA_TREND.WRITTEN_AT.desc(), IDEA_TREND.ID.desc())
			.limit(limit)
			.fetch();
		rows.forEach(r -> linked.put(r.getId(), new ArrayList<>()));
		this.dsl.select(IDEA_TREND_LINK.TREND_ID, IDEA.ID, IDEA.TITLE, IDEA.STATE)
			.from(IDEA_TREND_LINK)
			.join(IDEA)
			.on(IDEA.ID.eq(IDEA_TREND_LINK.IDEA_ID))
			.where(IDEA_TREND_LINK.TREND_ID.in(linked.keySet()))
			.orderBy(IDEA_TREND_LINK.LINKED_AT)
			.forEach(r -> Objects.requireNonNull(linked.get(r.value1()))
				.add(new Trend.LinkedIdea(r.value2(), r.value3(), r.value4())));
		rows.forEach(r -> trends.add(new Trend(r.getId(), r.getTitle(), r.getDescription(), r.getWrittenAt(),
				List.copyOf(Objects.requireNonNull(linked.get(r.getId()))))));
		return trends;
	}

	/** Published ideas parked in the Ideenspeicher, oldest decision first. */
	List<Trend.LinkedIdea> parked(int limit) {
		return this.dsl.select(IDEA.ID, IDEA.TITLE, IDEA.STATE)
			.from(IDEA)
			.where(IDEA.STATE.eq(IdeaState.STORED).and(IDEA.PUBLISHED_AT.isNotNull()).and(IDEA.HIDDEN_AT.isNull()))
			.orderBy(IDEA.STATE_CHANGED_AT, IDEA.ID)
			.limit(limit)
			.fetch(r -> new Trend.LinkedIdea(r.value1(), r.value2(), r.value3()));
	}

	/** What to tell the lead group of the idea about the trend linked to it. */
	Optional<TrendNews> news(long trendId, long ideaId) {
		return this.dsl.select(IDEA_TREND.TITLE, IDEA.TITLE, IDEA.LEAD_GROUP_ID)
			.from(IDEA_TREND_LINK)
			.join(IDEA_TREND)
			.on(IDEA_TREND.ID.eq(IDEA_TREND_LINK.TREND_ID))
			.join(IDEA)
			.on(IDEA.ID.eq(IDEA_TREND_LINK.IDEA_ID))
			.where(IDEA_TREND_LINK.TREND_ID.eq(trendId).and(IDEA_TREND_LINK.IDEA_ID.eq(ideaId)))
			.fetchOptional(r -> {
				Long group = r.value3();
				List<Long> members = group == null ? List.of()
						: this.dsl.select(IDEA_GROUP_MEMBER.ACCOUNT_ID)
							.from(IDEA_GROUP_MEMBER)
							.where(IDEA_GROUP_MEMBER.GROUP_ID.eq(group))
							.fetch(IDEA_GROUP_MEMBER.ACCOUNT_ID);
				return new TrendNews(trendId, r.value1(), ideaId, r.value2(), members);
			});
	}

}
