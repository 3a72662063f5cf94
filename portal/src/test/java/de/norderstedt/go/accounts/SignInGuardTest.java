package de.norderstedt.go.accounts;

import java.time.Duration;
import java.time.Instant;

import de.norderstedt.go.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Sign-in through the application's own authentication manager (the one the sign-in form
 * uses), from networks the test chooses, with a clock the test moves.
 */
@SpringBootTest(properties = "go.notifications.delivery.scheduled=false")
@Import(TestClock.Configuration.class)
class SignInGuardTest {

	private static final String HOME = "192.0.2.17";

	private static final String ELSEWHERE = "198.51.100.40";

	private static final String GUESSER = "203.0.113.99";

	@Autowired
	AuthenticationConfiguration configuration;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	AccountService service;

	@Autowired
	TestClock clock;

	@AfterEach
	void signOut() {
		this.testAccounts.signOut();
	}

	@Test
	void five_wrong_passwords_lock_the_account_and_then_even_the_right_one_is_refused() throws Exception {
		fresh("lockout");
		failSignIns("lockout", GUESSER, 5);
		assertThat(signIn("lockout", TestAccounts.PASSWORD, GUESSER)).isFalse();
		assertThat(account("lockout").isLocked(this.clock.instant())).isTrue();
	}

	@Test
	void once_the_lock_has_run_out_one_wrong_password_does_not_lock_again() throws Exception {
		fresh("lock-expires");
		failSignIns("lock-expires", GUESSER, 5);
		this.clock.advance(Duration.ofMinutes(16));
		failSignIns("lock-expires", ELSEWHERE, 1);
		assertThat(account("lock-expires").isLocked(this.clock.instant())).isFalse();
		assertThat(signIn("lock-expires", TestAccounts.PASSWORD, ELSEWHERE)).isTrue();
	}

	@Test
	void a_successful_sign_in_forgets_earlier_failures() throws Exception {
		fresh("forgiven");
		failSignIns("forgiven", HOME, 4);
		assertThat(signIn("Forgiven", TestAccounts.PASSWORD, HOME)).isTrue();
		failSignIns("forgiven", HOME, 4);
		assertThat(account("forgiven").isLocked(this.clock.instant())).isFalse();
		assertThat(signIn("forgiven", TestAccounts.PASSWORD, HOME)).isTrue();
	}

	@Test
	void whoever_locks_the_account_from_elsewhere_does_not_keep_its_owner_out_at_home() throws Exception {
		fresh("victim");
		assertThat(signIn("victim", TestAccounts.PASSWORD, "192.0.2.200")).isTrue();
		failSignIns("victim", GUESSER, 5);
		assertThat(account("victim").isLocked(this.clock.instant())).isTrue();
		// the same /24 network as the earlier sign-in: the owner's home
		assertThat(signIn("victim", TestAccounts.PASSWORD, HOME)).isTrue();
		assertThat(signIn("victim", TestAccounts.PASSWORD, GUESSER)).isFalse();
	}

	@Test
	void a_network_never_used_waits_for_the_lock_of_the_account_to_run_out() throws Exception {
		fresh("traveller");
		failSignIns("traveller", GUESSER, 5);
		assertThat(signIn("traveller", TestAccounts.PASSWORD, ELSEWHERE)).isFalse();
		this.clock.advance(Duration.ofMinutes(16));
		assertThat(signIn("traveller", TestAccounts.PASSWORD, ELSEWHERE)).isTrue();
	}

	@Test
	void a_network_that_keeps_guessing_is_blocked_longer_each_time_while_the_owner_gets_in() throws Exception {
		fresh("persistent");
		failSignIns("persistent", GUESSER, 5);
		this.clock.advance(Duration.ofMinutes(16));
		failSignIns("persistent", GUESSER, 5);
		// the second block lasts 30 minutes, the account's lock 15
		this.clock.advance(Duration.ofMinutes(20));
		assertThat(signIn("persistent", TestAccounts.PASSWORD, GUESSER)).isFalse();
		assertThat(signIn("persistent", TestAccounts.PASSWORD, ELSEWHERE)).isTrue();
	}

	@Test
	void refused_tries_while_blocked_do_not_stretch_the_lock() throws Exception {
		fresh("patient");
		failSignIns("patient", GUESSER, 5);
		Instant lockedUntil = account("patient").lockedUntil();
		this.clock.advance(Duration.ofMinutes(10));
		failSignIns("patient", GUESSER, 5);
		assertThat(account("patient").lockedUntil()).isEqualTo(lockedUntil);
		this.clock.advance(Duration.ofMinutes(6));
		assertThat(signIn("patient", TestAccounts.PASSWORD, GUESSER)).isTrue();
	}

	@Test
	void the_owner_reads_about_the_lock_once_signed_in_and_can_put_it_away() throws Exception {
		fresh("told");
		failSignIns("told", GUESSER, 5);
		this.clock.advance(Duration.ofMinutes(16));
		assertThat(signIn("told", TestAccounts.PASSWORD, ELSEWHERE)).isTrue();
		this.testAccounts.signIn("told");
		assertThat(this.service.unseenLockout()).isPresent();
		this.service.lockoutSeen();
		assertThat(this.service.unseenLockout()).isEmpty();
	}

	@Test
	void an_admin_unlocks_the_account_and_every_network_may_try_again() throws Exception {
		Account account = fresh("unlocked");
		failSignIns("unlocked", GUESSER, 5);
		this.testAccounts.ensure("unlocking-admin", Role.ADMIN);
		this.testAccounts.signIn("unlocking-admin");
		this.service.unlock(account.id());
		assertThat(signIn("unlocked", TestAccounts.PASSWORD, GUESSER)).isTrue();
	}

	@Test
	void an_unknown_name_and_a_locked_account_fail_alike() throws Exception {
		fresh("locked-alike");
		failSignIns("locked-alike", GUESSER, 5);
		assertThat(signIn("nobody-has-this-name", "wrong", GUESSER)).isFalse();
		assertThat(signIn("locked-alike", TestAccounts.PASSWORD, GUESSER)).isFalse();
	}

	@Test
	void absurd_usernames_are_a_wrong_sign_in_and_never_an_error() throws Exception {
		for (String username : new String[] { "", " ", "a".repeat(10_000), "he\u200Blga", "\u0000", "🦆🦆",
				"\u202Eadmin" }) {
			assertThat(signIn(username, "x", GUESSER)).isFalse();
		}
	}

	@Test
	void networks_nobody_used_for_the_retention_period_are_forgotten() throws Exception {
		fresh("forgotten");
		assertThat(signIn("forgotten", TestAccounts.PASSWORD, HOME)).isTrue();
		this.clock.advance(Duration.ofDays(91));
		assertThat(this.service.deleteInactiveSignInNetworks()).isPositive();
		// no longer a known network: the account's lock holds it back like any other
		failSignIns("forgotten", GUESSER, 5);
		assertThat(signIn("forgotten", TestAccounts.PASSWORD, HOME)).isFalse();
	}

	private Account fresh(String username) {
		Account account = this.testAccounts.ensure(username, Role.RESIDENT);
		this.testAccounts.reset(username);
		return account;
	}

	private Account account(String username) {
		return this.repository.findByUsername(username).orElseThrow().account();
	}

	@Test
	void a_password_alone_gives_an_admin_or_editor_none_of_those_roles_until_a_passkey_confirms_it() throws Exception {
		this.testAccounts.ensure("two-step-editor", Role.RESIDENT, Role.EDITOR);
		this.testAccounts.ensure("one-step-trainer", Role.RESIDENT, Role.TRAINER);
		UsernamePasswordAuthenticationToken editor = UsernamePasswordAuthenticationToken
			.unauthenticated("two-step-editor", TestAccounts.PASSWORD);
		editor.setDetails(new WebAuthenticationDetails(HOME, null));
		Authentication waiting = this.configuration.getAuthenticationManager().authenticate(editor);
		assertThat(waiting.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_RESIDENT", "FACTOR_PASSWORD", SecondFactor.MISSING);
		assertThat(SecondFactor.missing(waiting)).isTrue();

		UsernamePasswordAuthenticationToken trainer = UsernamePasswordAuthenticationToken
			.unauthenticated("one-step-trainer", TestAccounts.PASSWORD);
		trainer.setDetails(new WebAuthenticationDetails(HOME, null));
		Authentication full = this.configuration.getAuthenticationManager().authenticate(trainer);
		assertThat(full.getAuthorities()).extracting(GrantedAuthority::getAuthority)
			.containsExactlyInAnyOrder("ROLE_RESIDENT", "ROLE_TRAINER", "FACTOR_PASSWORD");
		assertThat(SecondFactor.missing(full)).isFalse();
	}

	private boolean signIn(String username, String password, String address) throws Exception {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
				password);
		token.setDetails(new WebAuthenticationDetails(address, null));
		AuthenticationManager manager = this.configuration.getAuthenticationManager();
		try {
			Authentication result = manager.authenticate(token);
			return result.isAuthenticated();
		}
		catch (AuthenticationException ex) {
			return false;
		}
	}

	private void failSignIns(String username, String address, int times) throws Exception {
		for (int i = 0; i < times; i++) {
			assertThat(signIn(username, "wrong-" + i, address)).isFalse();
		}
	}

}
