package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.PUSH_SUBSCRIPTION;

import java.time.Instant;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;

import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.jooq.impl.DSL;
import org.springframework.stereotype.Repository;

@Repository
class PushSubscriptionRepository {

	/** One of a person's browsers that receive push messages. */
	record Device(long id, String endpoint, String label, Instant createdAt) {
	}

	private final DSLContext dsl;

	PushSubscriptionRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Keeps the browser's subscription for the account. A browser that subscribes again
	 * (or for another person after a sign-out) keeps one row: the endpoint is unique.
	 */
	long save(long accountId, String endpoint, String p256dh, String auth, String label, Instant now) {
		return save(accountId, endpoint, p256dh, auth, label, null, now);
	}

	/**
	 * As above, naming the VAPID key the browser subscribed with (null: the legacy key).
	 */
	long save(long accountId, String endpoint, String p256dh, String auth, String label, @Nullable String vapidKeyId,
			Instant now) {
		return Objects.requireNonNull(this.dsl.insertInto(PUSH_SUBSCRIPTION)
			.set(PUSH_SUBSCRIPTION.ACCOUNT_ID, accountId)
			.set(PUSH_SUBSCRIPTION.ENDPOINT, endpoint)
			.set(PUSH_SUBSCRIPTION.P256DH, p256dh)
			.set(PUSH_SUBSCRIPTION.AUTH, auth)
			.set(PUSH_SUBSCRIPTION.DEVICE_LABEL, label)
			.set(PUSH_SUBSCRIPTION.VAPID_KEY_ID, vapidKeyId)
			.set(PUSH_SUBSCRIPTION.CREATED_AT, now)
			.onConflict(PUSH_SUBSCRIPTION.ENDPOINT)
			.doUpdate()
			.set(PUSH_SUBSCRIPTION.ACCOUNT_ID, accountId)
			.set(PUSH_SUBSCRIPTION.P256DH, p256dh)
			.set(PUSH_SUBSCRIPTION.AUTH, auth)
			.set(PUSH_SUBSCRIPTION.DEVICE_LABEL, label)
			.set(PUSH_SUBSCRIPTION.VAPID_KEY_ID, vapidKeyId)
			.returning(PUSH_SUBSCRIPTION.ID)
			.fetchSingle(PUSH_SUBSCRIPTION.ID));
	}

	boolean delete(long accountId, String endpoint) {
		return this.dsl.deleteFrom(PUSH_SUBSCRIPTION)
			.where(PUSH_SUBSCRIPTION.ACCOUNT_ID.eq(accountId))
			.and(PUSH_SUBSCRIPTION.ENDPOINT.eq(endpoint))
			.execute() > 0;
	}

	/** The push service said the subscription is gone (404, 410). */
	void delete(long subscriptionId) {
		this.dsl.deleteFrom(PUSH_SUBSCRIPTION).where(PUSH_SUBSCRIPTION.ID.eq(subscriptionId)).execute();
	}

	/** Removes one of the account's devices; someone else's stays. */
	boolean deleteOwn(long accountId, long subscriptionId) {
		return this.dsl.deleteFrom(PUSH_SUBSCRIPTION)
			.where(PUSH_SUBSCRIPTION.ID.eq(subscriptionId))
			.and(PUSH_SUBSCRIPTION.ACCOUNT_ID.eq(accountId))
			.execute() > 0;
	}

	boolean exists(long accountId, String endpoint) {
		return this.dsl.fetchExists(PUSH_SUBSCRIPTION,
				PUSH_SUBSCRIPTION.ACCOUNT_ID.eq(accountId).and(PUSH_SUBSCRIPTION.ENDPOINT.eq(endpoint)));
	}

	List<Device> devices(long accountId) {
		return this.dsl
			.select(PUSH_SUBSCRIPTION.ID, PUSH_SUBSCRIPTION.ENDPOINT, PUSH_SUBSCRIPTION.DEVICE_LABEL,
					PUSH_SUBSCRIPTION.CREATED_AT)
			.from(PUSH_SUBSCRIPTION)
			.where(PUSH_SUBSCRIPTION.ACCOUNT_ID.eq(accountId))
			.orderBy(PUSH_SUBSCRIPTION.CREATED_AT)
			.fetch(r -> new Device(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	/** The subscriptions of these accounts, by account. */
	Map<Long, List<Long>> subscriptionIds(Collection<Long> accountIds) {
		return this.dsl.select(PUSH_SUBSCRIPTION.ACCOUNT_ID, PUSH_SUBSCRIPTION.ID)
			.from(PUSH_SUBSCRIPTION)
			.where(PUSH_SUBSCRIPTION.ACCOUNT_ID.eq(DSL.any(accountIds.toArray(Long[]::new))))
			.fetchGroups(PUSH_SUBSCRIPTION.ACCOUNT_ID, PUSH_SUBSCRIPTION.ID);
	}

}
