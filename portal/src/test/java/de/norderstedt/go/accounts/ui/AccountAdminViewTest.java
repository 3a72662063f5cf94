package de.norderstedt.go.accounts.ui;

import java.util.Set;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "de.norderstedt.go")
class AccountAdminViewTest extends SpringBrowserlessTest {

	@Autowired
	TestAccounts accounts;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	@SuppressWarnings("unchecked")
	void an_admin_taking_their_own_admin_role_reads_why_at_the_roles_and_keeps_it() {
		Account admin = this.accounts.ensure("own-page-admin", Role.ADMIN);
		this.accounts.signIn("own-page-admin");
		navigate("admin/konten/" + admin.id(), AccountAdminView.class);
		CheckboxGroup<Role> roles = $(CheckboxGroup.class).withLabel("Rollen").single();
		roles.setValue(Set.of(Role.TRAINER));
		test($(Button.class).withText("Rollen speichern").single()).click();

		assertThat(roles.isInvalid()).isTrue();
		assertThat(roles.getErrorMessage()).isEqualTo(
				"Die Rolle „Verwaltung“ können Sie sich nicht selbst nehmen. Das kann nur eine andere Person mit dieser Rolle.");
		this.accounts.signIn("own-page-admin");
		assertThat(this.accounts.ensure("own-page-admin").roles()).containsExactly(Role.ADMIN);
	}

}
