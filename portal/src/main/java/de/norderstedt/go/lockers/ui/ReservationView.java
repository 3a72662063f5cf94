package de.norderstedt.go.lockers.ui;

import java.time.Instant;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.app.ui.AppClient;
import de.norderstedt.go.kiosk.codes.CodeAction;
import de.norderstedt.go.lockers.AccessPass;
import de.norderstedt.go.lockers.LockerService;
import de.norderstedt.go.lockers.Reservation;
import de.norderstedt.go.lockers.ReservationStatus;
import de.norderstedt.go.qr.ui.QrCodeImage;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Texts;
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

	private final AppClient app;

	ReservationView(LockerService lockers, AppClient app) {
		this.lockers = lockers;
		this.app = app;
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
		facts.add(fact("lockers.reservation.where", r.stationName() + ", " + r.stationPlace(), locale));
		facts.add(fact("lockers.reservation.compartment", String.valueOf(r.compartmentNumber()), locale));
		facts.add(fact("lockers.reservation.when", LockerTexts.when(r, locale), locale));
		add(facts);

		if (r.isActive()) {
			this.lockers.pass(r.id()).ifPresent(pass -> add(passCard(pass, locale)));
		}

		Div actions = new Div();
		actions.addClassName("actions");
		if (r.status() == ReservationStatus.RESERVED) {
			Button cancel = new Button(getTranslation("lockers.reservation.cancel"), e -> confirmCancel());
			cancel.addThemeVariants(ButtonVariant.LUMO_ERROR);
			actions.add(cancel);
		}
		add(actions, backLink());
		// with its code, to show at the station without a connection too (the app keeps
		// it while a code works, and drops it after)
		this.app.keep(this, "/schliessfaecher/reservierung/" + r.id(), "/app/kopie/reservierung/" + r.id());
	}

	/** A fact of the reservation: its name, then its value. */
	static Paragraph fact(String key, String value, Locale locale) {
		Span name = new Span(Texts.get(key, locale) + ": ");
		name.addClassName("fact-name");
		return new Paragraph(name, new Span(value));
	}

	/**
	 * The code that opens the compartment now, as a QR code and as digits, with how long
	 * it works and how to use it (this page, and the copy the app keeps).
	 */
	static Div passCard(AccessPass pass, Locale locale) {
		Div card = new Div();
		card.addClassName("ticket");
		card.addClassName("lockers-pass");
		boolean pickup = pass.action() == CodeAction.PICKUP;
		card.add(new H2(Texts.get(pickup ? "lockers.pass.pickup" : "lockers.pass.return", locale)));
		QrCodeImage qr = new QrCodeImage();
		qr.show(pass.qrText(), Texts.get(pickup ? "lockers.pass.qr-pickup" : "lockers.pass.qr-return", locale));
		qr.addClassName("lockers-qr");
		card.add(qr);
		Span digits = new Span(LockerTexts.code(pass.numericCode()));
		digits.addClassName("ticket-code");
		digits.setId("locker-code");
		card.add(new Paragraph(new Span(Texts.get("lockers.pass.number", locale) + ": "), digits));
		card.add(new Paragraph(Texts.get("lockers.pass.valid", locale, validity(pass.validFrom(), locale),
				validity(pass.validUntil(), locale))));
		card.add(new Paragraph(Texts.get(pickup ? "lockers.pass.how-pickup" : "lockers.pass.how-return", locale)));
		return card;
	}

	private static String validity(Instant instant, Locale locale) {
		return CityTime.day(instant, locale) + ", " + CityTime.time(instant, locale);
	}

	private String stateText(Reservation r, Locale locale) {
		return LockerTexts.state(r, Instant.now(), locale);
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
