package de.norderstedt.go.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;

import java.util.List;
import java.util.regex.Pattern;

import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.TestCourses;
import de.norderstedt.go.notifications.TestMails;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * Guests who book on the web with an e-mail address are told as account holders are: a
 * guest gets her confirmation, another on the full date her waiting-list place, and when
 * the first cancels, the second is told she moved up; every e-mail's ticket link opens
 * her ticket. A guest with only a phone number reads on her ticket that no messages will
 * come.
 */
class GuestMessagesEndToEndTest extends EndToEndTest {

	@Autowired
	TestCourses courses;

	@Autowired
	BookingService bookings;

	@Autowired
	TestMails mails;

	@Test
	void guests_with_an_address_get_confirmation_waiting_list_and_moved_up_by_e_mail_with_working_ticket_links() {
		String title = "Gäste-Treff " + System.nanoTime();
		long date = this.courses
			.course(title, this.courses.place("Stadtbücherei"), 1, List.of(TestCourses.inDays(3, 10)))
			.get(0);
		String aylin = "aylin-" + System.nanoTime() + "@example.org";
		String helga = "helga-" + System.nanoTime() + "@example.org";

		String aylinsCode = book(date, title, "Aylin Demir", null, aylin);
		assertThat(this.page.locator("#ticket-messages"))
			.hasText(Pattern.compile("Nachrichten zu dieser Buchung bekommen Sie per E-Mail"));
		// the full date puts Helga on the waiting list
		String helgasCode = book(date, title, "Helga Hansen", null, helga);
		assertThat(this.page.locator("#ticket-state")).hasText(Pattern.compile("Warteliste, Platz 1"));

		// Aylin cancels with her code: the place goes to Helga
		this.bookings.cancel(aylinsCode);

		openTicketFrom(this.mails.mailTo(aylin, "Buchung bestätigt: " + title), aylinsCode);
		openTicketFrom(this.mails.mailTo(helga, "Auf der Warteliste: " + title), helgasCode);
		String movedUp = this.mails.mailTo(helga, "Ein Platz ist frei: " + title);
		openTicketFrom(movedUp, helgasCode);
		assertThat(this.page.locator("#ticket-state")).hasText(Pattern.compile("Ihr Platz ist sicher"));
		checkAtTwoTextSizes(this.page, "guest-ticket-moved-up", 48);
		// the calendar file the e-mail offers is the ticket's
		String calendar = TestMails.pathInText(movedUp, "/ticket/" + helgasCode + "/kalender.ics");
		org.assertj.core.api.Assertions.assertThat(this.page.request().get(url(calendar)).text())
			.contains("BEGIN:VCALENDAR")
			.contains(title);
	}

	@Test
	void a_guest_with_only_a_phone_number_reads_on_her_ticket_that_no_messages_will_come() {
		String title = "Telefon-Treff " + System.nanoTime();
		long date = this.courses
			.course(title, this.courses.place("Stadtbücherei"), 3, List.of(TestCourses.inDays(4, 10)))
			.get(0);
		book(date, title, "Jens Peters", "040 52 52 52", null);
		assertThat(this.page.locator("#ticket-messages")).hasText(
				"Zu dieser Buchung bekommen Sie keine Nachrichten, denn es ist keine E-Mail-Adresse angegeben. Ob sich etwas ändert, sehen Sie hier auf Ihrem Ticket. Sie öffnen es mit Ihrem Buchungscode.");
		checkAtTwoTextSizes(this.page, "guest-ticket-phone-only", 48);
		button("English").click();
		assertThat(this.page.locator("#ticket-messages"))
			.hasText(Pattern.compile("^You will get no messages about this booking"));
	}

	/**
	 * Books the date on the web as a guest (on a full date: onto the waiting list);
	 * returns the code on the ticket.
	 */
	private String book(long date, String title, String name, @Nullable String phone, @Nullable String email) {
		open("/kurse");
		// the titles hold no pattern characters: Playwright reads the pattern as
		// JavaScript
		link(Pattern.compile("^(Platz buchen|Auf die Warteliste): " + title)).click();
		assertThat(heading1()).hasText("Platz buchen: " + title);
		this.page.getByLabel("Vor- und Nachname").fill(name);
		if (phone != null) {
			this.page.getByLabel("Telefonnummer").fill(phone);
		}
		if (email != null) {
			this.page.getByLabel("E-Mail-Adresse").fill(email);
		}
		button("Verbindlich buchen").or(button("Auf die Warteliste setzen")).click();
		assertThat(heading1()).hasText("Ihr Ticket");
		return this.page.locator("#ticket-code").textContent().replace(" ", "");
	}

	/** Opens the ticket link of the e-mail, as the guest would. */
	private void openTicketFrom(String mail, String code) {
		String ticket = TestMails.pathInText(mail, "/ticket/");
		org.assertj.core.api.Assertions.assertThat(ticket).isEqualTo("/ticket/" + code);
		open(ticket);
		assertThat(heading1()).hasText("Ihr Ticket");
		assertThat(this.page.locator("#ticket-code")).hasText(Pattern.compile(code.substring(0, 4)));
	}

}
