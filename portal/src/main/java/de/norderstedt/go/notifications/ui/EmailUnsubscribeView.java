package de.norderstedt.go.notifications.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.notifications.EmailAddresses;
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
 * The page the unsubscribe link in every e-mail opens, without signing in: a button stops
 * all e-mail to the address (opening the page alone stops nothing, so link scanners do no
 * harm), and the result is said in words. Mail programs POST to the same address instead
 * (see {@code OneClickUnsubscribe}).
 */
@Route("e-mail/abmelden/:token")
@AnonymousAllowed
class EmailUnsubscribeView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	private enum State {

		ASK, DONE, UNKNOWN

	}

	private final EmailAddresses addresses;

	private final H1 heading = new H1();

	private final Paragraph lead = new Paragraph();

	private final Button stop = new Button();

	private final LiveRegion status = LiveRegion.status();

	private final Anchor home = new Anchor(".", "");

	private String token = "";

	private State state = State.UNKNOWN;

	EmailUnsubscribeView(EmailAddresses addresses) {
		this.addresses = addresses;
		addClassName("page");
		this.lead.addClassName("lead");
		this.stop.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.stop.addClickListener(e -> stop());
		this.home.addClassName("button-link");
		add(this.heading, this.lead, this.stop, this.status, new Paragraph(this.home));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.token = event.getRouteParameters().get("token").orElse("");
		this.state = this.addresses.unsubscribeLinkKnown(this.token) ? State.ASK : State.UNKNOWN;
		this.status.clear();
		show();
	}

	private void stop() {
		this.state = this.addresses.unsubscribe(this.token) ? State.DONE : State.UNKNOWN;
		show();
	}

	private void show() {
		boolean ask = this.state == State.ASK;
		this.lead.setVisible(ask);
		this.stop.setVisible(ask);
		if (!ask) {
			this.status.show(
					getTranslation(this.state == State.DONE ? "email.unsubscribe.done" : "email.unsubscribe.unknown"));
		}
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "email.unsubscribe.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("email.unsubscribe.title"));
		this.lead.setText(getTranslation("email.unsubscribe.lead"));
		this.stop.setText(getTranslation("email.unsubscribe.button"));
		this.home.setText(getTranslation("email.home"));
		show();
		Titles.update(this);
	}

}
