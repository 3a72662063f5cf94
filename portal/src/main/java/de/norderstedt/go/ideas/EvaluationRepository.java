package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.db.Tables.IDEA_CRITERIA_SET;
import static de.norderstedt.go.db.Tables.IDEA_CRITERION;
import static de.norderstedt.go.db.Tables.IDEA_GROUP;
import static de.norderstedt.go.db.Tables.IDEA_GROUP_MEMBER;
import static de.norderstedt.go.db.Tables.IDEA_ROUND;
import static de.norderstedt.go.db.Tables.IDEA_ROUND_ITEM;
import static de.norderstedt.go.db.Tables.IDEA_SCORE;
import static de.norderstedt.go.db.Tables.IDEA_SCORE_SHEET;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

import de.norderstedt.go.db.tables.records.IdeaCriterionRecord;
import org.jspecify.annotations.Nullable;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/** Criteria sets, evaluation rounds, the members' sheets and their raw scores. */
@Repository
class EvaluationRepository {

	private final DSLContext dsl;

	EvaluationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	// ---------- criteria ----------

	/** The newest criteria set, locked until the transaction ends when {@code lock}. */
	CriteriaSet currentSet(boolean lock) {
		var query = this.dsl.select(IDEA_CRITERIA_SET.ID)
			.from(IDEA_CRITERIA_SET)
			.orderBy(IDEA_CRITERIA_SET.VERSION.desc())
			.limit(1);
		long id = Objects
			.requireNonNull(lock ? query.forUpdate().fetchSingle().value1() : query.fetchSingle().value1());
		return set(id);
	}

	CriteriaSet set(long setId) {
		int version = this.dsl.select(IDEA_CRITERIA_SET.VERSION)
			.from(IDEA_CRITERIA_SET)
			.where(IDEA_CRITERIA_SET.ID.eq(setId))
			.fetchSingle()
			.value1();
		List<Criterion> criteria = this.dsl.selectFrom(IDEA_CRITERION)
			.where(IDEA_CRITERION.SET_ID.eq(setId))
			.orderBy(IDEA_CRITERION.POSITION)
			.fetch(EvaluationRepository::criterion);
		return new CriteriaSet(setId, version, criteria);
	}

	private static Criterion criterion(IdeaCriterionRecord r) {
		return new Criterion(r.getId(), r.getSlug(), r.getNameDe(), r.getNameEn(), r.getWeight(), r.getInverted(),
				List.of(r.getLevelsDe()), List.of(r.getLevelsEn()));
	}

	/**
	 * A new version of the set with other weights (criteria by slug, in the same order
	 * and with the same words).
	 */
	long insertVersion(CriteriaSet from, Map<String, Integer> weights, @Nullable Long by, Instant now) {
		long setId = Objects.requireNonNull(this.dsl.insertInto(IDEA_CRITERIA_SET)
			.set(IDEA_CRITERIA_SET.VERSION, from.version() + 1)
			.set(IDEA_CRITERIA_SET.CREATED_AT, now)
			.set(IDEA_CRITERIA_SET.CREATED_BY, by)
			.returning(IDEA_CRITERIA_SET.ID)
			.fetchSingle(IDEA_CRITERIA_SET.ID));
		int position = 1;
		for (Criterion criterion : from.criteria()) {
			this.dsl.insertInto(IDEA_CRITERION)
				.set(IDEA_CRITERION.SET_ID, setId)
				.set(IDEA_CRITERION.SLUG, criterion.slug())
				.set(IDEA_CRITERION.POSITION, position++)
				.set(IDEA_CRITERION.NAME_DE, criterion.nameDe())
				.set(IDEA_CRITERION.NAME_EN, criterion.nameEn())
				.set(IDEA_CRITERION.WEIGHT, weights.get(criterion.slug()))
				.set(IDEA_CRITERION.INVERTED, criterion.inverted())
				.set(IDEA_CRITERION.LEVELS_DE, criterion.levelsDe().toArray(String[]::new))
				.set(IDEA_CRITERION.LEVELS_EN, criterion.levelsEn().toArray(String[]::new))
				.execute();
		}
		return setId;
	}

	/** Open rounds nobody scored in yet take the new version. */
	int moveUnscoredOpenRounds(long setId) {
		return this.dsl.update(IDEA_ROUND)
			.set(IDEA_ROUND.SET_ID, setId)
			.where(IDEA_ROUND.CLOSED_AT.isNull())
			.andNotExists(DSL.selectOne().from(IDEA_SCORE).where(IDEA_SCORE.ROUND_ID.eq(IDEA_ROUND.ID)))
			.execute();
	}

	// ---------- working groups ----------

	boolean isMember(long groupId, long accountId) {
		return this.dsl.fetchExists(IDEA_GROUP_MEMBER,
				IDEA_GROUP_MEMBER.GROUP_ID.eq(groupId).and(IDEA_GROUP_MEMBER.ACCOUNT_ID.eq(accountId)));
	}

	boolean isChair(long groupId, long accountId) {
		return this.dsl.fetchExists(IDEA_GROUP_MEMBER,
				IDEA_GROUP_MEMBER.GROUP_ID.eq(groupId)
					.and(IDEA_GROUP_MEMBER.ACCOUNT_ID.eq(accountId))
					.and(IDEA_GROUP_MEMBER.CHAIR));
	}

	void addMember(long groupId, long accountId, boolean chair, Instant now) {
		this.dsl.insertInto(IDEA_GROUP_MEMBER)
			.set(IDEA_GROUP_MEMBER.GROUP_ID, groupId)
			.set(IDEA_GROUP_MEMBER.ACCOUNT_ID, accountId)
			.set(IDEA_GROUP_MEMBER.CHAIR, chair)
			.set(IDEA_GROUP_MEMBER.JOINED_AT, now)
			.onConflict(IDEA_GROUP_MEMBER.GROUP_ID, IDEA_GROUP_MEMBER.ACCOUNT_ID)
			.doUpdate()
			.set(IDEA_GROUP_MEMBER.CHAIR, chair)
			.execute();
	}

	void removeMember(long groupId, long accountId) {
		this.dsl.deleteFrom(IDEA_GROUP_MEMBER)
			.where(IDEA_GROUP_MEMBER.GROUP_ID.eq(groupId))
			.and(IDEA_GROUP_MEMBER.ACCOUNT_ID.eq(accountId))
			.execute();
	}

	/** The members of the group: account id → whether they chair it, chairs first. */
	Map<Long, Boolean> members(long groupId) {
		return this.dsl.select(IDEA_GROUP_MEMBER.ACCOUNT_ID, IDEA_GROUP_MEMBER.CHAIR)
			.from(IDEA_GROUP_MEMBER)
			.where(IDEA_GROUP_MEMBER.GROUP_ID.eq(groupId))
			.orderBy(IDEA_GROUP_MEMBER.CHAIR.desc(), IDEA_GROUP_MEMBER.JOINED_AT)
			.fetchMap(IDEA_GROUP_MEMBER.ACCOUNT_ID, IDEA_GROUP_MEMBER.CHAIR);
	}

	Optional<IdeaGroup> group(long groupId) {
		return this.dsl.selectFrom(IDEA_GROUP)
			.where(IDEA_GROUP.ID.eq(groupId))
			.and(IDEA_GROUP.RETIRED_AT.isNull())
			.fetchOptional(
					r -> new IdeaGroup(r.getId(), r.getSlug(), r.getNameDe(), r.getNameEn(), r.getFirstAnswerDays()));
	}

	/** Locks an active group (its name and deadline change one at a time). */
	boolean lockGroup(long groupId) {
		return this.dsl.select(IDEA_GROUP.ID)
			.from(IDEA_GROUP)
			.where(IDEA_GROUP.ID.eq(groupId).and(IDEA_GROUP.RETIRED_AT.isNull()))
			.forUpdate()
			.fetchOptional()
			.isPresent();
	}

	/** Whether another active group already has the German or the English name. */
	boolean groupNameTaken(String nameDe, String nameEn, @Nullable Long except) {
		return this.dsl.fetchExists(IDEA_GROUP,
				IDEA_GROUP.RETIRED_AT.isNull()
					.and(DSL.lower(IDEA_GROUP.NAME_DE)
						.eq(nameDe.toLowerCase(java.util.Locale.ROOT))
						.or(DSL.lower(IDEA_GROUP.NAME_EN).eq(nameEn.toLowerCase(java.util.Locale.ROOT))))
					.and(except == null ? DSL.trueCondition() : IDEA_GROUP.ID.ne(except)));
	}

	boolean slugTaken(String slug) {
		return this.dsl.fetchExists(IDEA_GROUP, IDEA_GROUP.SLUG.eq(slug));
	}

	long insertGroup(String slug, String nameDe, String nameEn, int firstAnswerDays) {
		Integer last = this.dsl.select(DSL.max(IDEA_GROUP.POSITION)).from(IDEA_GROUP).fetchOne(0, Integer.class);
		return Objects.requireNonNull(this.dsl.insertInto(IDEA_GROUP)
			.set(IDEA_GROUP.SLUG, slug)
			.set(IDEA_GROUP.NAME_DE, nameDe)
			.set(IDEA_GROUP.NAME_EN, nameEn)
			.set(IDEA_GROUP.FIRST_ANSWER_DAYS, firstAnswerDays)
			.set(IDEA_GROUP.POSITION, last == null ? 1 : last + 1)
			.returning(IDEA_GROUP.ID)
			.fetchSingle()
			.getId());
	}

	void updateGroup(long groupId, String nameDe, String nameEn, int firstAnswerDays) {
		this.dsl.update(IDEA_GROUP)
			.set(IDEA_GROUP.NAME_DE, nameDe)
			.set(IDEA_GROUP.NAME_EN, nameEn)
			.set(IDEA_GROUP.FIRST_ANSWER_DAYS, firstAnswerDays)
			.where(IDEA_GROUP.ID.eq(groupId))
			.execute();
	}

	/** Ideas the group leads that are not decided for good, and its open rounds. */
	int openWork(long groupId) {
		return this.dsl.fetchCount(IDEA,
				IDEA.LEAD_GROUP_ID.eq(groupId)
					.and(IDEA.STATE.in(IdeaState.SUBMITTED, IdeaState.IN_REVIEW, IdeaState.STORED,
							IdeaState.IN_EVALUATION, IdeaState.SELECTED, IdeaState.IN_PROGRESS)))
				+ this.dsl.fetchCount(IDEA_ROUND, IDEA_ROUND.GROUP_ID.eq(groupId).and(IDEA_ROUND.CLOSED_AT.isNull()));
	}

	void retireGroup(long groupId, Instant now) {
		this.dsl.update(IDEA_GROUP).set(IDEA_GROUP.RETIRED_AT, now).where(IDEA_GROUP.ID.eq(groupId)).execute();
	}

	// ---------- rounds ----------

	long insertRound(long groupId, long setId, String title, @Nullable Long by, Instant now) {
		return Objects.requireNonNull(this.dsl.insertInto(IDEA_ROUND)
			.set(IDEA_ROUND.GROUP_ID, groupId)
			.set(IDEA_ROUND.SET_ID, setId)
			.set(IDEA_ROUND.TITLE, title)
			.set(IDEA_ROUND.OPENED_AT, now)
			.set(IDEA_ROUND.OPENED_BY, by)
			.returning(IDEA_ROUND.ID)
			.fetchSingle(IDEA_ROUND.ID));
	}

	boolean hasOpenRound(long groupId) {
		return this.dsl.fetchExists(IDEA_ROUND, IDEA_ROUND.GROUP_ID.eq(groupId).and(IDEA_ROUND.CLOSED_AT.isNull()));
	}

	void insertItem(long roundId, long ideaId) {
		this.dsl.insertInto(IDEA_ROUND_ITEM)
			.set(IDEA_ROUND_ITEM.ROUND_ID, roundId)
			.set(IDEA_ROUND_ITEM.IDEA_ID, ideaId)
			.execute();
	}

	/**
	 * Published, visible ideas of the group that a round may take: in review or in the
	 * Ideenspeicher, and in no open round.
	 */
	List<RoundCandidate> eligible(long groupId, LocalDate today, int limit) {
		return this.dsl
			.select(IDEA.ID, IDEA.TITLE, IDEA.STATE,
					DSL.field(IDEA.STATE.eq(IdeaState.STORED).and(IDEA.RESUBMIT_ON.le(today))))
			.from(IDEA)
			.where(IDEA.LEAD_GROUP_ID.eq(groupId))
			.and(IDEA.PUBLISHED_AT.isNotNull())
			.and(IDEA.HIDDEN_AT.isNull())
			.and(IDEA.STATE.in(IdeaState.IN_REVIEW, IdeaState.STORED))
			.orderBy(IDEA.PUBLISHED_AT)
			.limit(limit)
			.fetch(r -> new RoundCandidate(r.value1(), r.value2(), r.value3(), Boolean.TRUE.equals(r.value4())));
	}

	/** Whether the idea is published, visible, of the group and in review or stored. */
	boolean isEligible(long groupId, long ideaId) {
		return this.dsl.fetchExists(IDEA,
				IDEA.ID.eq(ideaId)
					.and(IDEA.LEAD_GROUP_ID.eq(groupId))
					.and(IDEA.PUBLISHED_AT.isNotNull())
					.and(IDEA.HIDDEN_AT.isNull())
					.and(IDEA.STATE.in(IdeaState.IN_REVIEW, IdeaState.STORED)));
	}

	Optional<Round> round(long roundId) {
		return roundQuery().where(IDEA_ROUND.ID.eq(roundId)).fetchOptional(EvaluationRepository::toRound);
	}

	/** The round, locked until the transaction ends. */
	Optional<Round> lockRound(long roundId) {
		this.dsl.select(IDEA_ROUND.ID).from(IDEA_ROUND).where(IDEA_ROUND.ID.eq(roundId)).forUpdate().fetchOptional();
		return round(roundId);
	}

	/** Rounds of the groups (all groups when null), open ones first, newest first. */
	List<Round> rounds(@Nullable Collection<Long> groupIds, int limit) {
		var query = roundQuery();
		var where = groupIds == null ? query.where(DSL.trueCondition()) : query.where(IDEA_ROUND.GROUP_ID.in(groupIds));
		return where.orderBy(IDEA_ROUND.CLOSED_AT.isNull().desc(), IDEA_ROUND.OPENED_AT.desc())
			.limit(limit)
			.fetch(EvaluationRepository::toRound);
	}

	/** Closed rounds (their decisions are public), newest first. */
	List<Round> closedRounds(int limit) {
		return roundQuery().where(IDEA_ROUND.CLOSED_AT.isNotNull())
			.orderBy(IDEA_ROUND.CLOSED_AT.desc())
			.limit(limit)
			.fetch(EvaluationRepository::toRound);
	}

	List<Long> groupsOf(long accountId) {
		return this.dsl.select(IDEA_GROUP_MEMBER.GROUP_ID)
			.from(IDEA_GROUP_MEMBER)
			.where(IDEA_GROUP_MEMBER.ACCOUNT_ID.eq(accountId))
			.fetch(IDEA_GROUP_MEMBER.GROUP_ID);
	}

	private org.jooq.SelectOnConditionStep<Record> roundQuery() {
		return this.dsl.select(IDEA_ROUND.fields())
			.select(IDEA_GROUP.fields())
			.from(IDEA_ROUND)
			.join(IDEA_GROUP)
			.on(IDEA_GROUP.ID.eq(IDEA_ROUND.GROUP_ID));
	}

	private static Round toRound(Record r) {
		IdeaGroup group = new IdeaGroup(r.get(IDEA_GROUP.ID), r.get(IDEA_GROUP.SLUG), r.get(IDEA_GROUP.NAME_DE),
				r.get(IDEA_GROUP.NAME_EN), r.get(IDEA_GROUP.FIRST_ANSWER_DAYS));
		return new Round(r.get(IDEA_ROUND.ID), group, r.get(IDEA_ROUND.SET_ID), r.get(IDEA_ROUND.TITLE),
				r.get(IDEA_ROUND.OPENED_AT), r.get(IDEA_ROUND.CLOSED_AT));
	}

	void close(long roundId, @Nullable Long by, Instant now) {
		this.dsl.update(IDEA_ROUND)
			.set(IDEA_ROUND.CLOSED_AT, now)
			.set(IDEA_ROUND.CLOSED_BY, by)
			.where(IDEA_ROUND.ID.eq(roundId))
			.execute();
	}

	// ---------- items, sheets, scores ----------

	/** An idea of a round with its decision, if any. */
	record Item(long ideaId, String title, IdeaState state, @Nullable IdeaState decision, @Nullable String rationale) {
	}

	List<Item> items(long roundId) {
		return this.dsl.select(IDEA.ID, IDEA.TITLE, IDEA.STATE, IDEA_ROUND_ITEM.DECISION, IDEA_ROUND_ITEM.RATIONALE)
			.from(IDEA_ROUND_ITEM)
			.join(IDEA)
			.on(IDEA.ID.eq(IDEA_ROUND_ITEM.IDEA_ID))
			.where(IDEA_ROUND_ITEM.ROUND_ID.eq(roundId))
			.orderBy(IDEA.TITLE, IDEA.ID)
			.fetch(r -> new Item(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	boolean hasItem(long roundId, long ideaId) {
		return this.dsl.fetchExists(IDEA_ROUND_ITEM,
				IDEA_ROUND_ITEM.ROUND_ID.eq(roundId).and(IDEA_ROUND_ITEM.IDEA_ID.eq(ideaId)));
	}

	int undecided(long roundId) {
		return this.dsl.fetchCount(IDEA_ROUND_ITEM,
				IDEA_ROUND_ITEM.ROUND_ID.eq(roundId).and(IDEA_ROUND_ITEM.DECISION.isNull()));
	}

	void decide(long roundId, long ideaId, IdeaState decision, String rationale, @Nullable Long by, Instant now) {
		this.dsl.update(IDEA_ROUND_ITEM)
			.set(IDEA_ROUND_ITEM.DECISION, decision)
			.set(IDEA_ROUND_ITEM.RATIONALE, rationale)
			.set(IDEA_ROUND_ITEM.DECIDED_BY, by)
			.set(IDEA_ROUND_ITEM.DECIDED_AT, now)
			.where(IDEA_ROUND_ITEM.ROUND_ID.eq(roundId))
			.and(IDEA_ROUND_ITEM.IDEA_ID.eq(ideaId))
			.execute();
	}

	/**
	 * Stores a member's sheet; false when they handed one in already (the primary key
	 * holds it to one).
	 */
	boolean insertSheet(long roundId, long ideaId, long accountId, @Nullable String conflictReason, Instant now) {
		return this.dsl.insertInto(IDEA_SCORE_SHEET)
			.set(IDEA_SCORE_SHEET.ROUND_ID, roundId)
			.set(IDEA_SCORE_SHEET.IDEA_ID, ideaId)
			.set(IDEA_SCORE_SHEET.ACCOUNT_ID, accountId)
			.set(IDEA_SCORE_SHEET.CONFLICT, conflictReason != null)
			.set(IDEA_SCORE_SHEET.CONFLICT_REASON, conflictReason)
			.set(IDEA_SCORE_SHEET.SUBMITTED_AT, now)
			.onConflictDoNothing()
			.execute() == 1;
	}

	void insertScores(long roundId, long ideaId, long accountId, long setId, Map<Long, Integer> scores) {
		var insert = this.dsl.insertInto(IDEA_SCORE, IDEA_SCORE.ROUND_ID, IDEA_SCORE.IDEA_ID, IDEA_SCORE.ACCOUNT_ID,
				IDEA_SCORE.SET_ID, IDEA_SCORE.CRITERION_ID, IDEA_SCORE.VALUE);
		for (Map.Entry<Long, Integer> score : scores.entrySet()) {
			insert = insert.values(roundId, ideaId, accountId, setId, score.getKey(), score.getValue().shortValue());
		}
		insert.execute();
	}

	/**
	 * The ideas of the round the account handed a sheet in for, and whether as a
	 * conflict.
	 */
	Map<Long, Boolean> sheetsOf(long roundId, long accountId) {
		return this.dsl.select(IDEA_SCORE_SHEET.IDEA_ID, IDEA_SCORE_SHEET.CONFLICT)
			.from(IDEA_SCORE_SHEET)
			.where(IDEA_SCORE_SHEET.ROUND_ID.eq(roundId))
			.and(IDEA_SCORE_SHEET.ACCOUNT_ID.eq(accountId))
			.fetchMap(IDEA_SCORE_SHEET.IDEA_ID, IDEA_SCORE_SHEET.CONFLICT);
	}

	/** How many members declared a conflict for the idea in the round. */
	int conflicts(long roundId, long ideaId) {
		return this.dsl.fetchCount(IDEA_SCORE_SHEET,
				IDEA_SCORE_SHEET.ROUND_ID.eq(roundId)
					.and(IDEA_SCORE_SHEET.IDEA_ID.eq(ideaId))
					.and(IDEA_SCORE_SHEET.CONFLICT));
	}

	/** The raw scores of the idea in the round: account → (criterion → score). */
	Map<Long, Map<Long, Integer>> scores(long roundId, long ideaId) {
		Map<Long, Map<Long, Integer>> sheets = new LinkedHashMap<>();
		this.dsl.select(IDEA_SCORE.ACCOUNT_ID, IDEA_SCORE.CRITERION_ID, IDEA_SCORE.VALUE)
			.from(IDEA_SCORE)
			.where(IDEA_SCORE.ROUND_ID.eq(roundId))
			.and(IDEA_SCORE.IDEA_ID.eq(ideaId))
			.orderBy(IDEA_SCORE.ACCOUNT_ID)
			.forEach(r -> sheets.computeIfAbsent(r.value1(), a -> new LinkedHashMap<>())
				.put(r.value2(), r.value3().intValue()));
		return sheets;
	}

}
