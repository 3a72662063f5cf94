package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.EMAIL_CONSENT;
import static de.norderstedt.go.db.Tables.NOTIFICATION;
import static de.norderstedt.go.db.Tables.NOTIFICATION_DELIVERY;
import static de.norderstedt.go.db.Tables.NOTIFICATION_SETTINGS;
import static de.norderstedt.go.db.Tables.PUSH_SUBSCRIPTION;

import java.time.Duration;
import java.time.Instant;
import java.util.Collection;
import java.util.List;

import de.norderstedt.go.accounts.Language;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class DeliveryRepository {

	/** A push message or e-mail to be sent. */
	record NewDelivery(long notificationId, Channel channel, @Nullable Long subscriptionId, boolean urgent,
			Instant notBefore, Instant expiresAt) {
	}

	/**
	 * A claimed delivery with all it needs to be sent.
	 *
	 * @param accountId null for a message to a contact's e-mail address
	 * @param target the browser, for push
	 * @param email the person's address, for e-mail (null when they removed it)
	 * @param contactLanguage the language of a contact (null for an account)
	 * @param unsubscribeToken for e-mail: the unsubscribe token of the address when it is
	 * confirmed for this account (or, for a contact, for an idea); null when it may not
	 * receive e-mail
	 * @param confirmation the e-mail with the link that confirms the address
	 */
	record Claimed(long id, long notificationId, @Nullable Long accountId, NotificationCategory category,
			Channel channel, Message message, boolean urgent, Instant expiresAt, int attempts,
			@Nullable PushTarget target, @Nullable String email, @Nullable Language contactLanguage,
			@Nullable String unsubscribeToken, boolean confirmation) {
	}

	// PostgreSQL takes at most 65,535 parameters per statement
	private static final int ROWS_PER_INSERT = 2000;

	private final DSLContext dsl;

	DeliveryRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	void insert(List<NewDelivery> deliveries) {
		for (int from = 0; from < deliveries.size(); from += ROWS_PER_INSERT) {
			var insert = this.dsl.insertInto(NOTIFICATION_DELIVERY, NOTIFICATION_DELIVERY.NOTIFICATION_ID,
					NOTIFICATION_DELIVERY.CHANNEL, NOTIFICATION_DELIVERY.PUSH_SUBSCRIPTION_ID,
					NOTIFICATION_DELIVERY.URGENT, NOTIFICATION_DELIVERY.NOT_BEFORE, NOTIFICATION_DELIVERY.EXPIRES_AT);
			for (NewDelivery d : deliveries.subList(from, Math.min(deliveries.size(), from + ROWS_PER_INSERT))) {
				insert = insert.values(d.notificationId(), d.channel(), d.subscriptionId(), d.urgent(), d.notBefore(),
						d.expiresAt());
			}
			insert.onConflictDoNothing().execute();
		}
	}

	/** Gives up on pending deliveries whose time to live is over. */
	int expire(Instant now) {
		return this.dsl.update(NOTIFICATION_DELIVERY)
			.set(NOTIFICATION_DELIVERY.STATUS, DeliveryStatus.EXPIRED)
			.set(NOTIFICATION_DELIVERY.LAST_ERROR,
					DSL.coalesce(NOTIFICATION_DELIVERY.LAST_ERROR, DSL.val("time to live over")))
			.where(NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.PENDING))
			.and(NOTIFICATION_DELIVERY.EXPIRES_AT.le(now))
			.execute();
	}

	/**
	 * Claims up to {@code limit} due deliveries: counts the try and moves them out of
	 * reach for the lease, so another sender (or this one after a crash) takes them only
	 * when the lease is over.
	 */
	List<Long> claim(Instant now, Duration lease, int limit) {
		var due = DSL.select(NOTIFICATION_DELIVERY.ID)
			.from(NOTIFICATION_DELIVERY)
			.where(NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.PENDING))
			.and(NOTIFICATION_DELIVERY.NOT_BEFORE.le(now))
			.orderBy(NOTIFICATION_DELIVERY.NOT_BEFORE)
			.limit(limit)
			.forUpdate()
			.skipLocked();
		return this.dsl.update(NOTIFICATION_DELIVERY)
			.set(NOTIFICATION_DELIVERY.NOT_BEFORE, now.plus(lease))
			.set(NOTIFICATION_DELIVERY.ATTEMPTS, NOTIFICATION_DELIVERY.ATTEMPTS.plus(1))
			.where(NOTIFICATION_DELIVERY.ID.in(due))
			.returning(NOTIFICATION_DELIVERY.ID)
			.fetch(NOTIFICATION_DELIVERY.ID);
	}

	List<Claimed> claimed(Collection<Long> ids) {
		Field<String> address = DSL.coalesce(NOTIFICATION.CONTACT_EMAIL, NOTIFICATION_SETTINGS.EMAIL);
		// a confirmed address is never unsubscribed (a constraint): the token is there
		// exactly when the address may receive e-mail
		Field<String> unsubscribeToken = DSL.field(DSL.select(EMAIL_CONSENT.UNSUBSCRIBE_TOKEN)
			.from(EMAIL_CONSENT)
			.where(DSL.lower(EMAIL_CONSENT.EMAIL).eq(DSL.lower(address)))
			.and(EMAIL_CONSENT.CONFIRMED_AT.isNotNull())
			.and(NOTIFICATION.ACCOUNT_ID.isNull()
				.and(EMAIL_CONSENT.ACCOUNT_ID.isNull())
				.or(EMAIL_CONSENT.ACCOUNT_ID.eq(NOTIFICATION.ACCOUNT_ID)))
			.orderBy(EMAIL_CONSENT.ID)
			.limit(1));
		Field<Boolean> confirmation = DSL.field(NOTIFICATION.SOURCE.startsWith(EmailAddresses.CONFIRMATION_SOURCE));
		return this.dsl
			.select(NOTIFICATION_DELIVERY.ID, NOTIFICATION_DELIVERY.NOTIFICATION_ID, NOTIFICATION.ACCOUNT_ID,
					NOTIFICATION.CATEGORY, NOTIFICATION_DELIVERY.CHANNEL, NOTIFICATION.TITLE_DE, NOTIFICATION.BODY_DE,
					NOTIFICATION.TITLE_EN, NOTIFICATION.BODY_EN, NOTIFICATION.LINK, NOTIFICATION_DELIVERY.URGENT,
					NOTIFICATION_DELIVERY.EXPIRES_AT, NOTIFICATION_DELIVERY.ATTEMPTS, PUSH_SUBSCRIPTION.ID,
					PUSH_SUBSCRIPTION.ENDPOINT, PUSH_SUBSCRIPTION.P256DH, PUSH_SUBSCRIPTION.AUTH, address,
					NOTIFICATION.CONTACT_LANGUAGE, unsubscribeToken, confirmation, PUSH_SUBSCRIPTION.VAPID_KEY_ID)
			.from(NOTIFICATION_DELIVERY)
			.join(NOTIFICATION)
			.on(NOTIFICATION.ID.eq(NOTIFICATION_DELIVERY.NOTIFICATION_ID))
			.leftJoin(PUSH_SUBSCRIPTION)
			.on(PUSH_SUBSCRIPTION.ID.eq(NOTIFICATION_DELIVERY.PUSH_SUBSCRIPTION_ID))
			.leftJoin(NOTIFICATION_SETTINGS)
			.on(NOTIFICATION_SETTINGS.ACCOUNT_ID.eq(NOTIFICATION.ACCOUNT_ID))
			.where(NOTIFICATION_DELIVERY.ID.eq(DSL.any(ids.toArray(Long[]::new))))
			.fetch(r -> new Claimed(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(),
					new Message(r.value6(), r.value7(), r.value8(), r.value9(), r.value10()), r.value11(), r.value12(),
					r.value13(),
					r.value14() == null ? null
							: new PushTarget(r.value14(), r.value15(), r.value16(), r.value17(), r.value22()),
					r.value18(), r.value19(), r.value20(), Boolean.TRUE.equals(r.value21())));
	}

	/** Where a push message or e-mail stands. */
	record State(long notificationId, Channel channel, DeliveryStatus status, Instant notBefore,
			@Nullable Instant sentAt) {
	}

	/** The deliveries of the notifications. */
	List<State> states(Collection<Long> notificationIds) {
		return this.dsl
			.select(NOTIFICATION_DELIVERY.NOTIFICATION_ID, NOTIFICATION_DELIVERY.CHANNEL, NOTIFICATION_DELIVERY.STATUS,
					NOTIFICATION_DELIVERY.NOT_BEFORE, NOTIFICATION_DELIVERY.SENT_AT)
			.from(NOTIFICATION_DELIVERY)
			.where(NOTIFICATION_DELIVERY.NOTIFICATION_ID.eq(DSL.any(notificationIds.toArray(Long[]::new))))
			.orderBy(NOTIFICATION_DELIVERY.ID)
			.fetch(r -> new State(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	void sent(Collection<Long> ids, Instant now) {
		if (!ids.isEmpty()) {
			this.dsl.update(NOTIFICATION_DELIVERY)
				.set(NOTIFICATION_DELIVERY.STATUS, DeliveryStatus.SENT)
				.set(NOTIFICATION_DELIVERY.SENT_AT, now)
				.set(NOTIFICATION_DELIVERY.LAST_ERROR, (String) null)
				.where(NOTIFICATION_DELIVERY.ID.eq(DSL.any(ids.toArray(Long[]::new))))
				.and(NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.PENDING))
				.execute();
		}
	}

	void retry(long id, Instant notBefore, String error) {
		this.dsl.update(NOTIFICATION_DELIVERY)
			.set(NOTIFICATION_DELIVERY.NOT_BEFORE, notBefore)
			.set(NOTIFICATION_DELIVERY.LAST_ERROR, error)
			.where(NOTIFICATION_DELIVERY.ID.eq(id))
			.and(NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.PENDING))
			.execute();
	}

	/** Ends a delivery without sending it: EXPIRED, GONE or FAILED. */
	void end(long id, DeliveryStatus status, String error) {
		this.dsl.update(NOTIFICATION_DELIVERY)
			.set(NOTIFICATION_DELIVERY.STATUS, status)
			.set(NOTIFICATION_DELIVERY.LAST_ERROR, error)
			.where(NOTIFICATION_DELIVERY.ID.eq(id))
			.and(NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.PENDING))
			.execute();
	}

	/** Stops what is still waiting to be sent for the notifications from the source. */
	int withdraw(String source) {
		return this.dsl.update(NOTIFICATION_DELIVERY)
			.set(NOTIFICATION_DELIVERY.STATUS, DeliveryStatus.WITHDRAWN)
			.where(NOTIFICATION_DELIVERY.STATUS.eq(DeliveryStatus.PENDING))
			.and(NOTIFICATION_DELIVERY.NOTIFICATION_ID
				.in(DSL.select(NOTIFICATION.ID).from(NOTIFICATION).where(NOTIFICATION.SOURCE.eq(source))))
			.execute();
	}

	/**
	 * Deletes the deliveries that were finished (sent, given up, withdrawn) before the
	 * time: a delivery that was never sent counts as finished when it expired.
	 */
	int deleteFinishedBefore(Instant before) {
		return this.dsl.deleteFrom(NOTIFICATION_DELIVERY)
			.where(NOTIFICATION_DELIVERY.STATUS.ne(DeliveryStatus.PENDING))
			.and(DSL.coalesce(NOTIFICATION_DELIVERY.SENT_AT, NOTIFICATION_DELIVERY.EXPIRES_AT).lt(before))
			.execute();
	}

}
