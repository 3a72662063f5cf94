package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.db.Tables.PROJECT;
import static de.norderstedt.go.db.Tables.PROJECT_MILESTONE;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class ProjectRepository {

	private final DSLContext dsl;

	ProjectRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	long insert(long ideaId, String title, String summary, int percentDone, @Nullable Long startedBy, Instant now) {
		return Objects.requireNonNull(this.dsl.insertInto(PROJECT)
			.set(PROJECT.IDEA_ID, ideaId)
			.set(PROJECT.TITLE, title)
			.set(PROJECT.SUMMARY, summary)
			.set(PROJECT.PERCENT_DONE, percentDone)
			.set(PROJECT.STARTED_BY, startedBy)
			.set(PROJECT.STARTED_AT, now)
			.returning(PROJECT.ID)
			.fetchSingle(PROJECT.ID));
	}

	boolean existsForIdea(long ideaId) {
		return this.dsl.fetchExists(PROJECT, PROJECT.IDEA_ID.eq(ideaId));
	}

	/**
	 * An idea in progress or done, of this title, without a project (for the demo data).
	 */
	Optional<Long> ideaWithoutProject(String title) {
		return this.dsl.select(IDEA.ID)
			.from(IDEA)
			.where(IDEA.TITLE.eq(title).and(IDEA.STATE.in(IdeaState.IN_PROGRESS, IdeaState.DONE)))
			.andNotExists(DSL.selectOne().from(PROJECT).where(PROJECT.IDEA_ID.eq(IDEA.ID)))
			.orderBy(IDEA.ID)
			.limit(1)
			.fetchOptional(IDEA.ID);
	}

	boolean any() {
		return this.dsl.fetchExists(PROJECT);
	}

	/** The project's row locked until the transaction ends; empty when unknown. */
	Optional<Project> lock(long projectId) {
		return this.dsl.select(PROJECT.ID)
			.from(PROJECT)
			.where(PROJECT.ID.eq(projectId))
			.forUpdate()
			.fetchOptional()
			.flatMap(r -> find(PROJECT.ID.eq(projectId)));
	}

	/** The project of the milestone, its row locked until the transaction ends. */
	Optional<Project> lockOfMilestone(long milestoneId) {
		return this.dsl.select(PROJECT_MILESTONE.PROJECT_ID)
			.from(PROJECT_MILESTONE)
			.where(PROJECT_MILESTONE.ID.eq(milestoneId))
			.fetchOptional(PROJECT_MILESTONE.PROJECT_ID)
			.flatMap(this::lock);
	}

	Optional<Project> find(long projectId) {
		return find(PROJECT.ID.eq(projectId));
	}

	/** A project whose idea everyone may see. */
	Optional<Project> findPublic(long projectId) {
		return find(PROJECT.ID.eq(projectId).and(IdeaRepository.PUBLIC));
	}

	Optional<Project> findOfIdea(long ideaId) {
		return find(PROJECT.IDEA_ID.eq(ideaId));
	}

	private Optional<Project> find(Condition condition) {
		return this.dsl
			.select(PROJECT.ID, PROJECT.IDEA_ID, IDEA.TITLE, IDEA.STATE, IDEA.LEAD_GROUP_ID, PROJECT.TITLE,
					PROJECT.SUMMARY, PROJECT.PERCENT_DONE, PROJECT.STARTED_AT, PROJECT.FINISHED_AT, DSL
						.multiset(DSL.select(PROJECT_MILESTONE.ID, PROJECT_MILESTONE.POSITION, PROJECT_MILESTONE.TITLE,
								PROJECT_MILESTONE.DESCRIPTION, PROJECT_MILESTONE.DUE_ON, PROJECT_MILESTONE.REACHED_AT)
							.from(PROJECT_MILESTONE)
							.where(PROJECT_MILESTONE.PROJECT_ID.eq(PROJECT.ID))
							.orderBy(PROJECT_MILESTONE.POSITION))
						.convertFrom(r -> r.map(m -> new Milestone(m.value1(), m.value2(), m.value3(), m.value4(),
								m.value5(), m.value6()))))
			.from(PROJECT)
			.join(IDEA)
			.on(IDEA.ID.eq(PROJECT.IDEA_ID))
			.where(condition)
			.fetchOptional(r -> new Project(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), r.value8(), r.value9(), r.value10(), r.value11()));
	}

	/**
	 * Projects whose idea everyone may see (of the groups, all for null): running ones
	 * first, the newest first.
	 */
	List<ProjectSummary> list(boolean publicOnly, @Nullable List<Long> groups, int limit) {
		Field<Integer> reached = DSL.field(DSL.selectCount()
			.from(PROJECT_MILESTONE)
			.where(PROJECT_MILESTONE.PROJECT_ID.eq(PROJECT.ID).and(PROJECT_MILESTONE.REACHED_AT.isNotNull())));
		Field<Integer> all = DSL
			.field(DSL.selectCount().from(PROJECT_MILESTONE).where(PROJECT_MILESTONE.PROJECT_ID.eq(PROJECT.ID)));
		return this.dsl
			.select(PROJECT.ID, PROJECT.IDEA_ID, PROJECT.TITLE, PROJECT.PERCENT_DONE, PROJECT.STARTED_AT,
					PROJECT.FINISHED_AT, reached, all)
			.from(PROJECT)
			.join(IDEA)
			.on(IDEA.ID.eq(PROJECT.IDEA_ID))
			.where(publicOnly ? IdeaRepository.PUBLIC : DSL.trueCondition())
			.and(groups == null ? DSL.trueCondition() : IDEA.LEAD_GROUP_ID.in(groups))
			.orderBy(PROJECT.FINISHED_AT.isNotNull(), PROJECT.STARTED_AT.desc(), PROJECT.ID.desc())
			.limit(limit)
			.fetch(r -> new ProjectSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					Objects.requireNonNull(r.value7()), Objects.requireNonNull(r.value8())));
	}

	/** Selected ideas without a project (of the groups, all for null), oldest first. */
	List<IdeaSummary> selectedWithoutProject(@Nullable List<Long> groups, int limit) {
		return this.dsl
			.select(IDEA.ID, IDEA.TITLE, IDEA.STATE, IDEA.LEAD_GROUP_ID, IDEA.DISTRICT_ID, IDEA.TOPIC_ID,
					IDEA.SUPPORTS.plus(IDEA.KIOSK_SUPPORTS), IDEA.STATE_CHANGED_AT)
			.from(IDEA)
			.where(IDEA.STATE.eq(IdeaState.SELECTED).and(IdeaRepository.PUBLIC))
			.and(groups == null ? DSL.trueCondition() : IDEA.LEAD_GROUP_ID.in(groups))
			.andNotExists(DSL.selectOne().from(PROJECT).where(PROJECT.IDEA_ID.eq(IDEA.ID)))
			.orderBy(IDEA.STATE_CHANGED_AT, IDEA.ID)
			.limit(limit)
			.fetch(r -> new IdeaSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), r.value8()));
	}

	void percentDone(long projectId, int percent) {
		this.dsl.update(PROJECT).set(PROJECT.PERCENT_DONE, percent).where(PROJECT.ID.eq(projectId)).execute();
	}

	void finish(long projectId, Instant now) {
		this.dsl.update(PROJECT)
			.set(PROJECT.PERCENT_DONE, 100)
			.set(PROJECT.FINISHED_AT, now)
			.where(PROJECT.ID.eq(projectId))
			.execute();
	}

	/** Adds the milestone after the project's last one (the project's row is locked). */
	long insertMilestone(long projectId, String title, @Nullable String description, LocalDate dueOn,
			@Nullable Instant reachedAt) {
		Integer last = this.dsl.select(DSL.max(PROJECT_MILESTONE.POSITION))
			.from(PROJECT_MILESTONE)
			.where(PROJECT_MILESTONE.PROJECT_ID.eq(projectId))
			.fetchOne(0, Integer.class);
		return Objects.requireNonNull(this.dsl.insertInto(PROJECT_MILESTONE)
			.set(PROJECT_MILESTONE.PROJECT_ID, projectId)
			.set(PROJECT_MILESTONE.POSITION, last == null ? 1 : last + 1)
			.set(PROJECT_MILESTONE.TITLE, title)
			.set(PROJECT_MILESTONE.DESCRIPTION, description)
			.set(PROJECT_MILESTONE.DUE_ON, dueOn)
			.set(PROJECT_MILESTONE.REACHED_AT, reachedAt)
			.returning(PROJECT_MILESTONE.ID)
			.fetchSingle(PROJECT_MILESTONE.ID));
	}

	void updateMilestone(long milestoneId, String title, @Nullable String description, LocalDate dueOn) {
		this.dsl.update(PROJECT_MILESTONE)
			.set(PROJECT_MILESTONE.TITLE, title)
			.set(PROJECT_MILESTONE.DESCRIPTION, description)
			.set(PROJECT_MILESTONE.DUE_ON, dueOn)
			.where(PROJECT_MILESTONE.ID.eq(milestoneId))
			.execute();
	}

	/** Marks the milestone reached: true when it was not reached before. */
	boolean reach(long milestoneId, Instant now) {
		return this.dsl.update(PROJECT_MILESTONE)
			.set(PROJECT_MILESTONE.REACHED_AT, now)
			.where(PROJECT_MILESTONE.ID.eq(milestoneId).and(PROJECT_MILESTONE.REACHED_AT.isNull()))
			.execute() == 1;
	}

	/** A reached milestone with the project and idea it belongs to. */
	record Reached(long projectId, String projectTitle, String milestoneTitle, @Nullable String description,
			long ideaId) {
	}

	Optional<Reached> reached(long milestoneId) {
		return this.dsl
			.select(PROJECT.ID, PROJECT.TITLE, PROJECT_MILESTONE.TITLE, PROJECT_MILESTONE.DESCRIPTION, PROJECT.IDEA_ID)
			.from(PROJECT_MILESTONE)
			.join(PROJECT)
			.on(PROJECT.ID.eq(PROJECT_MILESTONE.PROJECT_ID))
			.where(PROJECT_MILESTONE.ID.eq(milestoneId).and(PROJECT_MILESTONE.REACHED_AT.isNotNull()))
			.fetchOptional(r -> new Reached(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

}
