package de.norderstedt.go.accounts.ui;

import java.time.Instant;
import java.util.stream.Collectors;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Preferences;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.PurposeNote;

import de.norderstedt.go.accessibility.ui.PasswordFields;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.PermitAll;

/**
 * Where everyone lands after signing in: who they are, what their roles let them do here,
 * and the preferences kept with their account.
 */
@Route("konto")
@PermitAll
@AccessDeniedErrorRouter
public class AccountView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final AccountService accounts;

	AccountView(AccountService accounts) {
		this.accounts = accounts;
		addClassName("page");
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "account.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		removeAll();
		Account account = this.accounts.currentAccount().orElseThrow();
		add(new H1(getTranslation("account.heading", account.displayName())));
		add(new Paragraph(getTranslation("account.signed-in-as", account.username())));
		add(new PurposeNote("privacy.purpose.account"));
		this.accounts.unseenLockout().ifPresent(this::showLockout);

		UnorderedList roles = new UnorderedList();
		for (Role role : Role.values()) {
			if (account.hasRole(role)) {
				roles.add(new ListItem(getTranslation("role." + role.name()) + ": "
						+ getTranslation("role." + role.name() + ".description")));
			}
		}
		add(new Section(new H2(getTranslation("account.roles.heading")), roles));

		if (account.hasRole(Role.ADMIN)) {
			RouterLink manage = new RouterLink(getTranslation("account.admin.manage-accounts"),
					AccountsAdminView.class);
			manage.addClassName("action-link");
			add(new Section(new H2(getTranslation("account.admin.heading")),
					new Paragraph(getTranslation("account.admin.text")), new Paragraph(manage)));
		}

		Preferences preferences = this.accounts.currentPreferences().orElse(Preferences.DEFAULT);
		UnorderedList summary = new UnorderedList();
		PreferenceTexts.lines(preferences, this).forEach(line -> summary.add(new ListItem(line)));
		add(new Section(new H2(getTranslation("account.preferences.heading")),
				new Paragraph(getTranslation("account.preferences.text")), summary));
		add(passwordChange());
		RouterLink passkeys = new RouterLink(getTranslation("account.passkeys.link"), PasskeysView.class);
		passkeys.addClassName("action-link");
		add(new Section(new H2(getTranslation("account.passkeys.heading")),
				new Paragraph(getTranslation("account.passkeys.text")), new Paragraph(passkeys)));
		// the privacy feature's page, by its address: accounts does not depend on it
		Anchor myData = new Anchor("meine-daten", getTranslation("account.my-data.link"));
		myData.addClassName("action-link");
		add(new Section(new H2(getTranslation("account.my-data.heading")),
				new Paragraph(getTranslation("account.my-data.text")), new Paragraph(myData)));
		Titles.update(this);
	}

	/**
	 * Choosing a new password: the one in use, the new one twice. Nobody else ever
	 * chooses it.
	 */
	private Section passwordChange() {
		PasswordField current = new PasswordField(getTranslation("accounts.password.current"));
		current.setAutocomplete(Autocomplete.CURRENT_PASSWORD);
		PasswordField password = new PasswordField(getTranslation("accounts.password.new"));
		password.setAutocomplete(Autocomplete.NEW_PASSWORD);
		password.setHelperText(getTranslation("accounts.password.new.help", AccountService.MIN_PASSWORD_LENGTH));
		PasswordField repeat = new PasswordField(getTranslation("accounts.password.repeat"));
		repeat.setAutocomplete(Autocomplete.NEW_PASSWORD);
		LiveRegion alert = LiveRegion.alert();
		LiveRegion status = LiveRegion.status();
		FormRefusals refusals = new FormRefusals(alert).field("current", current)
			.field("password", password)
			.field("repeat", repeat);
		Button save = new Button(getTranslation("accounts.password.save"));
		save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		save.addClickListener(e -> {
			status.clear();
			boolean done = refusals.attempt(() -> {
				if (!password.getValue().equals(repeat.getValue())) {
					throw Refusal.at("repeat", "accounts.setup.error.repeat");
				}
				this.accounts.changeOwnPassword(current.getValue(), password.getValue());
			});
			if (done) {
				current.clear();
				password.clear();
				repeat.clear();
				status.show(getTranslation("accounts.password.done"));
			}
		});
		Div form = new Div(current, password, repeat, save, alert, status);
		form.addClassName("idea-form");
		Section section = new Section(new H2(getTranslation("accounts.password.heading")), form);
		PasswordFields.nameRevealButtons(section, getTranslation("password.reveal"));
		return section;
	}

	/**
	 * Only here, signed in, does a person learn that wrong passwords locked their
	 * account: the sign-in form tells nobody.
	 */
	private void showLockout(Instant lockedAt) {
		Section notice = new Section();
		notice.addClassName("card");
		notice.addClassName("lockout-notice");
		H2 title = new H2(getTranslation("account.lockout.heading"));
		title.setId("lockout-heading");
		notice.getElement().setAttribute("aria-labelledby", "lockout-heading");
		Button seen = new Button(getTranslation("account.lockout.seen"), e -> {
			this.accounts.lockoutSeen();
			notice.removeFromParent();
		});
		notice.add(title, new Paragraph(getTranslation("account.lockout.text", CityTime.medium(lockedAt, getLocale()))),
				new Paragraph(getTranslation("account.lockout.advice")), seen);
		add(notice);
	}

	static String roleNames(Account account, Div translator) {
		return account.roles()
			.stream()
			.sorted()
			.map(role -> translator.getTranslation("role." + role.name()))
			.collect(Collectors.joining(", "));
	}

}
