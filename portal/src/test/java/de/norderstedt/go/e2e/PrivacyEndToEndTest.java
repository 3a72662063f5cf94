package de.norderstedt.go.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;
import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.BookingStatus;
import de.norderstedt.go.courses.TestCourses;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;

/**
 * A person's rights over their data, as a person uses them: a resident reads and
 * downloads what is stored about her, deletes her account and can no longer sign in; a
 * guest deletes her booking's data with its code.
 */
class PrivacyEndToEndTest extends EndToEndTest {

	@Autowired
	TestCourses courses;

	@Autowired
	BookingService bookings;

	@Test
	void a_resident_downloads_her_data_deletes_her_account_and_can_no_longer_sign_in() throws Exception {
		String helga = "privacy-helga-" + System.nanoTime() % 100_000;
		this.accounts.ensure(helga, Role.RESIDENT);
		long date = this.courses.dateWithCapacity(3);
		this.accounts.signIn(helga);
		Booking booking = this.bookings.book(new BookingRequest(date, "Helga Hansen", "040 123456", null, true));
		this.accounts.signOut();
		signIn(helga);
		link("Meine Daten ansehen").click();
		assertThat(heading1()).hasText("Meine Daten");
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Ihre Kursbuchungen")))
			.isVisible();
		assertThat(this.page.getByText("Helga Hansen", new Page.GetByTextOptions().setExact(true))).isVisible();
		checkAtTwoTextSizes(this.page, "my-data", 48);

		Download json = this.page.waitForDownload(() -> link("Datei für Computer (JSON)").click());
		String exported = Files.readString(json.path());
		assertThat(exported).contains("\"username\" : \"" + helga + "\"")
			.contains("Helga Hansen")
			.contains(booking.code());
		Download pdf = this.page.waitForDownload(() -> link("Zum Ausdrucken (PDF)").click());
		assertThat(Files.readAllBytes(pdf.path())).startsWith("%PDF".getBytes());

		button("Konto löschen …").click();
		Locator password = this.page.getByLabel("Ihr Passwort");
		password.fill("nicht-mein-passwort");
		button("Konto endgültig löschen").click();
		assertRefusedAt(this.page.getByLabel("Ich habe gelesen, was gelöscht wird und was ohne meinen Namen bleibt."),
				"Bitte bestätigen Sie, dass Sie gelesen haben, was gelöscht wird.");
		this.page.getByLabel("Ich habe gelesen, was gelöscht wird und was ohne meinen Namen bleibt.").check();
		button("Konto endgültig löschen").click();
		assertRefusedAt(password, "Das Passwort stimmt nicht. Ihr Konto ist nicht gelöscht.");
		checkAtTwoTextSizes(this.page, "my-data-delete-refused", 48);

		password.fill(de.norderstedt.go.accounts.TestAccounts.PASSWORD);
		button("Konto endgültig löschen").click();
		assertThat(heading1()).hasText("Ihr Konto ist gelöscht");
		checkAtTwoTextSizes(this.page, "account-deleted", 48);
		assertThat(this.bookings.findByCode(booking.code()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);

		submitSignIn(helga, de.norderstedt.go.accounts.TestAccounts.PASSWORD);
		assertThat(this.page.getByText("Benutzername oder Passwort stimmen nicht.")).isVisible();
	}

	@Test
	void a_guest_deletes_her_bookings_data_with_the_code() {
		long date = this.courses.dateWithCapacity(3);
		this.accounts.signOut();
		Booking booking = this.bookings.book(new BookingRequest(date, "Gisela Gast", "040 999888", null, false));
		open("/ticket/" + booking.code());
		// the ticket names the booker by first name and initial only: whoever has the
		// code
		// learns no full name
		assertThat(this.page.getByText("Für: Gisela G.", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(this.page.getByText(Pattern.compile("Gisela Gast"))).hasCount(0);
		button("Daten dieser Buchung löschen …").click();
		assertThat(this.page.getByRole(AriaRole.DIALOG, new Page.GetByRoleOptions().setName("Daten löschen?"))
			.getByText("Name und Kontakt zu dieser Buchung werden gelöscht.",
					new Locator.GetByTextOptions().setExact(false)))
			.isVisible();
		checkAtTwoTextSizes(this.page, "ticket-forget-dialog", 48);
		button("Ja, Daten löschen").click();

		assertThat(this.page.getByRole(AriaRole.ALERT)
			.filter(new Locator.FilterOptions().setHasText("Die Daten dieser Buchung sind gelöscht."))).isVisible();
		assertThat(this.page.getByText(Pattern.compile("Gisela"))).hasCount(0);
		assertThat(button("Daten dieser Buchung löschen …")).hasCount(0);
		checkAtTwoTextSizes(this.page, "ticket-forgotten", 48);
		assertThat(this.bookings.isForgotten(booking.code())).isTrue();
	}

	@Test
	void a_resident_chooses_a_new_password_and_a_common_one_is_refused_at_its_field() {
		String aylin = "password-aylin-" + System.nanoTime() % 100_000;
		this.accounts.ensure(aylin, Role.RESIDENT);
		signIn(aylin);
		Locator current = this.page.getByLabel("Ihr jetziges Passwort");
		Locator chosen = this.page.getByLabel("Neues Passwort", new Page.GetByLabelOptions().setExact(true));
		Locator repeat = this.page.getByLabel("Neues Passwort wiederholen");
		current.fill(de.norderstedt.go.accounts.TestAccounts.PASSWORD);
		chosen.fill("password123");
		repeat.fill("password123");
		button("Passwort ändern").click();
		assertRefusedAt(chosen, "Dieses Passwort benutzen sehr viele Menschen; es ist leicht zu erraten. "
				+ "Bitte wählen Sie ein anderes, zum Beispiel einen kurzen Satz.");
		checkAtTwoTextSizes(this.page, "account-password-refused", 48);

		chosen.fill("Mein Garten hat drei Apfelbäume");
		repeat.fill("Mein Garten hat drei Apfelbäume");
		button("Passwort ändern").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Ihr Passwort ist geändert."))).isVisible();

		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();
		submitSignIn(aylin, "Mein Garten hat drei Apfelbäume");
		this.page.waitForURL(Pattern.compile(".*/konto$"));
	}

}
