package de.norderstedt.go.notifications.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.notifications.ConfirmOutcome;
import de.norderstedt.go.notifications.EmailAddresses;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The page the confirmation link in an e-mail opens: one button confirms the address (a
 * link scanner that only opens the page confirms nothing). It says in words whether it
 * worked, the link expired (with a button for a new one) or was used. The token in the
 * path is a one-time secret; the page shows nothing of the address.
 */
@Route("e-mail/bestaetigen/:token")
@AnonymousAllowed
class EmailConfirmView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	private final EmailAddresses addresses;

	private final H1 heading = new H1();

	private final Paragraph lead = new Paragraph();

	private final Button confirm = new Button();

	private final Button resend = new Button();

	private final LiveRegion status = LiveRegion.status();

	private final LiveRegion alert = LiveRegion.alert();

	private final FormRefusals refusals = new FormRefusals(this.alert);

	private final Anchor home = new Anchor(".", "");

	private String token = "";

	private ConfirmOutcome state = ConfirmOutcome.UNKNOWN;

	EmailConfirmView(EmailAddresses addresses) {
		this.addresses = addresses;
		addClassName("page");
		this.lead.addClassName("lead");
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.addClickListener(e -> confirm());
		this.resend.addClickListener(e -> resend());
		this.home.addClassName("button-link");
		// what happened is said first, then what can be done about it
		add(this.heading, this.lead, this.confirm, this.status, this.resend, this.alert, new Paragraph(this.home));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.token = event.getRouteParameters().get("token").orElse("");
		this.state = this.addresses.check(this.token);
		this.status.clear();
		this.alert.clear();
		show();
	}

	private void confirm() {
		this.state = this.addresses.confirm(this.token);
		show();
	}

	private void resend() {
		if (this.refusals.attempt(() -> this.addresses.sendNewLink(this.token))) {
			this.resend.setVisible(false);
			this.status.show(getTranslation("email.confirm.resent"));
		}
	}

	private void show() {
		boolean open = this.state == ConfirmOutcome.OPEN;
		this.lead.setVisible(open);
		this.confirm.setVisible(open);
		this.resend.setVisible(this.state == ConfirmOutcome.EXPIRED);
		if (!open) {
			this.status.show(getTranslation(switch (this.state) {
				case CONFIRMED -> "email.confirm.confirmed";
				case USED -> "email.confirm.used";
				case EXPIRED -> "email.confirm.expired";
				default -> "email.confirm.unknown";
			}));
		}
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "email.confirm.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("email.confirm.title"));
		this.lead.setText(getTranslation("email.confirm.lead"));
		this.confirm.setText(getTranslation("email.confirm.button"));
		this.resend.setText(getTranslation("email.confirm.resend"));
		this.home.setText(getTranslation("email.home"));
		show();
		Titles.update(this);
	}

}
