package de.norderstedt.go.e2e;

import java.time.Duration;
import java.time.Instant;
import java.util.Set;
import java.util.regex.Pattern;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.news.NewAnnouncement;
import de.norderstedt.go.news.NewsDeskService;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.notifications.NotificationCategory;
import de.norderstedt.go.notifications.TestNotifications;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;

/**
 * The notification centre: the bell counts live without a reload and says what is new,
 * the list shows the person's own notifications newest first and marks them read; the
 * settings keep channels and quiet hours and refuse a bad address; the short set-up goes
 * through its three steps.
 */
class NotificationCentreEndToEndTest extends EndToEndTest {

	private static final String ROADWORKS = "Baustelle in der Ohechaussee";

	private static final String BOOKING = "Ihre Buchung ist bestätigt";

	private static final String STORM = "Sturmwarnung für Norderstedt";

	@Autowired
	TestNotifications notifications;

	@Autowired
	NewsService news;

	@Autowired
	NewsDeskService desk;

	@Test
	void the_bell_counts_live_and_the_centre_lists_the_persons_own_notifications_and_marks_them_read() {
		String resident = "centre-resident-" + System.nanoTime();
		long me = this.accounts.ensure(resident, Role.RESIDENT).id();
		long other = this.accounts.ensure("centre-other-" + System.nanoTime(), Role.RESIDENT).id();
		this.notifications.create(other, NotificationCategory.NEWS, "Nicht für Sie bestimmt", "Geheim", null, false);
		this.notifications.create(me, NotificationCategory.BOOKING, BOOKING,
				"Smartphone-Kurs in der Stadtbücherei, Dienstag um 10 Uhr.", "/meine-buchungen", false,
				Instant.now().minus(Duration.ofDays(1)));

		signIn(resident);
		Locator bell = link("Benachrichtigungen, 1 ungelesen");
		assertThat(bell).isVisible();
		assertThat(bell).containsText("1");
		checkPortal("notifications-bell");

		// a new one while the page is open: the bell changes and says so, without a
		// reload
		this.page.evaluate("() => window.centreMarker = 42");
		this.notifications.create(me, NotificationCategory.NEWS, ROADWORKS,
				"Ab Montag ist die Straße gesperrt.\n- Umleitung über die Friedrichsgaber Straße\n**Bitte** planen Sie mehr Zeit ein.",
				"/konto", false);
		assertThat(link("Benachrichtigungen, 2 ungelesen")).isVisible();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Neue Benachrichtigung: " + ROADWORKS))).hasCount(1);
		org.assertj.core.api.Assertions.assertThat(this.page.evaluate("() => window.centreMarker"))
			.as("the page was not loaded again")
			.isEqualTo(42);

		link("Benachrichtigungen, 2 ungelesen").click();
		assertThat(heading1()).hasText("Benachrichtigungen");
		assertThat(link("Benachrichtigungen, 2 ungelesen")).hasAttribute("aria-current", "page");
		Locator items = list().getByRole(AriaRole.LISTITEM);
		assertThat(items).hasCount(2);
		assertThat(items.nth(0).getByRole(AriaRole.HEADING)).hasText(ROADWORKS);
		assertThat(items.nth(1).getByRole(AriaRole.HEADING)).hasText(BOOKING);
		assertThat(this.page.getByText("Nicht für Sie bestimmt")).hasCount(0);
		Locator roadworks = item(ROADWORKS);
		assertThat(roadworks.getByText("Neu", new Locator.GetByTextOptions().setExact(true))).isVisible();
		assertThat(roadworks.getByText("Neuigkeit", new Locator.GetByTextOptions().setExact(true))).isVisible();
		assertThat(roadworks.locator("time")).hasText(Pattern.compile("^heute um \\d{2}:\\d{2} Uhr$"));
		assertThat(item(BOOKING).locator("time")).hasText(Pattern.compile("^gestern um \\d{2}:\\d{2} Uhr$"));
		assertThat(item(BOOKING).getByText("Buchung", new Locator.GetByTextOptions().setExact(true))).isVisible();
		// the text as written, line breaks kept, no markup made of it
		org.assertj.core.api.Assertions.assertThat(roadworks.getByText(Pattern.compile("^Ab Montag")).innerText())
			.contains("gesperrt.\n- Umleitung")
			.contains("**Bitte**");
		checkPortal("notifications-centre");

		// the list follows too: a warning arrives at the top
		this.notifications.create(me, NotificationCategory.NEWS, STORM, "Bitte bleiben Sie heute Abend zu Hause.", null,
				true);
		assertThat(items).hasCount(3);
		assertThat(items.nth(0).getByRole(AriaRole.HEADING)).hasText(STORM);
		assertThat(item(STORM).getByText("Warnung", new Locator.GetByTextOptions().setExact(true))).isVisible();
		assertThat(item(STORM).getByRole(AriaRole.LINK)).hasCount(0);
		assertThat(link("Benachrichtigungen, 3 ungelesen")).isVisible();

		button("Als gelesen markieren: " + ROADWORKS).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("„" + ROADWORKS + "“ ist als gelesen markiert.")))
			.isVisible();
		assertThat(roadworks.getByText("Neu", new Locator.GetByTextOptions().setExact(true))).isHidden();
		assertThat(button("Als gelesen markieren: " + ROADWORKS)).hasCount(0);
		assertThat(link("Benachrichtigungen, 2 ungelesen")).isVisible();
		org.assertj.core.api.Assertions
			.assertThat(this.page.evaluate("() => document.activeElement && document.activeElement.textContent"))
			.as("focus on the entry's title")
			.isEqualTo(ROADWORKS);

		button("Alle als gelesen markieren").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Alle Benachrichtigungen sind als gelesen markiert.")))
			.isVisible();
		assertThat(link("Benachrichtigungen, keine ungelesenen")).isVisible();
		assertThat(list().getByText("Neu", new Locator.GetByTextOptions().setExact(true))
			.filter(new Locator.FilterOptions().setVisible(true))).hasCount(0);
		checkPortal("notifications-centre-read");

		// in English: the English texts of the same entries
		button("English").click();
		assertThat(heading1()).hasText("Notifications");
		assertThat(item(ROADWORKS + " (en)").locator("time"))
			.hasText(Pattern.compile("^today at \\d{1,2}:\\d{2} [ap]m$"));
		assertThat(link("Notifications, none unread")).isVisible();
		checkPortal("notifications-centre-en");
		button("Deutsch").click();
		assertThat(heading1()).hasText("Benachrichtigungen");

		// "Öffnen" leads where the entry is about
		link("Öffnen: " + BOOKING).click();
		this.page.waitForURL(Pattern.compile(".*/meine-buchungen$"));
	}

	@Test
	void settings_keep_channels_and_quiet_hours_and_refuse_a_bad_address() {
		String resident = "centre-settings-" + System.nanoTime();
		this.accounts.ensure(resident, Role.RESIDENT);
		signIn(resident);
		link(Pattern.compile("^Benachrichtigungen, ")).click();
		link("Einstellungen für Benachrichtigungen").click();
		assertThat(heading1()).hasText("Einstellungen für Benachrichtigungen");
		assertThat(checkbox("Neuigkeiten in der App")).isChecked();
		assertThat(checkbox("Neuigkeiten als Nachricht auf dem Gerät")).isChecked();
		assertThat(checkbox("Neuigkeiten per E-Mail")).not().isChecked();
		assertThat(checkbox("Meine Buchungen, Schließfächer und Ideen in der App")).isChecked();
		assertThat(checkbox("Ruhezeit einhalten")).isChecked();
		assertThat(field("Ruhezeit von")).containsText("21:00");
		assertThat(field("Ruhezeit bis")).containsText("08:00");
		assertThat(pushSection()).isVisible();
		checkPortal("notifications-settings");

		// e-mail without an address: refused in words, nothing kept
		checkbox("Neuigkeiten per E-Mail").check();
		button("Speichern").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasText(
				"Für Nachrichten per E-Mail brauchen wir Ihre E-Mail-Adresse. Bitte tragen Sie sie ein oder wählen Sie E-Mail ab.");
		checkPortal("notifications-settings-error");
		this.page.reload();
		assertThat(heading1()).hasText("Einstellungen für Benachrichtigungen");
		assertThat(checkbox("Neuigkeiten per E-Mail")).not().isChecked();

		// a address that is none: refused, nothing kept
		field("E-Mail-Adresse (freiwillig)").fill("helga at example");
		checkbox("Neuigkeiten per E-Mail").check();
		button("Speichern").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).containsText("Diese E-Mail-Adresse stimmt so nicht.");
		this.page.reload();
		assertThat(heading1()).hasText("Einstellungen für Benachrichtigungen");
		assertThat(field("E-Mail-Adresse (freiwillig)")).hasValue("");

		// quiet hours that end when they start: refused
		chooseHour("Ruhezeit bis", "21:00");
		button("Speichern").click();
		assertThat(this.page.getByRole(AriaRole.ALERT))
			.hasText("Die Ruhezeit braucht einen Anfang und ein Ende, die verschieden sind.");

		// a good choice is kept
		checkbox("Senioren & Soziales").check();
		checkbox("Harksheide").check();
		field("E-Mail-Adresse (freiwillig)").fill("helga@example.org");
		checkbox("Neuigkeiten per E-Mail").check();
		checkbox("Meine Buchungen, Schließfächer und Ideen als Nachricht auf dem Gerät").uncheck();
		chooseHour("Ruhezeit von", "22:00");
		chooseHour("Ruhezeit bis", "07:00");
		button("Speichern").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Ihre Einstellungen sind gespeichert."))).isVisible();
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasCount(0);
		this.page.reload();
		assertThat(heading1()).hasText("Einstellungen für Benachrichtigungen");
		assertThat(checkbox("Neuigkeiten per E-Mail")).isChecked();
		assertThat(checkbox("Senioren & Soziales")).isChecked();
		assertThat(checkbox("Harksheide")).isChecked();
		assertThat(checkbox("Garstedt")).not().isChecked();
		assertThat(checkbox("Meine Buchungen, Schließfächer und Ideen als Nachricht auf dem Gerät")).not().isChecked();
		assertThat(field("E-Mail-Adresse (freiwillig)")).hasValue("helga@example.org");
		assertThat(field("Ruhezeit von")).containsText("22:00");
		assertThat(field("Ruhezeit bis")).containsText("07:00");

		// quiet hours off: the hours cannot be chosen, and it is kept
		checkbox("Ruhezeit einhalten").uncheck();
		assertThat(field("Ruhezeit von")).isDisabled();
		button("Speichern").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Ihre Einstellungen sind gespeichert."))).isVisible();
		this.page.reload();
		assertThat(heading1()).hasText("Einstellungen für Benachrichtigungen");
		assertThat(checkbox("Ruhezeit einhalten")).not().isChecked();

		button("English").click();
		assertThat(heading1()).hasText("Notification settings");
		assertThat(checkbox("News as a message on the device")).isChecked();
		assertThat(field("Quiet hours from")).containsText("10:00 pm");
		checkPortal("notifications-settings-en");
	}

	@Test
	void the_set_up_asks_one_thing_per_step_and_lands_in_the_centre() {
		String resident = "centre-set-up-" + System.nanoTime();
		this.accounts.ensure(resident, Role.RESIDENT);

		// offered on the news page; anonymous visitors are sent to sign in, and come back
		open("/neuigkeiten");
		link("Neuigkeiten abonnieren").click();
		this.page.waitForURL(Pattern.compile(".*/anmelden$"));
		this.page.getByLabel("Benutzername").fill(resident);
		this.page.getByLabel("Passwort", new Page.GetByLabelOptions().setExact(true)).fill(TestAccounts.PASSWORD);
		this.page.getByRole(AriaRole.MAIN).getByRole(AriaRole.BUTTON, exactly("Anmelden")).click();
		this.page.waitForURL(Pattern.compile(".*/neuigkeiten/einrichten(\\?continue)?$"));
		assertThat(heading1()).hasText("Neuigkeiten einrichten");

		open("/benachrichtigungen");
		assertThat(this.page.getByText("Sie haben noch keine Benachrichtigungen.")).isVisible();
		checkPortal("notifications-centre-empty");
		link("Neuigkeiten abonnieren").click();

		assertThat(heading1()).hasText("Neuigkeiten einrichten");
		assertThat(this.page.getByText("Schritt 1 von 3")).isVisible();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
			.hasText("Welche Themen interessieren Sie?");
		assertThat(checkbox("Garstedt")).isHidden();
		checkPortal("notifications-set-up-1");
		// no area at all would mean no news: the step says so
		button("Weiter").click();
		assertThat(this.page.getByRole(AriaRole.ALERT))
			.hasText("Bitte wählen Sie mindestens ein Thema. Sonst bekommen Sie keine Neuigkeiten.");
		assertThat(this.page.getByText("Schritt 1 von 3")).isVisible();
		checkbox("Verkehr & Baustellen").check();
		button("Weiter").click();

		assertThat(this.page.getByText("Schritt 2 von 3")).isVisible();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)))
			.hasText("Aus welchen Stadtteilen möchten Sie Neuigkeiten?");
		assertThat(checkbox("Verkehr & Baustellen")).isHidden();
		checkbox("Garstedt").check();
		checkPortal("notifications-set-up-2");
		button("Zurück").click();
		assertThat(this.page.getByText("Schritt 1 von 3")).isVisible();
		assertThat(checkbox("Verkehr & Baustellen")).isChecked();
		button("Weiter").click();
		assertThat(checkbox("Garstedt")).isChecked();
		button("Weiter").click();

		assertThat(this.page.getByText("Schritt 3 von 3")).isVisible();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(2)).first())
			.hasText("Wie möchten Sie die Neuigkeiten bekommen?");
		assertThat(checkbox("In der App (empfohlen)")).isChecked();
		assertThat(pushSection()).isVisible();
		assertThat(field("Ihre E-Mail-Adresse")).isHidden();
		checkbox("Per E-Mail").check();
		assertThat(field("Ihre E-Mail-Adresse")).isVisible();
		checkPortal("notifications-set-up-3");
		button("Fertig").click();
		assertThat(this.page.getByRole(AriaRole.ALERT)).hasText(
				"Für Nachrichten per E-Mail brauchen wir Ihre E-Mail-Adresse. Bitte tragen Sie sie ein oder wählen Sie E-Mail ab.");
		field("Ihre E-Mail-Adresse").fill("aylin@example.org");
		button("Fertig").click();

		this.page.waitForURL(Pattern.compile(".*/benachrichtigungen\\?eingerichtet$"));
		assertThat(heading1()).hasText("Benachrichtigungen");
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Fertig. Sie bekommen jetzt Neuigkeiten zu Ihren Themen.")))
			.isVisible();
		assertThat(link("Neuigkeiten abonnieren")).hasCount(0);
		checkPortal("notifications-set-up-done");

		// an editor publishes one announcement for the chosen area and district and one
		// for others: only the first reaches the bell and the list, live
		publish("Ohechaussee: Vollsperrung am Wochenende", "verkehr", "garstedt");
		publish("Flohmarkt in Harksheide", "veranstaltungen", "harksheide");
		assertThat(link("Benachrichtigungen, 1 ungelesen")).isVisible();
		Locator items = list().getByRole(AriaRole.LISTITEM);
		assertThat(items).hasCount(1);
		assertThat(items.getByRole(AriaRole.HEADING)).hasText("Ohechaussee: Vollsperrung am Wochenende");
		assertThat(this.page.getByText("Flohmarkt in Harksheide")).hasCount(0);

		link("Einstellungen für Benachrichtigungen").click();
		assertThat(checkbox("Neuigkeiten per E-Mail")).isChecked();
		assertThat(field("E-Mail-Adresse (freiwillig)")).hasValue("aylin@example.org");
		assertThat(checkbox("Verkehr & Baustellen")).isChecked();
		assertThat(checkbox("Garstedt")).isChecked();
		assertThat(checkbox("Veranstaltungen")).not().isChecked();

		// in English
		open("/neuigkeiten/einrichten");
		button("English").click();
		assertThat(heading1()).hasText("Set up news");
		assertThat(this.page.getByText("Step 1 of 3")).isVisible();
		checkPortal("notifications-set-up-en");
	}

	/** An editor publishes an announcement at once, for one area and one district. */
	private void publish(String title, String topicSlug, String districtSlug) {
		String editor = "centre-editor";
		this.accounts.ensure(editor, Role.EDITOR);
		this.accounts.signIn(editor);
		try {
			long topic = this.news.topics()
				.stream()
				.filter(t -> t.slug().equals(topicSlug))
				.findFirst()
				.orElseThrow()
				.id();
			long district = this.news.districts()
				.stream()
				.filter(d -> d.slug().equals(districtSlug))
				.findFirst()
				.orElseThrow()
				.id();
			this.desk.create(new NewAnnouncement(title, "Mehr dazu auf der Seite der Stadt.", null, null, false,
					Set.of(topic), Set.of(district), null, null));
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** Helper P's section for Web Push on this device. */
	private Locator pushSection() {
		return this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Nachrichten auf diesem Gerät").setExact(true));
	}

	private Locator list() {
		return this.page.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Ihre Benachrichtigungen"));
	}

	private Locator item(String title) {
		return this.page.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHas(
					this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title).setExact(true))));
	}

	private Locator checkbox(String name) {
		return this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private Locator field(String label) {
		return this.page.getByLabel(label, new Page.GetByLabelOptions().setExact(true));
	}

	private void chooseHour(String label, String hour) {
		field(label).click();
		// each select keeps its own list of hours: take the hour from this one's
		this.page.locator("vaadin-select")
			.filter(new Locator.FilterOptions().setHas(field(label)))
			.getByRole(AriaRole.OPTION, new Locator.GetByRoleOptions().setName(hour).setExact(true))
			.click();
		assertThat(field(label)).containsText(hour);
	}

	private void checkPortal(String name) {
		checkAtTwoTextSizes(this.page, "notifications/" + name, 48);
	}

}
