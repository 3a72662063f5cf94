package de.norderstedt.go.devices;

import static de.norderstedt.go.db.Tables.KIOSK_HANDOFF;

import java.time.Instant;
import java.util.Optional;

import de.norderstedt.go.accounts.Language;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

import org.jooq.DSLContext;

@Repository
class HandoffRepository {

	record Target(String target, Language language) {
	}

	record State(@Nullable Instant usedAt) {
	}

	private final DSLContext dsl;

	HandoffRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void insert(String tokenHash, String target, Language language, @Nullable Long deviceId, Instant now,
			Instant expiresAt) {
		this.dsl.insertInto(KIOSK_HANDOFF)
			.set(KIOSK_HANDOFF.TOKEN_HASH, tokenHash)
			.set(KIOSK_HANDOFF.TARGET, target)
			.set(KIOSK_HANDOFF.LANGUAGE, language)
			.set(KIOSK_HANDOFF.DEVICE_ID, deviceId)
			.set(KIOSK_HANDOFF.CREATED_AT, now)
			.set(KIOSK_HANDOFF.EXPIRES_AT, expiresAt)
			.execute();
	}

	/** Marks an unused, unexpired link as used in one statement: it works once. */
	Optional<Target> use(String tokenHash, Instant now) {
		return this.dsl.update(KIOSK_HANDOFF)
			.set(KIOSK_HANDOFF.USED_AT, now)
			.where(KIOSK_HANDOFF.TOKEN_HASH.eq(tokenHash))
			.and(KIOSK_HANDOFF.USED_AT.isNull())
			.and(KIOSK_HANDOFF.EXPIRES_AT.gt(now))
			.returning(KIOSK_HANDOFF.TARGET, KIOSK_HANDOFF.LANGUAGE)
			.fetchOptional(r -> new Target(r.getTarget(), r.getLanguage()));
	}

	Optional<State> find(String tokenHash) {
		return this.dsl.select(KIOSK_HANDOFF.USED_AT)
			.from(KIOSK_HANDOFF)
			.where(KIOSK_HANDOFF.TOKEN_HASH.eq(tokenHash))
			.fetchOptional(r -> new State(r.value1()));
	}

	/** Forgets links that ended long ago. */
	int deleteExpired(Instant before) {
		return this.dsl.deleteFrom(KIOSK_HANDOFF).where(KIOSK_HANDOFF.EXPIRES_AT.lt(before)).execute();
	}

}
