package de.norderstedt.go.accounts;

import java.util.List;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import static de.norderstedt.go.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

/** A person's passkeys against a real (embedded) PostgreSQL. */
@SpringBootTest
class PasskeyServiceTest {

	@Autowired
	PasskeyService passkeys;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestPasskeys testPasskeys;

	@Autowired
	PasskeyPersonalData passkeyData;

	@Autowired
	JdbcTemplate jdbc;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_person_sees_and_removes_only_her_own_passkeys() {
		Account helga = this.accounts.ensure("passkey-helga", Role.RESIDENT);
		this.accounts.ensure("passkey-jens", Role.TRAINER);
		this.testPasskeys.removeAll("passkey-helga");
		this.testPasskeys.removeAll("passkey-jens");
		TestPasskeys.Seeded phone = this.testPasskeys.seed("passkey-helga", "Handy");
		TestPasskeys.Seeded other = this.testPasskeys.seed("passkey-jens", "Laptop");

		this.accounts.signIn("passkey-helga");
		assertThat(this.passkeys.mine()).extracting(Passkey::label).containsExactly("Handy");
		assertRefused(() -> this.passkeys.remove(other.id()), null, "accounts.passkey.error.unknown");
		assertRefused(() -> this.passkeys.remove("no-such-passkey"), null, "accounts.passkey.error.unknown");

		assertThat(this.passkeyData.of(helga.id())).singleElement()
			.satisfies(entry -> assertThat(entry.fields()).containsEntry("label", "Handy"));
		this.passkeys.remove(phone.id());
		assertThat(this.passkeys.mine()).isEmpty();
		this.accounts.signIn("passkey-jens");
		assertThat(this.passkeys.mine()).extracting(Passkey::label).containsExactly("Laptop");
	}

	@Test
	void a_name_is_required_short_and_visible() {
		assertRefused(() -> this.passkeys.checkLabel("  "), "label", "accounts.passkey.error.label-missing");
		assertRefused(() -> this.passkeys.checkLabel("x".repeat(61)), "label", "common.error.too-long");
		assertRefused(() -> this.passkeys.checkLabel("Han\u200Bdy"), "label", "common.error.invisible");
		assertThat(this.passkeys.checkLabel(" Handy ")).isEqualTo("Handy");
	}

	@Test
	void the_passkeys_go_with_the_account() {
		Account gone = this.accounts.ensure("passkey-gone", Role.RESIDENT);
		this.testPasskeys.seed("passkey-gone", "Tablet");
		this.jdbc.update("DELETE FROM account WHERE id = ?", gone.id());
		assertThat(this.jdbc.queryForObject("SELECT count(*) FROM user_entities WHERE name = 'passkey-gone'",
				Integer.class))
			.isZero();
		assertThat(this.passkeyData.of(gone.id())).isEqualTo(List.of());
	}

}
