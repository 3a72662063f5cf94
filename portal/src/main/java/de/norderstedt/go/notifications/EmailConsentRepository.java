package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.EMAIL_CONSENT;

import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.db.tables.records.EmailConsentRecord;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class EmailConsentRepository {

	/** One use of an address and where its confirmation stands. */
	record Consent(long id, @Nullable Long accountId, @Nullable Long ideaId, String email, Language language,
			@Nullable Instant tokenExpiresAt, @Nullable Instant sentAt, @Nullable Instant windowStartedAt,
			int sendsInWindow, @Nullable Instant confirmedAt, @Nullable Instant unsubscribedAt, Instant createdAt) {
	}

	private final DSLContext dsl;

	EmailConsentRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** The consent of the account's address, locked until the transaction ends. */
	Optional<Consent> forAccount(long accountId) {
		return this.dsl.selectFrom(EMAIL_CONSENT)
			.where(EMAIL_CONSENT.ACCOUNT_ID.eq(accountId))
			.forUpdate()
			.fetchOptional(EmailConsentRepository::consent);
	}

	/** The consent of the contact address left with the idea, locked. */
	Optional<Consent> forIdea(long ideaId) {
		return this.dsl.selectFrom(EMAIL_CONSENT)
			.where(EMAIL_CONSENT.IDEA_ID.eq(ideaId))
			.forUpdate()
			.fetchOptional(EmailConsentRepository::consent);
	}

	/**
	 * Whether the booking's address may receive its messages: given with the booking and
	 * not stopped since; empty when the booking has no row yet. Locked.
	 */
	Optional<Boolean> bookingMayReceive(long bookingId) {
		return this.dsl.select(EMAIL_CONSENT.CONFIRMED_AT)
			.from(EMAIL_CONSENT)
			.where(EMAIL_CONSENT.BOOKING_ID.eq(bookingId))
			.forUpdate()
			.fetchOptional(r -> r.value1() != null);
	}

	/**
	 * Whether all e-mail to the address was stopped with an unsubscribe link and not
	 * confirmed again since (an unsubscribe stops every use, a confirmation after it
	 * starts one anew).
	 */
	boolean stopped(String email) {
		var address = DSL.lower(EMAIL_CONSENT.EMAIL).eq(DSL.lower(DSL.val(email)));
		return this.dsl.fetchExists(EMAIL_CONSENT, address.and(EMAIL_CONSENT.UNSUBSCRIBED_AT.isNotNull()))
				&& !this.dsl.fetchExists(EMAIL_CONSENT, address.and(EMAIL_CONSENT.CONFIRMED_AT.isNotNull()));
	}

	/**
	 * The address of a guest booking, given for its messages at the time (or stopped at
	 * once, when all e-mail to it was stopped before). A row there already stays.
	 */
	void startForBooking(long bookingId, String email, Language language, String unsubscribeToken, boolean stopped,
			Instant now) {
		this.dsl.insertInto(EMAIL_CONSENT)
			.set(EMAIL_CONSENT.BOOKING_ID, bookingId)
			.set(EMAIL_CONSENT.EMAIL, email)
			.set(EMAIL_CONSENT.LANGUAGE, language)
			.set(EMAIL_CONSENT.CONFIRMED_AT, stopped ? null : now)
			.set(EMAIL_CONSENT.UNSUBSCRIBED_AT, stopped ? now : null)
			.set(EMAIL_CONSENT.UNSUBSCRIBE_TOKEN, unsubscribeToken)
			.set(EMAIL_CONSENT.CREATED_AT, now)
			.onConflictDoNothing()
			.execute();
	}

	/** Deletes the addresses of the bookings (their name and contact were deleted). */
	int deleteForBookings(List<Long> bookingIds) {
		return this.dsl.deleteFrom(EMAIL_CONSENT)
			.where(EMAIL_CONSENT.BOOKING_ID.eq(DSL.any(bookingIds.toArray(Long[]::new))))
			.execute();
	}

	/** The consent whose open link has this token hash, locked. */
	Optional<Consent> byTokenHash(String tokenHash) {
		return this.dsl.selectFrom(EMAIL_CONSENT)
			.where(EMAIL_CONSENT.TOKEN_HASH.eq(tokenHash))
			.forUpdate()
			.fetchOptional(EmailConsentRepository::consent);
	}

	/** The address whose unsubscribe token this is. */
	Optional<String> addressOfUnsubscribeToken(String token) {
		return this.dsl.select(EMAIL_CONSENT.EMAIL)
			.from(EMAIL_CONSENT)
			.where(EMAIL_CONSENT.UNSUBSCRIBE_TOKEN.eq(token))
			.fetchOptional(EMAIL_CONSENT.EMAIL);
	}

	/**
	 * Starts over for the account's or the idea's address: a new row (or the old one
	 * replaced) with the new link's hash, not confirmed.
	 */
	long start(@Nullable Long accountId, @Nullable Long ideaId, String email, Language language, String tokenHash,
			Instant expiresAt, String unsubscribeToken, Instant now) {
		EmailConsentRecord r = this.dsl.newRecord(EMAIL_CONSENT);
		r.setAccountId(accountId);
		r.setIdeaId(ideaId);
		r.setEmail(email);
		r.setLanguage(language);
		r.setTokenHash(tokenHash);
		r.setTokenExpiresAt(expiresAt);
		r.setSentAt(now);
		r.setWindowStartedAt(now);
		r.setSendsInWindow(1);
		r.setConfirmedAt(null);
		r.setUnsubscribeToken(unsubscribeToken);
		r.setUnsubscribedAt(null);
		r.setCreatedAt(now);
		Condition owner = accountId != null ? EMAIL_CONSENT.ACCOUNT_ID.eq(accountId) : EMAIL_CONSENT.IDEA_ID.eq(ideaId);
		this.dsl.deleteFrom(EMAIL_CONSENT).where(owner).execute();
		return Objects.requireNonNull(
				this.dsl.insertInto(EMAIL_CONSENT).set(r).returning(EMAIL_CONSENT.ID).fetchSingle(EMAIL_CONSENT.ID));
	}

	/** A new link for the same address; the old one stops working. */
	void resend(long id, String tokenHash, Instant expiresAt, Instant windowStartedAt, int sendsInWindow,
			Language language, Instant now) {
		this.dsl.update(EMAIL_CONSENT)
			.set(EMAIL_CONSENT.TOKEN_HASH, tokenHash)
			.set(EMAIL_CONSENT.TOKEN_EXPIRES_AT, expiresAt)
			.set(EMAIL_CONSENT.SENT_AT, now)
			.set(EMAIL_CONSENT.WINDOW_STARTED_AT, windowStartedAt)
			.set(EMAIL_CONSENT.SENDS_IN_WINDOW, sendsInWindow)
			.set(EMAIL_CONSENT.LANGUAGE, language)
			.set(EMAIL_CONSENT.UNSUBSCRIBED_AT, (Instant) null)
			.where(EMAIL_CONSENT.ID.eq(id))
			.execute();
	}

	/**
	 * Confirms. The link's hash stays, so opening it again says it was used (a new link
	 * or an unsubscribe removes it).
	 */
	void confirm(long id, Instant now) {
		this.dsl.update(EMAIL_CONSENT)
			.set(EMAIL_CONSENT.CONFIRMED_AT, now)
			.set(EMAIL_CONSENT.UNSUBSCRIBED_AT, (Instant) null)
			.where(EMAIL_CONSENT.ID.eq(id))
			.execute();
	}

	/**
	 * Stops every use of the address (any case of it): nothing is sent to it until it is
	 * confirmed again. Returns how many uses were stopped.
	 */
	int unsubscribe(String email, Instant now) {
		return this.dsl.update(EMAIL_CONSENT)
			.set(EMAIL_CONSENT.CONFIRMED_AT, (Instant) null)
			.set(EMAIL_CONSENT.UNSUBSCRIBED_AT, DSL.coalesce(EMAIL_CONSENT.UNSUBSCRIBED_AT, DSL.val(now)))
			.set(EMAIL_CONSENT.TOKEN_HASH, (String) null)
			.set(EMAIL_CONSENT.TOKEN_EXPIRES_AT, (Instant) null)
			.where(DSL.lower(EMAIL_CONSENT.EMAIL).eq(DSL.lower(DSL.val(email))))
			.execute();
	}

	void deleteForAccount(long accountId) {
		this.dsl.deleteFrom(EMAIL_CONSENT).where(EMAIL_CONSENT.ACCOUNT_ID.eq(accountId)).execute();
	}

	/** Whether the idea's contact address is confirmed (and not unsubscribed since). */
	boolean ideaConfirmed(long ideaId) {
		return this.dsl.fetchExists(EMAIL_CONSENT,
				EMAIL_CONSENT.IDEA_ID.eq(ideaId)
					.and(EMAIL_CONSENT.CONFIRMED_AT.isNotNull())
					.and(EMAIL_CONSENT.UNSUBSCRIBED_AT.isNull()));
	}

	/**
	 * Deletes the uses of addresses that were not confirmed a set time after the last
	 * link went out (an unsubscribe is kept: it says "no").
	 */
	int deleteUnconfirmedBefore(Instant before) {
		return this.dsl.deleteFrom(EMAIL_CONSENT)
			.where(EMAIL_CONSENT.CONFIRMED_AT.isNull())
			.and(EMAIL_CONSENT.UNSUBSCRIBED_AT.isNull())
			.and(DSL.coalesce(EMAIL_CONSENT.SENT_AT, EMAIL_CONSENT.CREATED_AT).lt(before))
			.execute();
	}

	List<DataEntry> forExport(long accountId) {
		return this.dsl.selectFrom(EMAIL_CONSENT)
			.where(EMAIL_CONSENT.ACCOUNT_ID.eq(accountId))
			.fetch(r -> DataEntry.of("kind", "email-confirmation", "email", r.getEmail(), "linkSentAt", r.getSentAt(),
					"linkExpiresAt", r.getTokenExpiresAt(), "confirmationTokenSha256", r.getTokenHash(), "confirmedAt",
					r.getConfirmedAt(), "unsubscribeToken", r.getUnsubscribeToken(), "unsubscribedAt",
					r.getUnsubscribedAt()));
	}

	private static Consent consent(EmailConsentRecord r) {
		return new Consent(r.getId(), r.getAccountId(), r.getIdeaId(), r.getEmail(), r.getLanguage(),
				r.getTokenExpiresAt(), r.getSentAt(), r.getWindowStartedAt(), r.getSendsInWindow(), r.getConfirmedAt(),
				r.getUnsubscribedAt(), r.getCreatedAt());
	}

}
