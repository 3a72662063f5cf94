package de.norderstedt.go.lockers.ui;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Preferences;
import de.norderstedt.go.lockers.AccessPass;
import de.norderstedt.go.lockers.LockerService;
import de.norderstedt.go.lockers.Reservation;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Texts;
import de.norderstedt.go.web.ui.PlainPage;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The copy of a locker reservation that the installed app keeps for use without a
 * connection: what, where, when, and the code that opens the compartment now (QR code and
 * digits) as plain HTML. Only the signed-in person's own reservations, and only while a
 * code of it works; kept until that code stops working.
 */
@RestController
class ReservationCopyController {

	private final LockerService lockers;

	private final AccountService accounts;

	private final Clock clock;

	ReservationCopyController(LockerService lockers, AccountService accounts, Clock clock) {
		this.lockers = lockers;
		this.accounts = accounts;
		this.clock = clock;
	}

	@GetMapping("/app/kopie/reservierung/{id:[0-9]{1,18}}")
	ResponseEntity<String> copy(@PathVariable long id,
			@RequestParam(name = "sprache", defaultValue = "de") String language) {
		if (this.accounts.signedInAccountId().isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		Locale locale = Texts.supported(Locale.forLanguageTag(language));
		Optional<Reservation> reservation = this.lockers.myReservation(id).filter(Reservation::isActive);
		Optional<AccessPass> pass = reservation.flatMap(r -> this.lockers.pass(r.id()));
		if (reservation.isEmpty() || pass.isEmpty()) {
			return ResponseEntity.notFound().build();
		}
		return PlainPage.copy(page(reservation.get(), pass.get(), locale).html(), pass.get().validUntil());
	}

	private PlainPage page(Reservation r, AccessPass pass, Locale locale) {
		Preferences preferences = this.accounts.currentPreferences().orElse(Preferences.DEFAULT);
		PlainPage page = PlainPage
			.of(Texts.get("app.copy.reservation-title", locale, r.itemName(), CityTime.longDay(r.start(), locale)),
					locale)
			.textSize(preferences.textSize().percent())
			.highContrast(preferences.highContrast());
		Paragraph state = new Paragraph(LockerTexts.state(r, this.clock.instant(), locale));
		state.addClassName("ticket-state");
		page.add(new H1(Texts.get("lockers.reservation.heading", locale, LockerTexts.type(r.type(), locale))), state);
		Div facts = new Div();
		facts.addClassName("ticket");
		facts.add(new H2(r.itemName()));
		facts.add(ReservationView.fact("lockers.reservation.where", r.stationName() + ", " + r.stationPlace(), locale));
		facts.add(
				ReservationView.fact("lockers.reservation.compartment", String.valueOf(r.compartmentNumber()), locale));
		facts.add(ReservationView.fact("lockers.reservation.when", LockerTexts.when(r, locale), locale));
		page.add(facts, ReservationView.passCard(pass, locale), PlainPage.savedAt(this.clock.instant(), locale),
				PlainPage.home(locale));
		return page;
	}

}
