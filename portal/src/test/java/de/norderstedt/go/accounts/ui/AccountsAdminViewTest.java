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
import com.vaadin.flow.component.html.Span;
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
	void an_admin_creates_a_trainer_account_sees_it_in_the_list_and_gets_a_link_for_her_to_choose_a_password() {
		navigate(AccountsAdminView.class);
		test($(TextField.class).withLabel("Benutzername").single()).setValue("neue-patin");
		test($(TextField.class).withLabel("Name").single()).setValue("Neue Patin");
		chooseRole(Role.TRAINER);
		test($(Button.class).withText("Konto anlegen").single()).click();

		assertThat($(Paragraph.class).withId("account-status").single().getText())
			.isEqualTo("Das Konto „neue-patin“ wurde angelegt.");
		assertThat($(H3.class).withText("Neue Patin").exists()).isTrue();
		assertThat($(H3.class).withText("Einladungslink für Neue Patin").exists()).isTrue();
		assertThat($(Span.class).withId("invitation-link").single().getText()).contains("/einladung/");
		assertThat($(TextField.class).withLabel("Benutzername").single().isInvalid()).isFalse();
		assertThat($(PasswordField.class).exists()).as("no admin chooses a password").isFalse();
	}

	@Test
	void a_taken_username_is_explained_at_the_field_and_no_link_is_made() {
		this.accounts.ensure("schon-da", Role.RESIDENT);
		navigate(AccountsAdminView.class);
		TextField username = $(TextField.class).withLabel("Benutzername").single();
		test(username).setValue("schon-da");
		test($(TextField.class).withLabel("Name").single()).setValue("Noch jemand");
		chooseRole(Role.RESIDENT);
		test($(Button.class).withText("Konto anlegen").single()).click();

		assertThat(username.isInvalid()).isTrue();
		assertThat($(H3.class).withText("Noch jemand").exists()).isFalse();
		assertThat($(Span.class).withId("invitation-link").exists()).isFalse();
	}

	@SuppressWarnings("unchecked")
	private void chooseRole(Role role) {
		CheckboxGroup<Role> roles = $(CheckboxGroup.class).withLabel("Rollen").single();
		roles.setValue(Set.of(role));
	}

}
