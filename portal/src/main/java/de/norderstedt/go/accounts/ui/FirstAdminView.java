package de.norderstedt.go.accounts.ui;

import java.util.Objects;

import de.norderstedt.go.accessibility.ui.PasswordFields;
import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.FirstAdminSetup;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The one-time link a new installation prints while it has no admin: here one person
 * chooses the first admin's username, name and password. A used or expired link, or one
 * opened after an admin exists, says so and offers nothing.
 */
@Route("einrichten/:token")
@AnonymousAllowed
public class FirstAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	private final FirstAdminSetup setup;

	private final TextField username = new TextField();

	private final TextField displayName = new TextField();

	private final PasswordField password = new PasswordField();

	private final PasswordField repeat = new PasswordField();

	private final Button create = new Button();

	private final LiveRegion alert = LiveRegion.alert();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("username", this.username)
		.field("displayName", this.displayName)
		.field("password", this.password)
		.field("repeat", this.repeat);

	private @Nullable String token;

	private boolean done;

	public FirstAdminView(FirstAdminSetup setup) {
		this.setup = setup;
		addClassName("page");
		this.username.setAutocomplete(Autocomplete.USERNAME);
		this.password.setAutocomplete(Autocomplete.NEW_PASSWORD);
		this.repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
		this.create.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.create.addClickListener(e -> create());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.token = event.getRouteParameters().get("token").orElse(null);
		this.done = false;
	}

	private void create() {
		this.done = this.refusals.attempt(() -> {
			if (!Objects.equals(this.password.getValue(), this.repeat.getValue())) {
				throw Refusal.at("repeat", "accounts.setup.error.repeat");
			}
			this.setup.createFirstAdmin(this.token, this.username.getValue(), this.displayName.getValue(),
					this.password.getValue());
		});
		if (this.done) {
			show();
		}
	}

	private void show() {
		removeAll();
		if (this.done) {
			Anchor signIn = new Anchor("anmelden", getTranslation("accounts.setup.sign-in"));
			signIn.addClassName("button-link");
			add(new H1(getTranslation("accounts.setup.done.title")),
					new Paragraph(getTranslation("accounts.setup.done.text")), new Paragraph(signIn));
			return;
		}
		if (!this.setup.isOpen(this.token)) {
			add(new H1(getTranslation("accounts.setup.closed.title")),
					new Paragraph(getTranslation("accounts.setup.closed.text")));
			return;
		}
		Paragraph lead = new Paragraph(getTranslation("accounts.setup.lead"));
		lead.addClassName("lead");
		Div form = new Div(this.username, this.displayName, this.password, this.repeat, this.create, this.alert);
		form.addClassName("idea-form");
		add(new H1(getTranslation("accounts.setup.title")), lead, form);
		PasswordFields.nameRevealButtons(this, getTranslation("password.reveal"));
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "accounts.setup.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.username.setLabel(getTranslation("accounts.setup.username"));
		this.username.setHelperText(getTranslation("accounts.setup.username.help"));
		this.displayName.setLabel(getTranslation("accounts.setup.display-name"));
		this.password.setLabel(getTranslation("accounts.setup.password"));
		this.password.setHelperText(getTranslation("accounts.setup.password.help", AccountService.MIN_PASSWORD_LENGTH));
		this.repeat.setLabel(getTranslation("accounts.setup.repeat"));
		this.create.setText(getTranslation("accounts.setup.create"));
		show();
		Titles.update(this);
	}

}
