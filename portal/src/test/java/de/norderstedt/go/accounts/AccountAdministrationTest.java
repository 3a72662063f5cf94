package de.norderstedt.go.accounts;

import java.util.Set;

import de.norderstedt.go.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.authentication.WebAuthenticationDetails;

import static de.norderstedt.go.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Admins change roles and disable accounts; nobody locks the platform out of its admins.
 */
@SpringBootTest(properties = "go.notifications.delivery.scheduled=false")
@Import(TestClock.Configuration.class)
class AccountAdministrationTest {

	@Autowired
	AccountService service;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	AuthenticationConfiguration authentication;

	@AfterEach
	void signOut() {
		this.testAccounts.signOut();
	}

	@Test
	void an_admin_gives_an_account_other_roles() {
		Account person = this.testAccounts.ensure("becomes-trainer", Role.RESIDENT);
		this.testAccounts.ensure("roles-admin", Role.ADMIN);
		this.testAccounts.signIn("roles-admin");
		Account changed = this.service.changeRoles(person.id(), Set.of(Role.RESIDENT, Role.TRAINER));
		assertThat(changed.roles()).containsExactlyInAnyOrder(Role.RESIDENT, Role.TRAINER);
		assertThat(this.service.account(person.id()).orElseThrow().roles()).contains(Role.TRAINER);
	}

	@Test
	void no_roles_at_all_and_an_admin_dropping_their_own_admin_role_are_refused_and_change_nothing() {
		Account person = this.testAccounts.ensure("keeps-roles", Role.RESIDENT);
		Account admin = this.testAccounts.ensure("self-admin", Role.ADMIN);
		this.testAccounts.signIn("self-admin");
		assertRefused(() -> this.service.changeRoles(person.id(), Set.of()), "roles", "accounts.error.roles-empty");
		assertRefused(() -> this.service.changeRoles(admin.id(), Set.of(Role.TRAINER)), "roles",
				"accounts.error.own-admin-role");
		assertRefused(() -> this.service.setEnabled(admin.id(), false), null, "accounts.error.disable-self");
		assertThat(this.service.account(person.id()).orElseThrow().roles()).containsExactly(Role.RESIDENT);
		Account unchanged = this.service.account(admin.id()).orElseThrow();
		assertThat(unchanged.roles()).containsExactly(Role.ADMIN);
		assertThat(unchanged.enabled()).isTrue();
	}

	@Test
	void a_disabled_account_cannot_sign_in_and_can_again_once_enabled() {
		Account person = this.testAccounts.ensure("disabled-person", Role.RESIDENT);
		this.testAccounts.reset("disabled-person");
		this.testAccounts.ensure("disabling-admin", Role.ADMIN);
		this.testAccounts.signIn("disabling-admin");
		assertThat(this.service.setEnabled(person.id(), false).enabled()).isFalse();
		assertThat(signIn("disabled-person")).isFalse();
		this.service.setEnabled(person.id(), true);
		assertThat(signIn("disabled-person")).isTrue();
	}

	@Test
	void an_admin_whose_admin_role_was_taken_meanwhile_can_change_nothing() {
		Account first = this.testAccounts.ensure("first-admin", Role.ADMIN);
		Account second = this.testAccounts.ensure("second-admin", Role.ADMIN);
		this.testAccounts.signIn("second-admin");
		Authentication staleSession = this.testAccounts.current();
		this.testAccounts.signIn("first-admin");
		this.service.changeRoles(second.id(), Set.of(Role.RESIDENT));
		// the second admin's session still says ADMIN; the database no longer does
		this.testAccounts.signIn(staleSession);
		assertThatThrownBy(() -> this.service.changeRoles(first.id(), Set.of(Role.RESIDENT)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.setEnabled(first.id(), false)).isInstanceOf(AccessDeniedException.class);
		this.testAccounts.signIn("first-admin");
		assertThat(this.service.account(first.id()).orElseThrow().roles()).containsExactly(Role.ADMIN);
	}

	@Test
	void a_sign_in_ends_once_its_account_was_disabled_or_given_other_roles() {
		Account person = this.testAccounts.ensure("session-person", Role.RESIDENT);
		Account trainer = this.testAccounts.ensure("session-trainer", Role.TRAINER);
		this.testAccounts.ensure("session-admin", Role.ADMIN);
		this.testAccounts.signIn("session-person");
		Authentication personSession = this.testAccounts.current();
		assertThat(this.service.sessionStillValid()).isTrue();
		this.testAccounts.signIn("session-trainer");
		Authentication trainerSession = this.testAccounts.current();

		this.testAccounts.signIn("session-admin");
		this.service.setEnabled(person.id(), false);
		this.service.changeRoles(trainer.id(), Set.of(Role.RESIDENT));
		assertThat(this.service.sessionStillValid()).isTrue();
		this.testAccounts.signIn(personSession);
		assertThat(this.service.sessionStillValid()).isFalse();
		this.testAccounts.signIn(trainerSession);
		assertThat(this.service.sessionStillValid()).isFalse();
		this.testAccounts.signOut();
		assertThat(this.service.sessionStillValid()).isTrue();
	}

	@Test
	void only_admins_change_roles_or_disable_accounts() {
		Account person = this.testAccounts.ensure("plain-person", Role.RESIDENT);
		this.testAccounts.ensure("not-an-admin", Role.TRAINER);
		this.testAccounts.signIn("not-an-admin");
		assertThatThrownBy(() -> this.service.changeRoles(person.id(), Set.of(Role.ADMIN)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.service.setEnabled(person.id(), false)).isInstanceOf(AccessDeniedException.class);
	}

	private boolean signIn(String username) {
		UsernamePasswordAuthenticationToken token = UsernamePasswordAuthenticationToken.unauthenticated(username,
				TestAccounts.PASSWORD);
		token.setDetails(new WebAuthenticationDetails("192.0.2.5", null));
		try {
			return this.authentication.getAuthenticationManager().authenticate(token).isAuthenticated();
		}
		catch (AuthenticationException ex) {
			return false;
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

}
