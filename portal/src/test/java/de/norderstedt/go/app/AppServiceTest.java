package de.norderstedt.go.app;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The owner key of a person's kept pages: made once and then always the same for her,
 * another for anyone else, none without a sign-in; part of her data and gone with her
 * account.
 */
@SpringBootTest
class AppServiceTest {

	@Autowired
	AppService app;

	@Autowired
	AppPersonalData personalData;

	@Autowired
	TestAccounts accounts;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void each_person_has_one_lasting_owner_key_and_an_anonymous_visitor_none() {
		long helga = this.accounts.ensure("app-owner-helga", Role.RESIDENT).id();
		this.accounts.ensure("app-owner-jens", Role.RESIDENT);
		assertThat(this.app.ownerKey()).isEmpty();

		this.accounts.signIn("app-owner-helga");
		String key = this.app.ownerKey().orElseThrow();
		assertThat(key).matches("[A-Za-z0-9_-]{22}");
		assertThat(this.app.ownerKey()).contains(key);

		this.accounts.signIn("app-owner-jens");
		assertThat(this.app.ownerKey()).isPresent().get().isNotEqualTo(key);

		assertThat(this.personalData.of(helga)).singleElement()
			.satisfies(entry -> assertThat(entry.fields()).containsEntry("appKey", key).containsKey("createdAt"));
	}

}
