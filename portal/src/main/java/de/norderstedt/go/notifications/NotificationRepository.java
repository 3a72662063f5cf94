package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.NOTIFICATION;

import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.DataEntry;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class NotificationRepository {

	/** How the sources of the messages about bookings start. */
	static final String BOOKING_SOURCE = "booking-";

	// PostgreSQL takes at most 65,535 parameters per statement
	private static final int ROWS_PER_INSERT = 2000;

	private final DSLContext dsl;

	NotificationRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/**
	 * Stores the message once per person and source; returns the new notifications' ids
	 * by account (accounts that had it already are missing: a handler ran twice).
	 */
	Map<Long, Long> insert(Map<Long, Boolean> inAppByAccount, NotificationCategory category, String source,
			Message message, boolean urgent, Instant now) {
		List<Map.Entry<Long, Boolean>> rows = List.copyOf(inAppByAccount.entrySet());
		Map<Long, Long> created = new HashMap<>();
		for (int from = 0; from < rows.size(); from += ROWS_PER_INSERT) {
			var insert = this.dsl.insertInto(NOTIFICATION, NOTIFICATION.ACCOUNT_ID, NOTIFICATION.CATEGORY,
					NOTIFICATION.SOURCE, NOTIFICATION.TITLE_DE, NOTIFICATION.BODY_DE, NOTIFICATION.TITLE_EN,
					NOTIFICATION.BODY_EN, NOTIFICATION.LINK, NOTIFICATION.URGENT, NOTIFICATION.SHOWN_IN_APP,
					NOTIFICATION.CREATED_AT);
			for (Map.Entry<Long, Boolean> row : rows.subList(from, Math.min(rows.size(), from + ROWS_PER_INSERT))) {
				insert = insert.values(row.getKey(), category, source, message.titleDe(), message.bodyDe(),
						message.titleEn(), message.bodyEn(), message.link(), urgent, row.getValue(), now);
			}
			created.putAll(insert.onConflictDoNothing()
				.returning(NOTIFICATION.ACCOUNT_ID, NOTIFICATION.ID)
				.fetchMap(NOTIFICATION.ACCOUNT_ID, NOTIFICATION.ID));
		}
		return created;
	}

	/**
	 * A notification to a contact's e-mail address (never shown in an app).
	 * @return its id, empty when it was made before (the same source and address)
	 */
	Optional<Long> insertForContact(String email, Language language, NotificationCategory category, String source,
			Message message, Instant now) {
		return this.dsl.insertInto(NOTIFICATION)
			.set(NOTIFICATION.CONTACT_EMAIL, email)
			.set(NOTIFICATION.CONTACT_LANGUAGE, language)
			.set(NOTIFICATION.CATEGORY, category)
			.set(NOTIFICATION.SOURCE, source)
			.set(NOTIFICATION.TITLE_DE, message.titleDe())
			.set(NOTIFICATION.BODY_DE, message.bodyDe())
			.set(NOTIFICATION.TITLE_EN, message.titleEn())
			.set(NOTIFICATION.BODY_EN, message.bodyEn())
			.set(NOTIFICATION.LINK, message.link())
			.set(NOTIFICATION.URGENT, false)
			.set(NOTIFICATION.SHOWN_IN_APP, false)
			.set(NOTIFICATION.CREATED_AT, now)
			.onConflictDoNothing()
			.returning(NOTIFICATION.ID)
			.fetchOptional(NOTIFICATION.ID);
	}

	/**
	 * Deletes the messages to the guests' addresses about these bookings (their sources
	 * end in the booking's id, see {@code BookingMessages}).
	 */
	int deleteContactNotificationsOfBookings(List<Long> bookingIds) {
		Field<String> bookingId = DSL.field("substring({0} from ':([0-9]+)$')", String.class, NOTIFICATION.SOURCE);
		return this.dsl.deleteFrom(NOTIFICATION)
			.where(NOTIFICATION.ACCOUNT_ID.isNull())
			.and(NOTIFICATION.SOURCE.startsWith(BOOKING_SOURCE))
			.and(bookingId.eq(DSL.any(bookingIds.stream().map(String::valueOf).toArray(String[]::new))))
			.execute();
	}

	/**
	 * A message with a source and how it stands in the app.
	 *
	 * @param readAt when the person read it in the notification centre
	 */
	record Told(long id, String source, Instant createdAt, boolean shownInApp, @Nullable Instant readAt) {
	}

	/**
	 * The messages whose source is one of these or starts with one of the prefixes,
	 * oldest first (withdrawn ones too: they were told).
	 */
	List<Told> told(Collection<String> sources, Collection<String> prefixes) {
		Condition which = NOTIFICATION.SOURCE.in(sources);
		for (String prefix : prefixes) {
			which = which.or(NOTIFICATION.SOURCE.startsWith(prefix));
		}
		return this.dsl
			.select(NOTIFICATION.ID, NOTIFICATION.SOURCE, NOTIFICATION.CREATED_AT, NOTIFICATION.SHOWN_IN_APP,
					NOTIFICATION.READ_AT)
			.from(NOTIFICATION)
			.where(NOTIFICATION.ACCOUNT_ID.isNotNull())
			.and(which)
			.orderBy(NOTIFICATION.CREATED_AT, NOTIFICATION.ID)
			.fetch(r -> new Told(r.value1(), r.value2(), r.value3(), r.value4(), r.value5()));
	}

	/** Deletes the notifications to contacts' addresses made before the instant. */
	int deleteContactNotificationsBefore(Instant before) {
		return this.dsl.deleteFrom(NOTIFICATION)
			.where(NOTIFICATION.ACCOUNT_ID.isNull())
			.and(NOTIFICATION.CREATED_AT.lt(before))
			.execute();
	}

	List<Notification> inbox(long accountId, int limit) {
		return this.dsl.selectFrom(NOTIFICATION)
			.where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
			.and(NOTIFICATION.SHOWN_IN_APP)
			.and(NOTIFICATION.WITHDRAWN_AT.isNull())
			.orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
			.limit(limit)
			.fetch(NotificationRepository::notification);
	}

	List<Notification> inbox(long accountId, NotificationCategory category, int limit) {
		return this.dsl.selectFrom(NOTIFICATION)
			.where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
			.and(NOTIFICATION.CATEGORY.eq(category))
			.and(NOTIFICATION.SHOWN_IN_APP)
			.and(NOTIFICATION.WITHDRAWN_AT.isNull())
			.orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
			.limit(limit)
			.fetch(NotificationRepository::notification);
	}

	int unread(long accountId) {
		return this.dsl.fetchCount(NOTIFICATION,
				NOTIFICATION.ACCOUNT_ID.eq(accountId)
					.and(NOTIFICATION.SHOWN_IN_APP)
					.and(NOTIFICATION.WITHDRAWN_AT.isNull())
					.and(NOTIFICATION.READ_AT.isNull()));
	}

	boolean markRead(long accountId, long notificationId, Instant now) {
		return this.dsl.update(NOTIFICATION)
			.set(NOTIFICATION.READ_AT, now)
			.where(NOTIFICATION.ID.eq(notificationId))
			.and(NOTIFICATION.ACCOUNT_ID.eq(accountId))
			.and(NOTIFICATION.READ_AT.isNull())
			.execute() > 0;
	}

	int markAllRead(long accountId, Instant now) {
		return this.dsl.update(NOTIFICATION)
			.set(NOTIFICATION.READ_AT, now)
			.where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
			.and(NOTIFICATION.READ_AT.isNull())
			.execute();
	}

	/** Takes back everything made from the source; returns the accounts concerned. */
	List<Long> withdraw(String source, Instant now) {
		return this.dsl.update(NOTIFICATION)
			.set(NOTIFICATION.WITHDRAWN_AT, now)
			.where(NOTIFICATION.SOURCE.eq(source))
			.and(NOTIFICATION.WITHDRAWN_AT.isNull())
			.returning(NOTIFICATION.ACCOUNT_ID)
			.fetch(NOTIFICATION.ACCOUNT_ID);
	}

	private static Notification notification(Record r) {
		return new Notification(r.get(NOTIFICATION.ID), r.get(NOTIFICATION.CATEGORY), r.get(NOTIFICATION.TITLE_DE),
				r.get(NOTIFICATION.BODY_DE), r.get(NOTIFICATION.TITLE_EN), r.get(NOTIFICATION.BODY_EN),
				r.get(NOTIFICATION.LINK), r.get(NOTIFICATION.URGENT), r.get(NOTIFICATION.CREATED_AT),
				r.get(NOTIFICATION.READ_AT));
	}

	/** The messages the person got, newest first, in German and English. */
	List<DataEntry> forExport(long accountId) {
		return this.dsl
			.select(NOTIFICATION.CATEGORY, NOTIFICATION.TITLE_DE, NOTIFICATION.BODY_DE, NOTIFICATION.TITLE_EN,
					NOTIFICATION.CREATED_AT, NOTIFICATION.READ_AT, NOTIFICATION.WITHDRAWN_AT)
			.from(NOTIFICATION)
			.where(NOTIFICATION.ACCOUNT_ID.eq(accountId))
			.orderBy(NOTIFICATION.CREATED_AT.desc(), NOTIFICATION.ID.desc())
			.fetch(r -> DataEntry.of("kind", "message", "category", r.value1(), "title", r.value2(), "text", r.value3(),
					"titleEn", r.value4(), "createdAt", r.value5(), "readAt", r.value6(), "withdrawnAt", r.value7()));
	}

	/**
	 * Deletes the notifications to accounts made before the time, with their deliveries.
	 */
	int deleteAccountNotificationsBefore(Instant before) {
		return this.dsl.deleteFrom(NOTIFICATION)
			.where(NOTIFICATION.ACCOUNT_ID.isNotNull())
			.and(NOTIFICATION.CREATED_AT.lt(before))
			.execute();
	}

}
