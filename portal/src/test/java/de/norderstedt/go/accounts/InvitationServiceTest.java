package de.norderstedt.go.accounts;

import java.util.Set;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.config.annotation.authentication.configuration.AuthenticationConfiguration;
import org.springframework.security.crypto.password.PasswordEncoder;

import static de.norderstedt.go.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** Invitations against a real (embedded) PostgreSQL. */
@SpringBootTest
class InvitationServiceTest {

	@Autowired
	InvitationService invitations;

	@Autowired
	TestAccounts accounts;

	@Autowired
	AccountRepository repository;

	@Autowired
	PasswordEncoder passwords;

	@Autowired
	AuthenticationConfiguration authentication;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void the_invited_person_chooses_her_password_once_and_nobody_knew_it_before() throws Exception {
		this.accounts.ensure("inviting-admin", Role.ADMIN);
		this.accounts.signIn("inviting-admin");
		Invitation invitation = this.invitations
			.invite(new NewInvitation("eingeladen", "Eva Eingeladen", Set.of(Role.TRAINER)));
		this.accounts.signOut();
		String token = token(invitation);
		assertThat(invitation.link()).contains(InvitationService.PATH);
		assertThat(this.invitations.invited(token)).map(Account::username).contains("eingeladen");

		assertRefused(() -> this.invitations.accept(token, "kurz", "kurz"), "password",
				"accounts.error.password-length");
		assertRefused(() -> this.invitations.accept(token, "ein langer satz hier", "ein anderer satz"), "repeat",
				"accounts.setup.error.repeat");
		assertRefused(() -> this.invitations.accept("forged-" + token, "ein langer satz hier", "ein langer satz hier"),
				null, "accounts.invitation.error.link");
		assertThat(this.invitations.invited(token)).as("refusals do not use the link").isPresent();

		this.invitations.accept(token, "ein langer satz hier", "ein langer satz hier");
		String hash = this.repository.findByUsername("eingeladen").orElseThrow().passwordHash();
		assertThat(this.passwords.matches("ein langer satz hier", hash)).isTrue();
		assertThat(this.authentication.getAuthenticationManager()
			.authenticate(UsernamePasswordAuthenticationToken.unauthenticated("eingeladen", "ein langer satz hier"))
			.isAuthenticated()).isTrue();

		assertThat(this.invitations.invited(token)).isEmpty();
		assertRefused(() -> this.invitations.accept(token, "noch ein langer satz", "noch ein langer satz"), null,
				"accounts.invitation.error.link");
	}

	@Test
	void a_new_link_ends_the_old_one() {
		this.accounts.ensure("renewing-admin", Role.ADMIN);
		this.accounts.signIn("renewing-admin");
		Invitation first = this.invitations
			.invite(new NewInvitation("verloren", "Vera Verloren", Set.of(Role.RESIDENT)));
		assertThat(this.invitations.openUntil(first.account().id())).isPresent();
		Invitation second = this.invitations.renew(first.account().id());
		this.accounts.signOut();
		assertThat(this.invitations.invited(token(first))).isEmpty();
		assertThat(this.invitations.invited(token(second))).isPresent();
	}

	private static String token(Invitation invitation) {
		return invitation.link()
			.substring(invitation.link().indexOf(InvitationService.PATH) + InvitationService.PATH.length());
	}

}
