package de.norderstedt.go.accounts;

import java.util.Set;

import de.norderstedt.go.accessibility.speech.SpeechRate;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationManager;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Accounts against a real (embedded) PostgreSQL. */
@SpringBootTest
class AccountServiceTest {

	@Autowired
	AccountService service;

	@Autowired
	AccountRepository repository;

	@Autowired
	TestAccounts testAccounts;

	@Autowired
	InvitationService invitations;

	@AfterEach
	void signOut() {
		this.testAccounts.signOut();
	}

	@Autowired
	AuthenticationConfiguration authentication;

	/** The portal's own sign-in (the guard with its back-off, see SignInGuard). */
	private AuthenticationManager authenticationManager() {
		try {
			return this.authentication.getAuthenticationManager();
		}
		catch (Exception ex) {
			throw new IllegalStateException(ex);
		}
	}

	@Test
	void passwords_are_stored_as_argon2_hashes_never_in_plain_text() {
		Account account = this.testAccounts.ensure("hash-check", Role.RESIDENT);
		String hash = this.repository.findById(account.id()).orElseThrow().passwordHash();
		assertThat(hash).startsWith("{argon2id-m19456-t2-p1}$argon2id$v=19$m=19456,t=2,p=1$")
			.doesNotContain(TestAccounts.PASSWORD);
	}

	@Test
	void preferences_are_kept_per_account() {
		this.testAccounts.ensure("prefs-a", Role.RESIDENT);
		this.testAccounts.ensure("prefs-b", Role.RESIDENT);
		Preferences large = new Preferences(Language.EN, TextSize.LARGEST, true, true, SpeechRate.SLOW, true, true);
		this.testAccounts.signIn("prefs-a");
		assertThat(this.service.saveCurrentPreferences(large)).isTrue();
		assertThat(this.service.currentPreferences()).contains(large);
		this.testAccounts.signIn("prefs-b");
		assertThat(this.service.currentPreferences()).contains(Preferences.DEFAULT);
	}

	@Test
	void anonymous_visitors_have_no_stored_preferences_and_saving_changes_nothing() {
		assertThat(this.service.currentPreferences()).isEmpty();
		assertThat(this.service.saveCurrentPreferences(Preferences.DEFAULT.withHighContrast(true))).isFalse();
	}

	@Test
	void only_admins_may_list_and_create_accounts() {
		this.testAccounts.ensure("resident-x", Role.RESIDENT);
		this.testAccounts.ensure("admin-x", Role.ADMIN);
		this.testAccounts.signIn("resident-x");
		assertThatThrownBy(() -> this.service.listAccounts()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.invitations.invite(new NewInvitation("sneaky", "Sneaky", Set.of(Role.ADMIN))))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(this.repository.findByUsername("sneaky")).isEmpty();
		this.testAccounts.signIn("admin-x");
		assertThat(this.service.listAccounts()).extracting(Account::username).contains("resident-x", "admin-x");
	}

	@Test
	void invalid_new_accounts_are_refused_with_a_reason_and_nothing_is_stored() {
		this.testAccounts.ensure("admin-y", Role.ADMIN);
		this.testAccounts.ensure("taken", Role.RESIDENT);
		this.testAccounts.signIn("admin-y");
		assertRefused(new NewInvitation("TAKEN", "Other", Set.of(Role.RESIDENT)), "username",
				"accounts.error.username-taken");
		assertRefused(new NewInvitation("no-roles", "No roles", Set.of()), "roles", "accounts.error.roles-empty");
		assertRefused(new NewInvitation("in\u200Bvisible", "Invisible", Set.of(Role.RESIDENT)), "username",
				"accounts.error.username-invalid");
		assertRefused(new NewInvitation("blank-name", "   ", Set.of(Role.RESIDENT)), "displayName",
				"accounts.error.display-name-invalid");
		assertRefused(new NewInvitation("long-name", "N".repeat(201), Set.of(Role.RESIDENT)), "displayName",
				Input.TOO_LONG);
		assertThat(this.repository.findByUsername("no-roles")).isEmpty();
		assertThat(this.repository.findByUsername("blank-name")).isEmpty();
	}

	@Test
	void a_hash_of_the_older_weaker_argon2_is_made_again_at_the_next_sign_in() {
		Account account = this.testAccounts.ensure("old-hash", Role.RESIDENT);
		this.repository.updatePasswordHash(account.id(), "{argon2@SpringSecurity_v5_8}"
				+ Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8().encode(TestAccounts.PASSWORD));

		authenticationManager()
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("old-hash", TestAccounts.PASSWORD));

		assertThat(this.repository.findById(account.id()).orElseThrow().passwordHash())
			.startsWith("{argon2id-m19456-t2-p1}");
	}

	@Test
	void a_common_password_is_refused_whatever_its_length() {
		this.testAccounts.ensure("common-pw", Role.RESIDENT);
		this.testAccounts.reset("common-pw");
		this.testAccounts.signIn("common-pw");
		assertPasswordRefused(TestAccounts.PASSWORD, "QwertyUiop", "password", "accounts.error.password-common");
		assertPasswordRefused(TestAccounts.PASSWORD, "1234567890", "password", "accounts.error.password-common");
	}

	@Test
	void a_person_changes_their_own_password_after_confirming_the_current_one() {
		Account account = this.testAccounts.ensure("changes-password", Role.RESIDENT);
		this.testAccounts.reset("changes-password");
		this.testAccounts.signIn("changes-password");
		String before = this.repository.findById(account.id()).orElseThrow().passwordHash();

		assertPasswordRefused("wrong-current-pw", "ein neuer langer satz", "current",
				"accounts.password.error.current");
		assertPasswordRefused(TestAccounts.PASSWORD, "kurz", "password", "accounts.error.password-length");
		assertPasswordRefused(TestAccounts.PASSWORD, "password123", "password", "accounts.error.password-common");
		assertPasswordRefused(TestAccounts.PASSWORD, TestAccounts.PASSWORD, "password", "accounts.password.error.same");
		assertThat(this.repository.findById(account.id()).orElseThrow().passwordHash()).isEqualTo(before);

		this.service.changeOwnPassword(TestAccounts.PASSWORD, "ein neuer langer satz");

		AuthenticationManager manager = authenticationManager();
		assertThatThrownBy(() -> manager.authenticate(
				UsernamePasswordAuthenticationToken.unauthenticated("changes-password", TestAccounts.PASSWORD)))
			.isInstanceOf(BadCredentialsException.class);
		assertThat(manager
			.authenticate(
					UsernamePasswordAuthenticationToken.unauthenticated("changes-password", "ein neuer langer satz"))
			.isAuthenticated()).isTrue();
		this.testAccounts.reset("changes-password");
	}

	private void assertPasswordRefused(String current, String password, String field, String key) {
		assertThatThrownBy(() -> this.service.changeOwnPassword(current, password))
			.isInstanceOfSatisfying(Refusal.class, ex -> {
				assertThat(ex.field()).contains(field);
				assertThat(ex.messageKey()).isEqualTo(key);
			});
	}

	private void assertRefused(NewInvitation request, String field, String key) {
		assertThatThrownBy(() -> this.invitations.invite(request)).isInstanceOfSatisfying(Refusal.class, ex -> {
			assertThat(ex.field()).contains(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}

}
