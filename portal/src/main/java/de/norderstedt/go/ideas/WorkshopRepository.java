package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.ACCOUNT;
import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.db.Tables.WORKSHOP;
import static de.norderstedt.go.db.Tables.WORKSHOP_AUDIT;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class WorkshopRepository {

	private final DSLContext dsl;

	WorkshopRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	private static Field<Integer> ideaCount() {
		return DSL.field(DSL.selectCount().from(IDEA).where(IDEA.WORKSHOP_ID.eq(WORKSHOP.ID)));
	}

	long insert(String title, LocalDate heldOn, String place, @Nullable String notes, @Nullable Long createdBy,
			Instant now) {
		return Objects.requireNonNull(this.dsl.insertInto(WORKSHOP)
			.set(WORKSHOP.TITLE, title)
			.set(WORKSHOP.HELD_ON, heldOn)
			.set(WORKSHOP.PLACE, place)
			.set(WORKSHOP.NOTES, notes)
			.set(WORKSHOP.CREATED_BY, createdBy)
			.set(WORKSHOP.CREATED_AT, now)
			.returning(WORKSHOP.ID)
			.fetchSingle(WORKSHOP.ID));
	}

	/** The newest first. */
	List<Workshop> all(int limit) {
		return this.dsl
			.select(WORKSHOP.ID, WORKSHOP.TITLE, WORKSHOP.HELD_ON, WORKSHOP.PLACE, WORKSHOP.NOTES, ideaCount())
			.from(WORKSHOP)
			.orderBy(WORKSHOP.HELD_ON.desc(), WORKSHOP.ID.desc())
			.limit(limit)
			.fetch(org.jooq.Records.mapping(Workshop::new));
	}

	Optional<Workshop> find(long id) {
		return this.dsl
			.select(WORKSHOP.ID, WORKSHOP.TITLE, WORKSHOP.HELD_ON, WORKSHOP.PLACE, WORKSHOP.NOTES, ideaCount())
			.from(WORKSHOP)
			.where(WORKSHOP.ID.eq(id))
			.fetchOptional(org.jooq.Records.mapping(Workshop::new));
	}

	/** Locks the workshop's row while ideas are added to it; empty when there is none. */
	boolean lock(long id) {
		return this.dsl.select(WORKSHOP.ID)
			.from(WORKSHOP)
			.where(WORKSHOP.ID.eq(id))
			.forUpdate()
			.fetchOptional()
			.isPresent();
	}

	boolean exists(String title) {
		return this.dsl.fetchExists(WORKSHOP, WORKSHOP.TITLE.eq(title));
	}

	/** The workshop's ideas in the order they were entered. */
	List<WorkshopIdea> ideas(long workshopId) {
		return this.dsl
			.select(IDEA.ID, IDEA.TITLE, IDEA.ON_BEHALF_OF, IDEA.CHANNEL, IDEA.RECEIPT_CODE, IDEA.STATE,
					IDEA.CREATED_AT)
			.from(IDEA)
			.where(IDEA.WORKSHOP_ID.eq(workshopId))
			.orderBy(IDEA.ID)
			.fetch(org.jooq.Records.mapping(WorkshopIdea::new));
	}

	void audit(long workshopId, WorkshopAction action, @Nullable Long ideaId, @Nullable Long actor, Instant at) {
		this.dsl.insertInto(WORKSHOP_AUDIT)
			.set(WORKSHOP_AUDIT.WORKSHOP_ID, workshopId)
			.set(WORKSHOP_AUDIT.ACTION, action)
			.set(WORKSHOP_AUDIT.IDEA_ID, ideaId)
			.set(WORKSHOP_AUDIT.ACTOR_ID, actor)
			.set(WORKSHOP_AUDIT.AT, at)
			.execute();
	}

	void auditImport(long workshopId, int ideaCount, String fileSha256, @Nullable Long actor, Instant at) {
		this.dsl.insertInto(WORKSHOP_AUDIT)
			.set(WORKSHOP_AUDIT.WORKSHOP_ID, workshopId)
			.set(WORKSHOP_AUDIT.ACTION, WorkshopAction.CSV_IMPORTED)
			.set(WORKSHOP_AUDIT.IDEA_COUNT, ideaCount)
			.set(WORKSHOP_AUDIT.FILE_SHA256, fileSha256)
			.set(WORKSHOP_AUDIT.ACTOR_ID, actor)
			.set(WORKSHOP_AUDIT.AT, at)
			.execute();
	}

	/** When the file with this SHA-256 was imported for the workshop, if it was. */
	Optional<Instant> importedAt(long workshopId, String fileSha256) {
		return this.dsl.select(WORKSHOP_AUDIT.AT)
			.from(WORKSHOP_AUDIT)
			.where(WORKSHOP_AUDIT.WORKSHOP_ID.eq(workshopId))
			.and(WORKSHOP_AUDIT.FILE_SHA256.eq(fileSha256))
			.fetchOptional(WORKSHOP_AUDIT.AT);
	}

	/** The workshop's audit trail, oldest first. */
	List<WorkshopAuditEntry> trail(long workshopId) {
		return this.dsl
			.select(WORKSHOP_AUDIT.ACTION, ACCOUNT.DISPLAY_NAME, IDEA.TITLE, WORKSHOP_AUDIT.IDEA_COUNT,
					WORKSHOP_AUDIT.AT)
			.from(WORKSHOP_AUDIT)
			.leftJoin(ACCOUNT)
			.on(ACCOUNT.ID.eq(WORKSHOP_AUDIT.ACTOR_ID))
			.leftJoin(IDEA)
			.on(IDEA.ID.eq(WORKSHOP_AUDIT.IDEA_ID))
			.where(WORKSHOP_AUDIT.WORKSHOP_ID.eq(workshopId))
			.orderBy(WORKSHOP_AUDIT.AT, WORKSHOP_AUDIT.ID)
			.fetch(r -> new WorkshopAuditEntry(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	/**
	 * Forgets the names of the people ideas were entered for, once decided long enough.
	 */
	int forgetNamesDecidedBefore(Instant before) {
		return this.dsl.update(IDEA)
			.setNull(IDEA.ON_BEHALF_OF)
			.where(IDEA.ON_BEHALF_OF.isNotNull())
			.and(IDEA.STATE.in(IdeaState.DONE, IdeaState.MERGED, IdeaState.NOT_FEASIBLE, IdeaState.WITHDRAWN))
			.and(IDEA.STATE_CHANGED_AT.lt(before))
			.execute();
	}

}
