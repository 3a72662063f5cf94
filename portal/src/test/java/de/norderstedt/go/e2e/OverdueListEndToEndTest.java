package de.norderstedt.go.e2e;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.regex.Pattern;

import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.Reservation;
import de.norderstedt.go.lockers.TestLockers;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.options.AriaRole;

/**
 * Locker staff read on the overdue list how the borrower was told (the overdue notice, in
 * the app) and send her a reminder through the notification centre; a second press at
 * once is refused in words at the button.
 */
class OverdueListEndToEndTest extends EndToEndTest {

	@Autowired
	TestLockers lockers;

	@Test
	void staff_see_how_the_borrower_was_told_and_send_one_reminder() {
		TestLockers.TestStation station = this.lockers.station("Überfällig " + System.nanoTime(), 2, ItemType.ROLLATOR);
		String borrower = "overdue-e2e-" + System.nanoTime();
		Reservation late = this.lockers.overdue(borrower, station.id(), ItemType.ROLLATOR);
		this.lockers.sendReminders();
		String staff = "overdue-staff-" + System.nanoTime();
		this.lockers.staff(staff, station.id());
		signIn(staff);

		Locator item = this.page.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText(late.itemName()))
			.filter(new Locator.FilterOptions().setHasText("Test " + borrower));
		// the notice is made by a handler after the reminder job: the page shows it once
		// it is there
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			open("/schliessfaecher/ueberfaellig");
			assertThat(item.getByText(Pattern.compile("^In der App: zugestellt am "))).isVisible();
		});
		assertThat(item.getByRole(AriaRole.HEADING,
				new Locator.GetByRoleOptions().setName("So wurde die Person benachrichtigt")))
			.isVisible();
		assertThat(item).containsText("Hinweis „Ausleihe abgelaufen“ vom ");
		checkAtTwoTextSizes(this.page, "lockers-overdue-told", 48);

		Locator remind = item.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions()
			.setName("Erinnerung schicken an Test " + borrower + ": " + late.itemName()));
		remind.click();
		assertThat(item.getByRole(AriaRole.STATUS)).hasText(Pattern.compile("Die Erinnerung ist unterwegs"));
		remind.click();
		assertThat(item.getByRole(AriaRole.ALERT)).hasText(Pattern
			.compile("^Die letzte Erinnerung ging am .* hinaus\\. " + "Eine neue können Sie ab .* schicken\\.$"));
		checkAtTwoTextSizes(this.page, "lockers-overdue-reminded", 48);

		// the reminder is among the messages to the person
		await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
			open("/schliessfaecher/ueberfaellig");
			assertThat(item).containsText("Erinnerung vom Schließfach-Team vom ");
		});
		button("English").click();
		assertThat(item.getByRole(AriaRole.BUTTON,
				new Locator.GetByRoleOptions().setName(Pattern.compile("^Send a reminder to Test " + borrower))))
			.isVisible();
		assertThat(item).containsText("Reminder from the locker team of ");
		checkAtTwoTextSizes(this.page, "lockers-overdue-told-en", 48);
	}

}
