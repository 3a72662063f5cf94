package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.MAIL_OUTBOX;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

import org.jooq.DSLContext;
import org.jooq.Record;
import org.springframework.stereotype.Repository;

@Repository
class MailOutboxRepository {

	private final DSLContext dsl;

	MailOutboxRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Keeps the e-mail of a delivery once: a delivery sent again (a retry after a crash)
	 * finds it there and adds nothing. Returns whether it was new.
	 */
	boolean store(long deliveryId, String recipient, RenderedMail mail, Instant now) {
		return this.dsl.insertInto(MAIL_OUTBOX)
			.set(MAIL_OUTBOX.DELIVERY_ID, deliveryId)
			.set(MAIL_OUTBOX.RECIPIENT, recipient)
			.set(MAIL_OUTBOX.SUBJECT, mail.subject())
			.set(MAIL_OUTBOX.BODY, mail.body())
			.set(MAIL_OUTBOX.LANGUAGE, mail.language())
			.set(MAIL_OUTBOX.CREATED_AT, now)
			.onConflict(MAIL_OUTBOX.DELIVERY_ID)
			.doNothing()
			.execute() > 0;
	}

	List<OutboxMail> newest(int limit) {
		return this.dsl.selectFrom(MAIL_OUTBOX)
			.orderBy(MAIL_OUTBOX.CREATED_AT.desc(), MAIL_OUTBOX.ID.desc())
			.limit(limit)
			.fetch(MailOutboxRepository::mail);
	}

	Optional<OutboxMail> find(long id) {
		return this.dsl.selectFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.ID.eq(id)).fetchOptional(MailOutboxRepository::mail);
	}

	List<OutboxMail> forDelivery(long deliveryId) {
		return this.dsl.selectFrom(MAIL_OUTBOX)
			.where(MAIL_OUTBOX.DELIVERY_ID.eq(deliveryId))
			.fetch(MailOutboxRepository::mail);
	}

	private static OutboxMail mail(Record r) {
		return new OutboxMail(r.get(MAIL_OUTBOX.ID), r.get(MAIL_OUTBOX.RECIPIENT), r.get(MAIL_OUTBOX.SUBJECT),
				r.get(MAIL_OUTBOX.BODY), r.get(MAIL_OUTBOX.LANGUAGE), r.get(MAIL_OUTBOX.CREATED_AT));
	}

	/** Deletes the e-mails kept for this address. */
	int deleteTo(String recipient) {
		return this.dsl.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.RECIPIENT.eq(recipient)).execute();
	}

	/** Deletes the copies of e-mails made before the time. */
	int deleteMadeBefore(Instant before) {
		return this.dsl.deleteFrom(MAIL_OUTBOX).where(MAIL_OUTBOX.CREATED_AT.lt(before)).execute();
	}

}
