package de.norderstedt.go.accounts.ui;

import java.time.Instant;
import java.util.EnumSet;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Invitation;
import de.norderstedt.go.accounts.InvitationService;
import de.norderstedt.go.accounts.NewInvitation;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.EntryControls;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admins create staff and resident accounts, unlock accounts locked after failed
 * sign-ins, and open one account to change its roles or disable it.
 */
@Route("admin/konten")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class AccountsAdminView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final AccountService accounts;

	private final InvitationService invitations;

	private final Div invitation = new Div();

	private final H1 heading = new H1();

	private final H2 listHeading = new H2();

	private final UnorderedList list = new UnorderedList();

	private final H2 createHeading = new H2();

	private final TextField username = new TextField();

	private final TextField displayName = new TextField();

	private final CheckboxGroup<Role> roles = new CheckboxGroup<>();

	private final Button create = new Button();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("username", this.username)
		.field("displayName", this.displayName)
		.field("roles", this.roles);

	AccountsAdminView(AccountService accounts, InvitationService invitations) {
		this.accounts = accounts;
		this.invitations = invitations;
		addClassName("page");
		this.list.addClassName("account-list");
		this.username.setRequired(true);
		this.displayName.setRequired(true);
		this.roles.setItems(EnumSet.allOf(Role.class));
		this.create.addThemeName("primary");
		this.create.addClickListener(e -> createAccount());
		this.status.setId("account-status");
		this.invitation.addClassName("card");
		this.invitation.setVisible(false);
		Div form = new Div(this.username, this.displayName, this.roles, this.alert, this.create, this.status,
				this.invitation);
		form.addClassName("form");
		add(this.heading, new Section(this.listHeading, this.list), new Section(this.createHeading, form));
	}

	private void createAccount() {
		this.status.clear();
		this.invitation.setVisible(false);
		NewInvitation request = new NewInvitation(this.username.getValue(), this.displayName.getValue(),
				this.roles.getValue());
		Invitation made;
		try {
			made = this.invitations.invite(request);
		}
		catch (Refusal refusal) {
			this.refusals.show(refusal);
			return;
		}
		this.username.clear();
		this.displayName.clear();
		this.roles.clear();
		// an emptied required field is not a mistake right after a success
		this.refusals.clear();
		this.status.show(getTranslation("admin.accounts.created", made.account().username()));
		InvitationLink.show(this.invitation, made, getLocale());
		showAccounts();
	}

	private void showAccounts() {
		this.list.removeAll();
		Instant now = Instant.now();
		for (Account account : this.accounts.listAccounts()) {
			H3 name = new H3(account.displayName());
			Paragraph details = new Paragraph(
					getTranslation("admin.accounts.details", account.username(), AccountView.roleNames(account, this)));
			ListItem item = new ListItem(name, details);
			item.addClassName("card");
			if (!account.enabled()) {
				item.add(new Paragraph(getTranslation("admin.accounts.state.disabled")));
			}
			Instant lockedUntil = account.lockedUntil();
			if (lockedUntil != null && account.isLocked(now)) {
				item.add(new Paragraph(
						getTranslation("admin.accounts.locked-until", CityTime.medium(lockedUntil, getLocale()))));
				Button unlock = EntryControls.button(getTranslation("admin.accounts.unlock"),
						getTranslation("admin.accounts.unlock.label", account.displayName()), e -> {
							this.accounts.unlock(account.id());
							this.status.show(getTranslation("admin.accounts.unlocked", account.displayName()));
							showAccounts();
						});
				item.add(unlock);
			}
			item.add(EntryControls.link(getTranslation("admin.accounts.edit"),
					getTranslation("admin.accounts.edit.label", account.displayName()), AccountAdminView.class,
					new RouteParameters("id", String.valueOf(account.id()))));
			this.list.add(item);
		}
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "admin.accounts.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("admin.accounts.title"));
		this.listHeading.setText(getTranslation("admin.accounts.list"));
		this.createHeading.setText(getTranslation("admin.accounts.create"));
		this.username.setLabel(getTranslation("admin.accounts.username"));
		this.displayName.setLabel(getTranslation("admin.accounts.display-name"));
		this.roles.setLabel(getTranslation("admin.accounts.roles"));
		// Not marked required: Vaadin puts aria-required on the group, which ARIA does
		// not allow there.
		this.roles.setHelperText(getTranslation("admin.accounts.roles.help"));
		this.roles.setItemLabelGenerator(role -> getTranslation("role." + role.name()));
		this.create.setText(getTranslation("admin.accounts.create.submit"));
		showAccounts();
		Titles.update(this);
	}

}
