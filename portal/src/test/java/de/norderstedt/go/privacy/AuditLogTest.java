package de.norderstedt.go.privacy;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import de.norderstedt.go.TestClock;
import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.devices.DeviceKind;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.devices.Enrollment;
import de.norderstedt.go.devices.NewDevice;
import de.norderstedt.go.web.CityTime;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static de.norderstedt.go.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

/**
 * The audit log against a real PostgreSQL: the features' events reach it through the
 * event publication registry, each once; admins filter and page it; old entries go.
 */
@SpringBootTest(properties = "go.notifications.delivery.scheduled=false")
@Import(TestClock.Configuration.class)
class AuditLogTest {

	@Autowired
	AuditLog log;

	@Autowired
	AccountService accounts;

	@Autowired
	DeviceService devices;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AuthenticationConfiguration authentication;

	@Autowired
	TestClock clock;

	/**
	 * The clock is shared with other tests of this context, which set it to days of their
	 * own; devices stamp their events with the real time.
	 */
	@BeforeEach
	void now() {
		this.clock.set(Instant.now());
	}

	@AfterEach
	void signOut() {
		this.testAccounts.signOut();
	}

	@Test
	void the_security_events_of_accounts_and_devices_reach_the_audit_log() throws Exception {
		Account resident = this.testAccounts.ensure("audited", Role.RESIDENT);
		this.testAccounts.reset("audited");
		Account admin = this.testAccounts.ensure("audit-admin", Role.ADMIN);
		assertThat(signIn("audited", TestAccounts.PASSWORD)).isTrue();
		for (int i = 0; i < 5; i++) {
			assertThat(signIn("audited", "wrong")).isFalse();
		}
		assertThat(signIn("nobody-is-called-this", "wrong")).isFalse();
		this.testAccounts.signIn("audit-admin");
		this.accounts.unlock(resident.id());
		this.accounts.changeRoles(resident.id(), Set.of(Role.RESIDENT, Role.TRAINER));
		this.accounts.setEnabled(resident.id(), false);
		this.accounts.setEnabled(resident.id(), true);
		Enrollment enrollment = this.devices.enroll(
				new NewDevice("Audit-Terminal", "Stadtpark", DeviceKind.LOCKER_TERMINAL, Language.DE, 120, Set.of()));
		assertThat(this.devices.redeem(enrollment.code())).isPresent();
		this.devices.newAgentCredential(enrollment.device().id());
		this.devices.revoke(enrollment.device().id());

		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(kinds(new AuditFilter(null, "audited", null, null)))
				.containsExactlyInAnyOrder(AuditKind.ACCOUNT_ENABLED, AuditKind.ACCOUNT_DISABLED,
						AuditKind.ROLES_CHANGED, AuditKind.ACCOUNT_UNLOCKED, AuditKind.ACCOUNT_LOCKED,
						AuditKind.SIGN_IN_FAILED, AuditKind.SIGN_IN_FAILED, AuditKind.SIGN_IN_FAILED,
						AuditKind.SIGN_IN_FAILED, AuditKind.SIGN_IN_FAILED, AuditKind.SIGN_IN_SUCCEEDED));
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(kinds(new AuditFilter(null, "audit-admin", null, null)))
				.contains(AuditKind.AGENT_KEY_ROTATED, AuditKind.DEVICE_REVOKED, AuditKind.DEVICE_ENROLLMENT_ISSUED));

		List<AuditEntry> changes = this.log.search(new AuditFilter(AuditKind.ROLES_CHANGED, "audited", null, null), 0)
			.entries();
		assertThat(changes).singleElement().satisfies(entry -> {
			assertThat(entry.actorId()).isEqualTo(admin.id());
			assertThat(entry.actorName()).isEqualTo("audit-admin");
			assertThat(entry.username()).isEqualTo("audited");
			assertThat(AuditDetails.roleChange(java.util.Objects.requireNonNull(entry.detail())))
				.isEqualTo(new AuditDetails.RoleChange(Set.of(Role.RESIDENT), Set.of(Role.RESIDENT, Role.TRAINER)));
		});
		List<AuditEntry> failures = this.log.search(new AuditFilter(AuditKind.SIGN_IN_FAILED, "audited", null, null), 0)
			.entries();
		assertThat(failures).extracting(AuditEntry::detail).containsOnly("WRONG_PASSWORD");
		assertThat(failures).extracting(AuditEntry::outcome).containsOnly(AuditOutcome.FAILURE);
		await().atMost(Duration.ofSeconds(30))
			.untilAsserted(() -> assertThat(entries(new AuditFilter(AuditKind.DEVICE_ENROLLED, null, null, null)))
				.extracting(AuditEntry::detail)
				.contains("Audit-Terminal"));
		// the name nobody has is not kept: people type passwords into that field
		assertThat(entries(new AuditFilter(AuditKind.SIGN_IN_FAILED, null, null, null))).extracting(AuditEntry::detail)
			.doesNotContain("nobody-is-called-this");
	}

	@Test
	void an_event_delivered_twice_is_kept_once() {
		Account account = this.testAccounts.ensure("twice", Role.RESIDENT);
		this.testAccounts.ensure("audit-admin", Role.ADMIN);
		this.testAccounts.signIn("audit-admin");
		// what the listener does with each delivery of the same event (calling the
		// listener itself would run it asynchronously, and the count would race it)
		UUID event = UUID.randomUUID();
		for (int delivery = 0; delivery < 2; delivery++) {
			this.log.recordEvent(event, this.clock.instant(), AuditKind.SIGN_IN_SUCCEEDED, AuditOutcome.SUCCESS,
					account.id(), null, null);
		}
		assertThat(this.log.search(new AuditFilter(AuditKind.SIGN_IN_SUCCEEDED, "twice", null, null), 0).total())
			.isEqualTo(1);
	}

	@Test
	void admins_filter_by_kind_account_and_period_and_read_the_newest_first_a_page_at_a_time() {
		Account account = this.testAccounts.ensure("paged", Role.RESIDENT);
		this.testAccounts.ensure("audit-admin", Role.ADMIN);
		this.testAccounts.signIn("audit-admin");
		for (int i = 0; i < AuditLog.PAGE_SIZE + 5; i++) {
			this.log.recordEvent(UUID.randomUUID(), this.clock.instant().minus(Duration.ofHours(i)),
					AuditKind.SIGN_IN_SUCCEEDED, AuditOutcome.SUCCESS, account.id(), null, null);
		}
		this.log.recordEvent(UUID.randomUUID(), this.clock.instant().minus(Duration.ofDays(40)),
				AuditKind.PASSWORD_CHANGED, AuditOutcome.SUCCESS, account.id(), null, null);

		AuditPage first = this.log.search(new AuditFilter(null, "PAGED", null, null), 0);
		assertThat(first.total()).isEqualTo(AuditLog.PAGE_SIZE + 6);
		assertThat(first.entries()).hasSize(AuditLog.PAGE_SIZE);
		assertThat(first.entries().get(0).occurredAt()).isAfter(first.entries().get(1).occurredAt());
		assertThat(first.hasOlder()).isTrue();
		assertThat(first.hasNewer()).isFalse();
		AuditPage second = this.log.search(new AuditFilter(null, "paged", null, null), 1);
		assertThat(second.entries()).hasSize(6);
		assertThat(second.entries().getLast().kind()).isEqualTo(AuditKind.PASSWORD_CHANGED);
		assertThat(second.hasOlder()).isFalse();

		assertThat(this.log.search(new AuditFilter(AuditKind.PASSWORD_CHANGED, "paged", null, null), 0).total())
			.isEqualTo(1);
		LocalDate today = CityTime.date(this.clock.instant());
		assertThat(
				this.log.search(new AuditFilter(null, "paged", today.minusDays(41), today.minusDays(39)), 0).entries())
			.extracting(AuditEntry::kind)
			.containsExactly(AuditKind.PASSWORD_CHANGED);
	}

	@Test
	void an_unknown_name_or_a_last_day_before_the_first_is_refused_at_its_field() {
		this.testAccounts.ensure("audit-admin", Role.ADMIN);
		this.testAccounts.signIn("audit-admin");
		LocalDate today = CityTime.date(this.clock.instant());
		assertRefused(() -> this.log.search(new AuditFilter(null, "no-such-person", null, null), 0), "username",
				"audit.error.unknown-account");
		assertRefused(() -> this.log.search(new AuditFilter(null, null, today, today.minusDays(1)), 0), "to",
				"audit.error.period");
	}

	@Test
	void entries_older_than_the_retention_period_are_deleted() {
		Account account = this.testAccounts.ensure("retained", Role.RESIDENT);
		this.testAccounts.ensure("audit-admin", Role.ADMIN);
		this.testAccounts.signIn("audit-admin");
		this.log.recordEvent(UUID.randomUUID(), this.clock.instant().minus(this.log.retention()).minusSeconds(60),
				AuditKind.SIGN_IN_SUCCEEDED, AuditOutcome.SUCCESS, account.id(), null, null);
		this.log.recordEvent(UUID.randomUUID(), this.clock.instant().minus(this.log.retention()).plusSeconds(60),
				AuditKind.SIGN_IN_FAILED, AuditOutcome.FAILURE, account.id(), null, "WRONG_PASSWORD");
		assertThat(this.log.deleteExpired()).isPositive();
		assertThat(kinds(new AuditFilter(null, "retained", null, null))).containsExactly(AuditKind.SIGN_IN_FAILED);
		assertThat(this.log.retention()).isEqualTo(Duration.ofDays(365));
	}

	@Test
	void only_admins_read_the_audit_log() {
		this.testAccounts.ensure("audit-resident", Role.RESIDENT);
		this.testAccounts.signIn("audit-resident");
		assertThatThrownBy(() -> this.log.search(AuditFilter.ALL, 0)).isInstanceOf(AccessDeniedException.class);
	}

	private List<AuditKind> kinds(AuditFilter filter) {
		return entries(filter).stream().map(AuditEntry::kind).toList();
	}

	/** Signs the admin in first: waiting may ask from another thread. */
	private List<AuditEntry> entries(AuditFilter filter) {
		this.testAccounts.signIn("audit-admin");
		return this.log.search(filter, 0).entries();
	}

	private boolean signIn(String username, String password) throws Exception {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		token.setDetails(new WebAuthenticationDetails("192.0.2.1", null));
		try {
			return this.authentication.getAuthenticationManager().authenticate(token).isAuthenticated();
		}
		catch (AuthenticationException ex) {
			return false;
		}
	}

}
