package de.norderstedt.go.ideas;

import java.time.Duration;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.db.Tables.IDEA_GROUP;
import static de.norderstedt.go.db.Tables.IDEA_TRANSITION;
import static de.norderstedt.go.db.Tables.NEWS_DISTRICT;
import static de.norderstedt.go.db.Tables.NEWS_TOPIC;

/** Counts over the ideas for the dashboard, and the published ideas as open data. */
@Repository
class IdeaFiguresRepository {

	private final DSLContext dsl;

	IdeaFiguresRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	Map<IdeaState, Integer> byState() {
		Map<IdeaState, Integer> counts = new EnumMap<>(IdeaState.class);
		for (IdeaState state : IdeaState.values()) {
			counts.put(state, 0);
		}
		this.dsl.select(IDEA.STATE, DSL.count())
			.from(IDEA)
			.groupBy(IDEA.STATE)
			.forEach(r -> counts.put(r.value1(), r.value2()));
		return counts;
	}

	Map<IdeaChannel, Integer> byChannel() {
		Map<IdeaChannel, Integer> counts = new EnumMap<>(IdeaChannel.class);
		for (IdeaChannel channel : IdeaChannel.values()) {
			counts.put(channel, 0);
		}
		this.dsl.select(IDEA.CHANNEL, DSL.count())
			.from(IDEA)
			.groupBy(IDEA.CHANNEL)
			.forEach(r -> counts.put(r.value1(), r.value2()));
		return counts;
	}

	/**
	 * Published ideas per active group in the groups' order; the key null counts those
	 * without a lead group.
	 */
	Map<@Nullable Long, Integer> publishedByGroup() {
		Map<@Nullable Long, Integer> counts = new LinkedHashMap<>();
		this.dsl.select(IDEA.LEAD_GROUP_ID, DSL.count())
			.from(IDEA)
			.where(IDEA.PUBLISHED_AT.isNotNull())
			.groupBy(IDEA.LEAD_GROUP_ID)
			.forEach(r -> counts.put(r.value1(), r.value2()));
		return counts;
	}

	/** The median time from publication to the first answer; null when none. */
	@Nullable Duration medianFirstAnswer() {
		Field<Double> seconds = DSL.field("extract(epoch from {0} - {1})", Double.class, IDEA.FIRST_ANSWER_AT,
				IDEA.PUBLISHED_AT);
		Double median = this.dsl.select(DSL.percentileCont(0.5).withinGroupOrderBy(seconds))
			.from(IDEA)
			.where(IDEA.FIRST_ANSWER_AT.isNotNull().and(IDEA.PUBLISHED_AT.isNotNull()))
			.fetchOne(0, Double.class);
		return median == null ? null : Duration.ofSeconds(Math.round(median));
	}

	int answered() {
		return this.dsl.fetchCount(IDEA, IDEA.FIRST_ANSWER_AT.isNotNull().and(IDEA.PUBLISHED_AT.isNotNull()));
	}

	/**
	 * Changes of state (not the first entry, "submitted"), and how many are justified.
	 */
	int[] transitions() {
		var r = this.dsl
			.select(DSL.count(), DSL.count().filterWhere(DSL.length(DSL.trim(IDEA_TRANSITION.JUSTIFICATION)).gt(0)))
			.from(IDEA_TRANSITION)
			.where(IDEA_TRANSITION.FROM_STATE.isNotNull())
			.fetchSingle();
		return new int[] { r.value1(), r.value2() };
	}

	/** Every published, visible idea, oldest first, for one row at a time. */
	void eachPublished(boolean english, Consumer<OpenIdea> row) {
		Field<String> group = english ? IDEA_GROUP.NAME_EN : IDEA_GROUP.NAME_DE;
		Field<String> district = english ? NEWS_DISTRICT.NAME_EN : NEWS_DISTRICT.NAME_DE;
		Field<String> topic = english ? NEWS_TOPIC.NAME_EN : NEWS_TOPIC.NAME_DE;
		try (var cursor = this.dsl
			.select(IDEA.ID, IDEA.TITLE, IDEA.PROBLEM, IDEA.PROPOSAL, IDEA.BENEFICIARIES, IDEA.STATE, group, district,
					topic, IDEA.CHANNEL, IDEA.PUBLISHED_AT, IDEA.STATE_CHANGED_AT, IDEA.SUPPORTS, IDEA.KIOSK_SUPPORTS,
					IDEA.MERGED_INTO)
			.from(IDEA)
			.leftJoin(IDEA_GROUP)
			.on(IDEA_GROUP.ID.eq(IDEA.LEAD_GROUP_ID))
			.leftJoin(NEWS_DISTRICT)
			.on(NEWS_DISTRICT.ID.eq(IDEA.DISTRICT_ID))
			.leftJoin(NEWS_TOPIC)
			.on(NEWS_TOPIC.ID.eq(IDEA.TOPIC_ID))
			.where(IDEA.PUBLISHED_AT.isNotNull().and(IDEA.HIDDEN_AT.isNull()))
			.orderBy(IDEA.ID)
			.fetchSize(500)
			.fetchLazy()) {
			cursor.forEach(r -> row
				.accept(new OpenIdea(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(), r.value7(),
						r.value8(), r.value9(), r.value10(), java.util.Objects.requireNonNull(r.value11()), r.value12(),
						r.value13(), r.value14(), r.value15())));
		}
	}

}
