package de.norderstedt.go.privacy.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.privacy.MyDataService;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

/**
 * An admin deletes someone's account (reached from the account's admin page): what goes,
 * what stays without a name, a confirmation, and the result. The same erasure as when the
 * person deletes it; the security log records who did it.
 */
@Route("admin/konten/:id/loeschen")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class AccountDeletionView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	private final AccountService accounts;

	private final MyDataService data;

	private final Checkbox understood = new Checkbox();

	private final Button delete = new Button();

	private final LiveRegion alert = LiveRegion.alert();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("understood", this.understood);

	private @Nullable Account account;

	private @Nullable String deleted;

	AccountDeletionView(AccountService accounts, MyDataService data) {
		this.accounts = accounts;
		this.data = data;
		addClassName("page");
		this.delete.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		this.delete.addClickListener(e -> delete());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long id = event.getRouteParameters().getLong("id").orElse(0L);
		this.account = this.accounts.account(id).orElse(null);
		this.deleted = null;
		this.understood.clear();
		this.refusals.clear();
		if (isAttached()) {
			render();
		}
	}

	private void delete() {
		Account shown = this.account;
		if (shown == null) {
			return;
		}
		boolean done = this.refusals.attempt(() -> {
			if (!this.understood.getValue()) {
				throw Refusal.at("understood", "privacy.admin-delete.error.understood");
			}
			this.data.deleteAccount(shown.id());
		});
		if (done) {
			this.deleted = shown.displayName();
			this.account = null;
			render();
		}
	}

	private void render() {
		removeAll();
		Anchor back = new Anchor("admin/konten", getTranslation("privacy.admin-delete.back"));
		back.addClassName("action-link");
		if (this.deleted != null) {
			add(new H1(getTranslation("privacy.admin-delete.done.title")),
					new Paragraph(getTranslation("privacy.admin-delete.done.text", this.deleted)), new Paragraph(back));
			return;
		}
		Account shown = this.account;
		if (shown == null) {
			add(new H1(getTranslation("privacy.admin-delete.unknown")), new Paragraph(back));
			return;
		}
		add(new H1(getTranslation("privacy.admin-delete.title", shown.displayName())));
		add(new Paragraph(getTranslation("privacy.admin-delete.lead", shown.displayName(), shown.username())));
		add(new H2(getTranslation("privacy.admin-delete.gone")),
				list("privacy.admin-delete.gone.1", "privacy.admin-delete.gone.2", "privacy.admin-delete.gone.3"));
		add(new H2(getTranslation("privacy.admin-delete.kept")),
				list("privacy.admin-delete.kept.1", "privacy.admin-delete.kept.2"));
		this.understood.setLabel(getTranslation("privacy.admin-delete.understood"));
		this.delete.setText(getTranslation("privacy.admin-delete.confirm"));
		Div form = new Div(this.understood, this.delete, this.alert);
		form.addClassName("idea-form");
		add(form, new Paragraph(back));
	}

	private UnorderedList list(String... keys) {
		UnorderedList list = new UnorderedList();
		for (String key : keys) {
			list.add(new ListItem(getTranslation(key)));
		}
		return list;
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "privacy.admin-delete.page-title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render();
		Titles.update(this);
	}

}
