package de.norderstedt.go.ideas;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ContactDataTest {

	@ParameterizedTest
	@ValueSource(strings = { "Rufen Sie mich an: 040 1234567.", "Tel. 0176-12345678", "Handy +49 176 1234 5678",
			"(040) 52 98 76", "Schreiben Sie an helga.hansen@example.de bitte", "mail: a.b+c@gmx.net",
			"0049 40 5555555" })
	void finds_phone_numbers_and_e_mail_addresses(String text) {
		assertThat(ContactData.in(text)).hasSize(1);
		assertThat(ContactData.heldBack(text, "(zurückgehalten)")).contains("(zurückgehalten)")
			.doesNotContainPattern("\\d{4}")
			.doesNotContain("@");
	}

	@ParameterizedTest
	@ValueSource(strings = { "Am 24.12.2026 um 10:00 Uhr", "Kostet 1.500.000 Euro", "PLZ 22850 Norderstedt",
			"Bus 393 alle 10 Minuten", "Öffnungszeiten 09:00 bis 17:00", "10 000 Bäume pflanzen", "Version 2.0",
			"Etwa 0,5 Prozent", "Hausnummer 12a, Zimmer 0" })
	void leaves_dates_prices_postal_codes_and_times_alone(String text) {
		assertThat(ContactData.in(text)).isEmpty();
		assertThat(ContactData.heldBack(text, "(zurückgehalten)")).isEqualTo(text);
	}

	@Test
	void holds_back_every_one_and_keeps_the_rest() {
		assertThat(ContactData.heldBack("Anrufen unter 040 123456 oder an max@example.org schreiben.", "[…]"))
			.isEqualTo("Anrufen unter […] oder an […] schreiben.");
	}

}
