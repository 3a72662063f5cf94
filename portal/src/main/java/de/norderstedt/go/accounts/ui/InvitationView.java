package de.norderstedt.go.accounts.ui;

import java.util.Optional;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import de.norderstedt.go.accessibility.ui.PasswordFields;
import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.InvitationService;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

/**
 * The link an admin hands to a person with a new account: here she chooses her own
 * password (nobody else ever knows it). A used, replaced or expired link says so and
 * offers nothing.
 */
@Route("einladung/:token")
@AnonymousAllowed
public class InvitationView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	private final InvitationService invitations;

	private final PasswordField password = new PasswordField();

	private final PasswordField repeat = new PasswordField();

	private final Button save = new Button();

	private final LiveRegion alert = LiveRegion.alert();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("password", this.password)
		.field("repeat", this.repeat);

	private @Nullable String token;

	private boolean done;

	InvitationView(InvitationService invitations) {
		this.invitations = invitations;
		addClassName("page");
		this.password.setAutocomplete(Autocomplete.NEW_PASSWORD);
		this.repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
		this.save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.save.addClickListener(e -> save());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.token = event.getRouteParameters().get("token").orElse(null);
		this.done = false;
	}

	private void save() {
		this.done = this.refusals
			.attempt(() -> this.invitations.accept(this.token, this.password.getValue(), this.repeat.getValue()));
		if (this.done) {
			this.password.clear();
			this.repeat.clear();
			show();
		}
	}

	private void show() {
		removeAll();
		if (this.done) {
			Anchor signIn = new Anchor("anmelden", getTranslation("accounts.setup.sign-in"));
			signIn.addClassName("button-link");
			add(new H1(getTranslation("accounts.invitation.done.title")),
					new Paragraph(getTranslation("accounts.invitation.done.text")), new Paragraph(signIn));
			return;
		}
		Optional<Account> invited = this.invitations.invited(this.token);
		if (invited.isEmpty()) {
			add(new H1(getTranslation("accounts.invitation.closed.title")),
					new Paragraph(getTranslation("accounts.invitation.closed.text")));
			return;
		}
		Account account = invited.get();
		Paragraph lead = new Paragraph(
				getTranslation("accounts.invitation.lead", account.displayName(), account.username()));
		lead.addClassName("lead");
		Div form = new Div(this.password, this.repeat, this.save, this.alert);
		form.addClassName("idea-form");
		add(new H1(getTranslation("accounts.invitation.title")), lead, form);
		PasswordFields.nameRevealButtons(this, getTranslation("password.reveal"));
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "accounts.invitation.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.password.setLabel(getTranslation("accounts.setup.password"));
		this.password.setHelperText(getTranslation("accounts.setup.password.help", AccountService.MIN_PASSWORD_LENGTH));
		this.repeat.setLabel(getTranslation("accounts.setup.repeat"));
		this.save.setText(getTranslation("accounts.invitation.save"));
		show();
		Titles.update(this);
	}

}
