package de.norderstedt.go.database;

import java.util.List;
import java.util.Objects;

import static de.norderstedt.go.db.Tables.SERVER_KEY;

import org.jooq.DSLContext;
import org.springframework.stereotype.Repository;

@Repository
class ServerKeyRepository {

	private final DSLContext dsl;

	ServerKeyRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * The stored secret for the purpose; the candidate is stored first if there is none.
	 * Two instances starting together end up with the same secret.
	 */
	byte[] getOrCreate(String purpose, byte[] candidate) {
		this.dsl.insertInto(SERVER_KEY)
			.set(SERVER_KEY.PURPOSE, purpose)
			.set(SERVER_KEY.SECRET, candidate)
			.onConflict(SERVER_KEY.PURPOSE)
			.doNothing()
			.execute();
		return Objects.requireNonNull(this.dsl.select(SERVER_KEY.SECRET)
			.from(SERVER_KEY)
			.where(SERVER_KEY.PURPOSE.eq(purpose))
			.fetchSingle(SERVER_KEY.SECRET));
	}

	/** The purposes that have a stored secret. */
	List<String> purposes() {
		return this.dsl.select(SERVER_KEY.PURPOSE)
			.from(SERVER_KEY)
			.orderBy(SERVER_KEY.PURPOSE)
			.fetch(SERVER_KEY.PURPOSE);
	}

}
