package de.norderstedt.go.privacy.ui;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.privacy.AuditDetails;
import de.norderstedt.go.privacy.AuditEntry;
import de.norderstedt.go.privacy.AuditFilter;
import de.norderstedt.go.privacy.AuditKind;
import de.norderstedt.go.privacy.AuditLog;
import de.norderstedt.go.privacy.AuditOutcome;
import de.norderstedt.go.privacy.AuditPage;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.DayTimeFields;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

/**
 * The audit log for admins: security events, newest first, filtered by kind, account and
 * period, a page at a time. The filter stays in the view, never in the address (a
 * username is personal).
 */
@Route("admin/protokoll")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class AuditLogView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final AuditLog log;

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	private final H2 filterHeading = new H2();

	private final Select<Optional<AuditKind>> kind = new Select<>();

	private final TextField username = new TextField();

	private final DatePicker from = DayTimeFields.day();

	private final DatePicker to = DayTimeFields.day();

	private final Button show = new Button();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final H2 listHeading = new H2();

	private final UnorderedList list = new UnorderedList();

	private final Button newer = new Button();

	private final Button older = new Button();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("username", this.username)
		.field("from", this.from)
		.field("to", this.to);

	private AuditFilter filter = AuditFilter.ALL;

	private int page;

	AuditLogView(AuditLog log) {
		this.log = log;
		addClassName("page");
		addClassName("audit-log");
		List<Optional<AuditKind>> kinds = new ArrayList<>();
		kinds.add(Optional.empty());
		for (AuditKind k : AuditKind.values()) {
			kinds.add(Optional.of(k));
		}
		this.kind.setItems(kinds);
		this.kind.setValue(Optional.empty());
		this.username.setClearButtonVisible(true);
		this.username.setMaxLength(254);
		this.from.setClearButtonVisible(true);
		this.to.setClearButtonVisible(true);
		this.show.addThemeName("primary");
		this.show.addClickListener(e -> applyFilter());
		this.newer.addClickListener(e -> showPage(this.page - 1));
		this.older.addClickListener(e -> showPage(this.page + 1));
		this.status.setId("audit-status");
		this.list.addClassName("account-list");
		this.list.addClassName("audit-entries");

		Div filters = new Div(this.kind, this.username, this.from, this.to);
		filters.addClassName("filters");
		this.filterHeading.setId("audit-filter-heading");
		Section filterSection = new Section(this.filterHeading, filters, this.alert, this.show);
		filterSection.getElement().setAttribute("aria-labelledby", "audit-filter-heading");
		this.listHeading.setId("audit-list-heading");
		Div paging = new Div(this.newer, this.older);
		paging.addClassName("filters");
		Section listSection = new Section(this.listHeading, this.status, this.list, paging);
		listSection.getElement().setAttribute("aria-labelledby", "audit-list-heading");
		add(this.heading, this.intro, filterSection, listSection);
	}

	private void applyFilter() {
		AuditFilter wanted = new AuditFilter(this.kind.getValue().orElse(null), this.username.getValue(),
				this.from.getValue(), this.to.getValue());
		this.refusals.clear();
		try {
			AuditPage result = this.log.search(wanted, 0);
			this.filter = wanted;
			render(result);
		}
		catch (Refusal refusal) {
			this.refusals.show(refusal);
		}
	}

	private void showPage(int wanted) {
		render(this.log.search(this.filter, Math.max(0, wanted)));
	}

	private void render(AuditPage result) {
		this.page = result.page();
		Locale locale = getLocale();
		this.list.removeAll();
		for (AuditEntry entry : result.entries()) {
			this.list.add(item(entry, locale));
		}
		long pages = Math.max(1, (result.total() + result.pageSize() - 1) / result.pageSize());
		this.status.show(result.total() == 0 ? getTranslation("audit.none")
				: getTranslation("audit.count", result.total(), result.page() + 1, pages));
		this.newer.setVisible(result.hasNewer());
		this.older.setVisible(result.hasOlder());
	}

	private ListItem item(AuditEntry entry, Locale locale) {
		Paragraph what = new Paragraph(CityTime.medium(entry.occurredAt(), locale) + " – " + kindName(entry.kind()));
		what.addClassName("card-title");
		what.addClassName("audit-what");
		ListItem item = new ListItem(what);
		item.addClassName("card");
		item.add(fact("audit.fact.outcome", getTranslation(
				entry.outcome() == AuditOutcome.SUCCESS ? "audit.outcome.success" : "audit.outcome.failure")));
		if (entry.accountId() != null || entry.kind() == AuditKind.SIGN_IN_FAILED) {
			item.add(fact("audit.fact.account", accountName(entry.accountId(), entry.username())));
		}
		if (entry.actorId() != null) {
			item.add(fact("audit.fact.actor", accountName(entry.actorId(), entry.actorName())));
		}
		String detail = detail(entry);
		if (detail != null) {
			item.add(fact("audit.fact.detail", detail));
		}
		return item;
	}

	private String accountName(@Nullable Long id, @Nullable String name) {
		if (id == null) {
			return getTranslation("audit.account.unknown-name");
		}
		return name != null ? name : getTranslation("audit.account.gone", id);
	}

	private @Nullable String detail(AuditEntry entry) {
		String detail = entry.detail();
		if (detail == null) {
			return null;
		}
		return switch (entry.kind()) {
			case SIGN_IN_FAILED -> switch (detail) {
				case "UNKNOWN_ACCOUNT" -> getTranslation("audit.reason.unknown-account");
				case "WRONG_PASSWORD" -> getTranslation("audit.reason.wrong-password");
				case "BLOCKED" -> getTranslation("audit.reason.blocked");
				case "DISABLED" -> getTranslation("audit.reason.disabled");
				case "PASSKEY_REFUSED" -> getTranslation("audit.reason.passkey-refused");
				default -> detail;
			};
			case PASSKEY_CHANGED -> getTranslation(
					AuditDetails.PASSKEY_ADDED.equals(detail) ? "audit.passkey.added" : "audit.passkey.removed");
			case ACCOUNT_LOCKED ->
				getTranslation(AuditDetails.LOCK_ACCOUNT.equals(detail) ? "audit.lock.account" : "audit.lock.network");
			case ROLES_CHANGED -> {
				AuditDetails.RoleChange change = AuditDetails.roleChange(detail);
				yield getTranslation("audit.roles", roleNames(change.before()), roleNames(change.after()));
			}
			case DEVICE_ENROLLMENT_ISSUED, DEVICE_ENROLLED, DEVICE_REVOKED, AGENT_KEY_ROTATED ->
				getTranslation("audit.device", detail);
			case BORROWER_REMINDED -> getTranslation("audit.reservation", detail);
			default -> detail;
		};
	}

	private String roleNames(Set<Role> roles) {
		if (roles.isEmpty()) {
			return getTranslation("audit.roles.none");
		}
		return roles.stream()
			.sorted()
			.map(role -> getTranslation("role." + role.name()))
			.collect(Collectors.joining(", "));
	}

	private String kindName(AuditKind kind) {
		return getTranslation(switch (kind) {
			case SIGN_IN_SUCCEEDED -> "audit.kind.sign-in-succeeded";
			case SIGN_IN_FAILED -> "audit.kind.sign-in-failed";
			case ACCOUNT_LOCKED -> "audit.kind.account-locked";
			case ACCOUNT_UNLOCKED -> "audit.kind.account-unlocked";
			case PASSWORD_CHANGED -> "audit.kind.password-changed";
			case PASSKEY_CHANGED -> "audit.kind.passkey-changed";
			case ROLES_CHANGED -> "audit.kind.roles-changed";
			case ACCOUNT_DISABLED -> "audit.kind.account-disabled";
			case ACCOUNT_ENABLED -> "audit.kind.account-enabled";
			case ACCOUNT_DELETED -> "audit.kind.account-deleted";
			case DATA_EXPORTED -> "audit.kind.data-exported";
			case DEVICE_ENROLLMENT_ISSUED -> "audit.kind.device-enrollment-issued";
			case DEVICE_ENROLLED -> "audit.kind.device-enrolled";
			case DEVICE_REVOKED -> "audit.kind.device-revoked";
			case AGENT_KEY_ROTATED -> "audit.kind.agent-key-rotated";
			case BORROWER_REMINDED -> "audit.kind.borrower-reminded";
		});
	}

	private Paragraph fact(String key, String value) {
		Span name = new Span(getTranslation(key) + ": ");
		name.addClassName("fact-name");
		return new Paragraph(name, new Span(value));
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "audit.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Locale locale = getLocale();
		this.heading.setText(getTranslation("audit.title"));
		this.intro.setText(getTranslation("audit.intro", this.log.retention().toDays()));
		this.filterHeading.setText(getTranslation("audit.filter"));
		this.kind.setLabel(getTranslation("audit.filter.kind"));
		this.kind
			.setItemLabelGenerator(k -> k.map(this::kindName).orElseGet(() -> getTranslation("audit.filter.kind.all")));
		this.username.setLabel(getTranslation("audit.filter.username"));
		this.username.setHelperText(getTranslation("audit.filter.username.help"));
		DayTimeFields.translate(this.from, getTranslation("audit.filter.from"), locale,
				getTranslation("audit.day.today"), getTranslation("audit.day.cancel"),
				getTranslation("audit.error.day"));
		DayTimeFields.translate(this.to, getTranslation("audit.filter.to"), locale, getTranslation("audit.day.today"),
				getTranslation("audit.day.cancel"), getTranslation("audit.error.day"));
		this.show.setText(getTranslation("audit.filter.show"));
		this.listHeading.setText(getTranslation("audit.list"));
		this.newer.setText(getTranslation("audit.newer"));
		this.older.setText(getTranslation("audit.older"));
		showPage(this.page);
		Titles.update(this);
	}

}
