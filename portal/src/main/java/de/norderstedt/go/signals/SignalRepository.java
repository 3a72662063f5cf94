package de.norderstedt.go.signals;

import java.sql.Connection;

import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

/**
 * The SQL of the signal bus: {@code pg_notify} in the caller's transaction (PostgreSQL
 * delivers it at commit, and drops it at rollback), and {@code LISTEN} on the bus's own
 * connection.
 */
@Repository
class SignalRepository {

	private final DSLContext dsl;

	SignalRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void notify(String channel, String payload) {
		this.dsl.fetch("select 1 from pg_notify({0}, {1})", DSL.val(channel), DSL.val(payload));
	}

	static void listen(Connection connection, String channel) {
		DSL.using(connection, SQLDialect.POSTGRES).execute("listen {0}", DSL.name(channel));
	}

	/** A round trip that fails when the connection is gone. */
	static void ping(Connection connection) {
		DSL.using(connection, SQLDialect.POSTGRES).fetch("select 1");
	}

}
