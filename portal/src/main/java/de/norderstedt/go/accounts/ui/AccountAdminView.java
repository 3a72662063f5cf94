package de.norderstedt.go.accounts.ui;

import java.time.Instant;
import java.util.EnumSet;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.InvitationService;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

/**
 * One account for admins ({@code /admin/konten/{id}}): its state (and why its owner
 * cannot sign in, which only admins read), its roles, disabling and enabling it, lifting
 * a lock. Every change is audited by the account service's events.
 */
@Route("admin/konten/:id([0-9]{1,18})")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class AccountAdminView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	private final AccountService accounts;

	private final CheckboxGroup<Role> roles = new CheckboxGroup<>();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("roles", this.roles);

	private long id;

	private @Nullable Account account;

	private final InvitationService invitations;

	AccountAdminView(AccountService accounts, InvitationService invitations) {
		this.accounts = accounts;
		this.invitations = invitations;
		addClassName("page");
		this.roles.setItems(EnumSet.allOf(Role.class));
		// the service's refusals are its only checks: the group's own validation (on
		// leaving it) would take the mark away again
		this.roles.setManualValidation(true);
		this.status.setId("account-admin-status");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.id = event.getRouteParameters().getLong("id").orElse(0L);
		this.account = this.accounts.account(this.id).orElse(null);
		this.status.clear();
		this.refusals.clear();
		if (isAttached()) {
			render();
		}
	}

	private void render() {
		removeAll();
		Account shown = this.account;
		if (shown == null) {
			add(new H1(getTranslation("admin.account.unknown.title")));
			LiveRegion text = LiveRegion.alert();
			text.show(getTranslation("admin.account.unknown"));
			add(text, backLink());
			return;
		}
		add(new H1(getTranslation("admin.account.title", shown.displayName())));
		add(new Paragraph(getTranslation("admin.account.username", shown.username())));
		add(state(shown));

		this.roles.setLabel(getTranslation("admin.accounts.roles"));
		this.roles.setHelperText(getTranslation("admin.account.roles.help"));
		this.roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
		this.roles.setValue(shown.roles());
		Button saveRoles = new Button(getTranslation("admin.account.roles.save"), e -> saveRoles());
		saveRoles.addThemeName("primary");
		Div form = new Div(this.roles, saveRoles);
		form.addClassName("form");
		add(section("admin-account-roles", getTranslation("admin.account.roles.heading"), form));

		Div access = new Div();
		access.addClassName("form");
		if (shown.enabled()) {
			access.add(new Paragraph(getTranslation("admin.account.disable.text")),
					new Button(getTranslation("admin.account.disable"), e -> changeAccess(false)));
		}
		else {
			access.add(new Button(getTranslation("admin.account.enable"), e -> changeAccess(true)));
		}
		Instant lockedUntil = shown.lockedUntil();
		if (lockedUntil != null && shown.isLocked(Instant.now())) {
			access.add(new Button(getTranslation("admin.accounts.unlock"), e -> {
				this.accounts.unlock(shown.id());
				done("admin.accounts.unlocked");
			}));
		}
		// the privacy feature's page, by its address: accounts does not depend on it
		Anchor delete = new Anchor("admin/konten/" + shown.id() + "/loeschen",
				getTranslation("privacy.admin-delete.start"));
		delete.addClassName("action-link");
		access.add(new Paragraph(delete));
		add(section("admin-account-access", getTranslation("admin.account.access.heading"), access));
		this.invitations.openUntil(shown.id()).ifPresent(until -> {
			// the person has not chosen a password yet: a lost link can be replaced
			Div invitation = new Div();
			invitation.addClassName("form");
			Div made = new Div();
			made.addClassName("card");
			made.setVisible(false);
			invitation.add(new Paragraph(getTranslation("admin.invitation.open", CityTime.medium(until, getLocale()))),
					new Paragraph(getTranslation("admin.invitation.renew.text")),
					new Button(getTranslation("admin.invitation.renew"), e -> {
						InvitationLink.show(made, this.invitations.renew(shown.id()), getLocale());
					}), made);
			add(section("admin-account-invitation", getTranslation("admin.invitation.heading", shown.displayName()),
					invitation));
		});
		add(this.alert, this.status, backLink());
	}

	/** Whether the person can sign in, and if not, why: for the admin only. */
	private Paragraph state(Account shown) {
		Instant lockedUntil = shown.lockedUntil();
		String text;
		if (!shown.enabled()) {
			text = getTranslation("admin.account.state.disabled");
		}
		else if (lockedUntil != null && shown.isLocked(Instant.now())) {
			text = getTranslation("admin.accounts.locked-until", CityTime.medium(lockedUntil, getLocale()));
		}
		else {
			text = getTranslation("admin.account.state.active");
		}
		Paragraph state = new Paragraph(text);
		state.addClassName("account-state");
		return state;
	}

	private void saveRoles() {
		this.status.clear();
		try {
			this.account = this.accounts.changeRoles(this.id, this.roles.getValue());
		}
		catch (Refusal refusal) {
			this.refusals.show(refusal);
			return;
		}
		done("admin.account.roles.saved");
	}

	private void changeAccess(boolean enabled) {
		this.status.clear();
		try {
			this.account = this.accounts.setEnabled(this.id, enabled);
		}
		catch (Refusal refusal) {
			this.refusals.show(refusal);
			return;
		}
		done(enabled ? "admin.account.enabled" : "admin.account.disabled");
	}

	private void done(String key) {
		this.account = this.accounts.account(this.id).orElse(null);
		Account shown = this.account;
		render();
		this.refusals.clear();
		this.status.show(getTranslation(key, shown == null ? "" : shown.displayName()));
	}

	private Section section(String headingId, String title, Div content) {
		H2 heading = new H2(title);
		heading.setId(headingId);
		Section section = new Section(heading, content);
		section.getElement().setAttribute("aria-labelledby", headingId);
		return section;
	}

	private Paragraph backLink() {
		RouterLink back = new RouterLink(getTranslation("admin.account.back"), AccountsAdminView.class);
		back.addClassName("action-link");
		return new Paragraph(back);
	}

	@Override
	public String getPageTitle() {
		Account shown = this.account;
		return shown == null ? Titles.of(this, "admin.account.unknown.title")
				: getTranslation("admin.account.title", shown.displayName()) + " – Norderstedt GO!";
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render();
		Titles.update(this);
	}

}
