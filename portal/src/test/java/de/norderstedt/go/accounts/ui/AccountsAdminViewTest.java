package de.norderstedt.go.accounts.ui;

import java.util.Set;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "de.norderstedt.go")
class AccountsAdminViewTest extends SpringBrowserlessTest {

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void signInAsAdmin() {
		this.accounts.ensure("view-admin", Role.ADMIN);
		this.accounts.signIn("view-admin");
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void an_admin_creates_a_trainer_account_and_sees_it_in_the_list() {
		navigate(AccountsAdminView.class);
		test($(TextField.class).withLabel("Benutzername").single()).setValue("neue-patin");
		test($(TextField.class).withLabel("Name").single()).setValue("Neue Patin");
		test($(PasswordField.class).withLabel("Erstes Passwort").single()).setValue("ein-gutes-passwort");
		chooseRole(Role.TRAINER);
		test($(Button.class).withText("Konto anlegen").single()).click();

		assertThat($(Paragraph.class).withId("account-status").single().getText())
			.isEqualTo("Das Konto „neue-patin“ wurde angelegt.");
		assertThat($(H3.class).withText("Neue Patin").exists()).isTrue();
		assertThat($(TextField.class).withLabel("Benutzername").single().isInvalid()).isFalse();
	}

	@Test
	void a_too_short_password_is_explained_at_the_field_and_no_account_is_created() {
		navigate(AccountsAdminView.class);
		test($(TextField.class).withLabel("Benutzername").single()).setValue("kurz");
		test($(TextField.class).withLabel("Name").single()).setValue("Kurz");
		PasswordField password = $(PasswordField.class).withLabel("Erstes Passwort").single();
		test(password).setValue("kurz");
		chooseRole(Role.RESIDENT);
		test($(Button.class).withText("Konto anlegen").single()).click();

		assertThat(password.isInvalid()).isTrue();
		assertThat(password.getErrorMessage()).isEqualTo("Das Passwort muss zwischen 10 und 256 Zeichen lang sein.");
		assertThat($(H3.class).withText("Kurz").exists()).isFalse();
	}

	@SuppressWarnings("unchecked")
	private void chooseRole(Role role) {
		CheckboxGroup<Role> roles = $(CheckboxGroup.class).withLabel("Rollen").single();
		roles.setValue(Set.of(role));
	}

}
