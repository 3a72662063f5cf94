package de.norderstedt.go.privacy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The audit log of security events: what the features report (through their events, see
 * {@link AuditListeners}) and what this feature records itself (data exports), for admins
 * to read, deleted after {@code go.privacy.audit-retention}.
 */
@Service
public class AuditLog {

	/** Entries on one page. */
	public static final int PAGE_SIZE = 25;

	/** The earliest day a filter may name (nothing older is kept anyway). */
	private static final LocalDate EARLIEST = LocalDate.of(2000, 1, 1);

	private final AuditRepository entries;

	private final AccountService accounts;

	private final AuditProperties properties;

	private final Clock clock;

	AuditLog(AuditRepository entries, AccountService accounts, AuditProperties properties, Clock clock) {
		this.entries = entries;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Records an event this feature itself caused (e.g. a person exported their data).
	 * @param accountId the account it concerns
	 * @param actorId who acted, when someone else did
	 * @param detail a short code, never a password or an address
	 */
	@Transactional
	public void record(AuditKind kind, AuditOutcome outcome, @Nullable Long accountId, @Nullable Long actorId,
			@Nullable String detail) {
		this.entries.insert(UUID.randomUUID(), this.clock.instant(), kind, outcome, accountId, actorId, detail);
	}

	/**
	 * One page of the entries that match, newest first. A refusal names the field it
	 * concerns: {@code username} (no such account), {@code to} (before {@code from}).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public AuditPage search(AuditFilter filter, int page) {
		LocalDate wantedFrom = filter.from();
		LocalDate wantedTo = filter.to();
		LocalDate from = wantedFrom == null ? EARLIEST : wantedFrom;
		LocalDate to = wantedTo == null ? CityTime.date(this.clock.instant()) : wantedTo;
		if (to.isBefore(from)) {
			throw Refusal.at(wantedTo == null ? "from" : "to", "audit.error.period");
		}
		@Nullable Long accountId = null;
		String wantedName = filter.username();
		String username = wantedName == null ? "" : wantedName.strip();
		if (!username.isEmpty()) {
			accountId = this.accounts.accountIdByUsername(username)
				.orElseThrow(() -> Refusal.at("username", "audit.error.unknown-account"));
		}
		AuditRepository.Criteria criteria = new AuditRepository.Criteria(filter.kind(), accountId,
				CityTime.startOf(from), CityTime.startOf(to.plusDays(1)));
		long total = this.entries.count(criteria);
		int shown = (int) Math.max(0, Math.min(page, (total - 1) / PAGE_SIZE));
		List<AuditRepository.StoredEntry> stored = this.entries.find(criteria, shown * PAGE_SIZE, PAGE_SIZE);
		Set<Long> ids = new HashSet<>();
		stored.forEach(e -> {
			if (e.accountId() != null) {
				ids.add(e.accountId());
			}
			if (e.actorId() != null) {
				ids.add(e.actorId());
			}
		});
		Map<Long, String> names = this.accounts.usernames(ids);
		List<AuditEntry> result = stored.stream()
			.map(e -> new AuditEntry(e.id(), e.occurredAt(), e.kind(), e.outcome(), e.accountId(),
					name(names, e.accountId()), e.actorId(), name(names, e.actorId()), e.detail()))
			.toList();
		return new AuditPage(result, shown, PAGE_SIZE, total);
	}

	/** How long entries are kept. */
	public Duration retention() {
		return this.properties.auditRetention();
	}

	/** Deletes the entries older than the retention period; safe on several instances. */
	@Transactional
	public int deleteExpired() {
		return this.entries.deleteOlderThan(this.clock.instant().minus(this.properties.auditRetention()));
	}

	/** Keeps an entry for an event from another feature, once per event. */
	@Transactional
	public void recordEvent(UUID eventId, Instant at, AuditKind kind, AuditOutcome outcome, @Nullable Long accountId,
			@Nullable Long actorId, @Nullable String detail) {
		this.entries.insert(eventId, at, kind, outcome, accountId, actorId, detail);
	}

	private static @Nullable String name(Map<Long, String> names, @Nullable Long id) {
		return id == null ? null : names.get(Objects.requireNonNull(id));
	}

}
