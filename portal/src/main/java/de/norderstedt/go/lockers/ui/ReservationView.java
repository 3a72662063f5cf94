package de.norderstedt.go.lockers.ui;

import java.time.Instant;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.kiosk.codes.CodeAction;
import de.norderstedt.go.lockers.AccessPass;
import de.norderstedt.go.lockers.LockerService;
import de.norderstedt.go.lockers.Reservation;
import de.norderstedt.go.lockers.ReservationStatus;
import de.norderstedt.go.qr.ui.QrCodeImage;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.CityTime;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * One of the signed-in person's reservations: what, where and when, and the code that
 * opens the compartment now (the pickup code, after pickup the return code) as a QR code
 * and as digits; cancelling before pickup.
 */
@Route("schliessfaecher/reservierung/:id([0-9]{1,18})")
@PermitAll
class ReservationView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final LockerService lockers;

	private long id;

	private @Nullable Reservation reservation;

	/** What the last action did: a status, or why it was refused. */
	private @Nullable String message;

	private boolean refused;

	ReservationView(LockerService lockers) {
		this.lockers = lockers;
		addClassName("page");
		addClassName("lockers");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.id = event.getRouteParameters().getLong("id").orElse(0L);
		this.reservation = this.lockers.myReservation(this.id).orElse(null);
	}

	private void render(Locale locale) {
		removeAll();
		Reservation r = this.reservation;
		if (r == null) {
			add(new H1(getTranslation("lockers.reservation.unknown-title")));
			LiveRegion text = LiveRegion.alert();
			text.show(getTranslation("lockers.error.unknown"));
			add(text, backLink());
			return;
		}
		add(new H1(getTranslation("lockers.reservation.heading", LockerTexts.type(r.type(), locale))));
		LiveRegion state = LiveRegion.status();
		state.show(stateText(r, locale));
		state.addClassName("ticket-state");
		state.setId("reservation-state");
		add(state);
		if (this.message != null) {
			LiveRegion done = this.refused ? LiveRegion.alert() : LiveRegion.status();
			done.show(this.message);
			add(done);
		}

		Div facts = new Div();
		facts.addClassName("ticket");
		facts.add(new H2(r.itemName()));
		facts.add(fact("lockers.reservation.where", r.stationName() + ", " + r.stationPlace()));
		facts.add(fact("lockers.reservation.compartment", String.valueOf(r.compartmentNumber())));
		facts.add(fact("lockers.reservation.when", LockerTexts.when(r, locale)));
		add(facts);

		if (r.isActive()) {
			this.lockers.pass(r.id()).ifPresent(pass -> add(passCard(pass, r, locale)));
		}

		Div actions = new Div();
		actions.addClassName("actions");
		if (r.status() == ReservationStatus.RESERVED) {
			Button cancel = new Button(getTranslation("lockers.reservation.cancel"), e -> confirmCancel());
			cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
			actions.add(cancel);
		}
		add(actions, backLink());
	}

	private Paragraph fact(String key, String value) {
		Span name = new Span(getTranslation(key) + ": ");
		name.addClassName("fact-name");
		return new Paragraph(name, new Span(value));
	}

	private Div passCard(AccessPass pass, Reservation r, Locale locale) {
		Div card = new Div();
		card.addClassName("ticket");
		card.addClassName("lockers-pass");
		boolean pickup = pass.action() == CodeAction.PICKUP;
		card.add(new H2(getTranslation(pickup ? "lockers.pass.pickup" : "lockers.pass.return")));
		QrCodeImage qr = new QrCodeImage();
		qr.show(pass.qrText(), getTranslation(pickup ? "lockers.pass.qr-pickup" : "lockers.pass.qr-return"));
		qr.addClassName("lockers-qr");
		card.add(qr);
		Span digits = new Span(LockerTexts.code(pass.numericCode()));
		digits.addClassName("ticket-code");
		digits.setId("locker-code");
		card.add(new Paragraph(new Span(getTranslation("lockers.pass.number") + ": "), digits));
		card.add(new Paragraph(getTranslation("lockers.pass.valid", validity(pass.validFrom(), locale),
				validity(pass.validUntil(), locale))));
		card.add(new Paragraph(getTranslation(pickup ? "lockers.pass.how-pickup" : "lockers.pass.how-return")));
		return card;
	}

	private static String validity(Instant instant, Locale locale) {
		return CityTime.day(instant, locale) + ", " + CityTime.time(instant, locale);
	}

	private String stateText(Reservation r, Locale locale) {
		if (r.isOverdue(Instant.now())) {
			return getTranslation("lockers.status.overdue", CityTime.time(r.end(), locale));
		}
		return LockerTexts.status(r, locale);
	}

	private Paragraph backLink() {
		RouterLink mine = new RouterLink(getTranslation("lockers.mine.title"), MyReservationsView.class);
		mine.addClassName("action-link");
		return new Paragraph(mine);
	}

	private void confirmCancel() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("lockers.reservation.cancel-title"));
		dialog.add(new Paragraph(getTranslation("lockers.reservation.cancel-question")));
		Button yes = new Button(getTranslation("lockers.reservation.cancel-yes"), e -> {
			dialog.close();
			cancel();
		});
		yes.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		Button no = new Button(getTranslation("lockers.reservation.cancel-no"), e -> dialog.close());
		dialog.getFooter().add(no, yes);
		dialog.open();
		no.focus();
	}

	private void cancel() {
		try {
			this.lockers.cancel(this.id);
			this.message = getTranslation("lockers.reservation.cancel-done");
			this.refused = false;
		}
		catch (Refusal refusal) {
			this.message = refusal.text(getLocale());
			this.refused = true;
		}
		this.reservation = this.lockers.myReservation(this.id).orElse(null);
		render(getLocale());
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "lockers.reservation.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render(event.getLocale());
		Titles.update(this);
	}

}
