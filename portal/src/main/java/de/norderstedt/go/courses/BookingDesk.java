package de.norderstedt.go.courses;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CompletionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.TransactionDefinition;
import org.springframework.transaction.TransactionStatus;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Books many people onto one date in few transactions. Capacity needs the date's row
 * lock, held until commit, so bookings of one date are one after another; when many
 * people book the same date at once (a popular course opens), each would wait for all the
 * commits before it. Here the bookings waiting for a date are booked together: one caller
 * (the first that finds the date free) locks the date once, books everyone queued in
 * order, commits once, and hands each caller their result. Correctness still rests on the
 * database lock, so several portal instances stay correct; the batching only saves
 * commits.
 */
@Component
class BookingDesk {

	/** At most this many bookings in one transaction, so that one batch stays short. */
	private static final int BATCH = 100;

	/**
	 * A booking ready to be stored: checked, with its code; {@code consent} only with an
	 * owner.
	 */
	record Pending(long dateId, String code, String name, @Nullable String phone, @Nullable String email,
			@Nullable Long owner, @Nullable Long bookedBy, boolean consent, Language language,
			CompletableFuture<Booking> result, Thread waiter) {

		void done(Booking booking) {
			this.result.complete(booking);
			LockSupport.unpark(this.waiter);
		}

		void failed(Throwable failure) {
			this.result.completeExceptionally(failure);
			LockSupport.unpark(this.waiter);
		}

	}

	private static final class Lane {

		final Queue<Pending> queue = new ConcurrentLinkedQueue<>();

		final AtomicBoolean busy = new AtomicBoolean();

	}

	private final Map<Long, Lane> lanes = new ConcurrentHashMap<>();

	private final BookingRepository bookings;

	private final ApplicationEventPublisher events;

	private final TransactionTemplate transaction;

	private final Clock clock;

	BookingDesk(BookingRepository bookings, ApplicationEventPublisher events, PlatformTransactionManager transactions,
			Clock clock) {
		this.bookings = bookings;
		this.events = events;
		this.transaction = new TransactionTemplate(transactions);
		this.transaction.setPropagationBehavior(TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		this.clock = clock;
	}

	/** Books, waiting for the result; throws what booking this one threw. */
	Booking book(Pending pending) {
		Lane lane = this.lanes.computeIfAbsent(pending.dateId(), id -> new Lane());
		lane.queue.add(pending);
		while (!pending.result().isDone()) {
			if (lane.busy.compareAndSet(false, true)) {
				try {
					// serve batches until this caller's own booking is done
					while (!pending.result().isDone()) {
						serve(pending.dateId(), lane);
					}
				}
				finally {
					lane.busy.set(false);
					Pending next = lane.queue.peek();
					if (next != null) {
						// hand over: the next one waiting takes the lead at once
						LockSupport.unpark(next.waiter());
					}
					else {
						// a caller still holding this lane serves it themselves
						this.lanes.remove(pending.dateId(), lane);
					}
				}
			}
			else {
				// woken when done or when it is this caller's turn to lead; the timeout
				// is
				// only a safety net
				LockSupport.parkNanos(this, TimeUnit.MILLISECONDS.toNanos(50));
			}
		}
		try {
			return pending.result().join();
		}
		catch (CompletionException ex) {
			if (ex.getCause() instanceof RuntimeException runtime) {
				throw runtime;
			}
			throw ex;
		}
	}

	private void serve(long dateId, Lane lane) {
		List<Pending> batch = new ArrayList<>();
		for (Pending next = lane.queue.poll(); next != null; next = batch.size() < BATCH ? lane.queue.poll() : null) {
			batch.add(next);
		}
		if (batch.isEmpty()) {
			return;
		}
		List<Runnable> outcomes = new ArrayList<>();
		try {
			this.transaction.executeWithoutResult(status -> {
				outcomes.clear();
				book(dateId, batch, outcomes, status);
			});
			outcomes.forEach(Runnable::run);
		}
		catch (RuntimeException | Error ex) {
			// nobody may wait forever: every booking of the batch gets the failure
			batch.forEach(p -> p.failed(ex));
		}
	}

	private static @Nullable Long recipient(Pending p) {
		return p.owner() != null ? p.owner() : p.bookedBy();
	}

	/** A guest who left an e-mail address is told there. */
	private static boolean guestEmail(Pending p) {
		return recipient(p) == null && p.email() != null;
	}

	private static void refuseAll(List<Pending> batch, List<Runnable> outcomes, Refusal refused) {
		batch.forEach(p -> outcomes.add(() -> p.failed(refused)));
	}

	// in one transaction, holding the date's lock
	private void book(long dateId, List<Pending> batch, List<Runnable> outcomes, TransactionStatus transaction) {
		BookingRepository.LockedDate date = this.bookings.lockDate(dateId).orElse(null);
		// about the date chosen: a form that asks for it shows the refusal there
		if (date == null) {
			refuseAll(batch, outcomes, Refusal.at("date", "courses.error.date-unknown"));
			return;
		}
		Refusal refused = date.cancelled() ? Refusal.at("date", "courses.error.date-cancelled")
				: !date.startsAt().isAfter(this.clock.instant()) ? Refusal.at("date", "courses.error.date-over") : null;
		if (refused != null) {
			refuseAll(batch, outcomes, refused);
			return;
		}
		BookingRepository.Counts counts = this.bookings.counts(dateId);
		if (batch.size() > 1 && bookAll(dateId, date.capacity(), counts, batch, outcomes, transaction)) {
			return;
		}
		int confirmed = counts.confirmed();
		int waiting = counts.waiting();
		for (Pending p : batch) {
			BookingStatus status = confirmed < date.capacity() ? BookingStatus.CONFIRMED : BookingStatus.WAITING;
			// a second booking of the same person (or, very rarely, a code taken
			// meanwhile)
			// is not stored; the unique indexes decide, also against other instances
			String code = p.code();
			Instant consentAt = p.consent() ? this.clock.instant() : null;
			BookingRepository.Inserted inserted = this.bookings
				.insertIfNew(dateId, code, status, p.name(), p.phone(), p.email(), p.owner(), p.bookedBy(), consentAt,
						p.language())
				.orElse(null);
			if (inserted == null && this.bookings.codeExists(code)) {
				// the rare case of a code that is taken: another one, once more
				code = BookingService.newCode();
				inserted = this.bookings
					.insertIfNew(dateId, code, status, p.name(), p.phone(), p.email(), p.owner(), p.bookedBy(),
							consentAt, p.language())
					.orElse(null);
			}
			if (inserted == null) {
				outcomes.add(() -> p.failed(new Refusal("courses.error.already-booked")));
				continue;
			}
			int position = 0;
			if (status == BookingStatus.CONFIRMED) {
				confirmed++;
				this.events.publishEvent(
						new BookingEvents.BookingConfirmed(inserted.id(), dateId, recipient(p), guestEmail(p)));
			}
			else {
				position = ++waiting;
				this.events.publishEvent(
						new BookingEvents.BookingWaiting(inserted.id(), dateId, position, recipient(p), guestEmail(p)));
			}
			Booking booking = new Booking(inserted.id(), dateId, code, status, p.name(), p.phone(), p.email(),
					p.owner(), p.bookedBy(), inserted.createdAt(), null, false, position, consentAt != null);
			outcomes.add(() -> p.done(booking));
		}
	}

	/**
	 * Stores the whole batch with one statement: the lock is held for one round trip
	 * instead of one per booking. Places and waiting positions are given in order as if
	 * every booking is stored; when a unique index refuses one (a second booking of the
	 * same person, a code taken), those after it would be wrong, so the statement is
	 * undone (savepoint) and the caller books one by one.
	 * @return whether the batch is booked
	 */
	private boolean bookAll(long dateId, int capacity, BookingRepository.Counts counts, List<Pending> batch,
			List<Runnable> outcomes, TransactionStatus transaction) {
		int confirmed = counts.confirmed();
		int waiting = counts.waiting();
		Instant now = this.clock.instant();
		List<BookingRepository.NewBooking> rows = new ArrayList<>(batch.size());
		List<Integer> positions = new ArrayList<>(batch.size());
		for (Pending p : batch) {
			BookingStatus status = confirmed < capacity ? BookingStatus.CONFIRMED : BookingStatus.WAITING;
			if (status == BookingStatus.CONFIRMED) {
				confirmed++;
				positions.add(0);
			}
			else {
				positions.add(++waiting);
			}
			rows.add(new BookingRepository.NewBooking(p.code(), status, p.name(), p.phone(), p.email(), p.owner(),
					p.bookedBy(), p.consent() ? now : null, p.language()));
		}
		Object savepoint = transaction.createSavepoint();
		Map<String, BookingRepository.Inserted> stored = this.bookings.insertAllIfNew(dateId, rows);
		if (stored.size() != batch.size()) {
			transaction.rollbackToSavepoint(savepoint);
			return false;
		}
		transaction.releaseSavepoint(savepoint);
		for (int i = 0; i < batch.size(); i++) {
			Pending p = batch.get(i);
			BookingRepository.NewBooking row = rows.get(i);
			BookingRepository.Inserted inserted = Objects.requireNonNull(stored.get(row.code()),
					"every booking of the batch is stored");
			int position = positions.get(i);
			if (row.status() == BookingStatus.CONFIRMED) {
				this.events.publishEvent(
						new BookingEvents.BookingConfirmed(inserted.id(), dateId, recipient(p), guestEmail(p)));
			}
			else {
				this.events.publishEvent(
						new BookingEvents.BookingWaiting(inserted.id(), dateId, position, recipient(p), guestEmail(p)));
			}
			Booking booking = new Booking(inserted.id(), dateId, row.code(), row.status(), p.name(), p.phone(),
					p.email(), p.owner(), p.bookedBy(), inserted.createdAt(), null, false, position,
					row.consentAt() != null);
			outcomes.add(() -> p.done(booking));
		}
		return true;
	}

}
