package de.norderstedt.go.e2e;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.regex.Pattern;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.news.TestNews;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.db.Tables.NEWS_ANNOUNCEMENT;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;

/**
 * City news from the editor's desk to the residents: an editor writes a warning with
 * formatting and a picture, is told what is missing, previews it as residents will see
 * it, and publishes it; it is on the news page (filterable, in German and English) and on
 * the kiosk start screen; withdrawn, it is gone everywhere.
 */
class NewsEndToEndTest extends EndToEndTest {

	@Autowired
	DSLContext dsl;

	@Test
	void an_editor_writes_previews_publishes_and_withdraws_a_warning_that_residents_and_the_kiosk_show()
			throws IOException {
		String editor = "news-editor-" + System.nanoTime();
		this.accounts.ensure(editor, Role.EDITOR);
		String title = "Glätte in Glashütte " + System.nanoTime() % 100000;
		signIn(editor);

		link("Redaktion").click();
		assertThat(heading1()).hasText("Redaktion: Neuigkeiten");
		checkPortal("news-desk");
		link("Neue Meldung schreiben").click();
		assertThat(heading1()).hasText("Neue Meldung");
		checkPortal("news-edit-new");

		// nothing filled in: the form says what is missing, nothing is stored
		button("Veröffentlichen").click();
		assertThat(alert()).hasText("Bitte geben Sie einen deutschen Titel ein.");
		assertRefusedAt(this.page.getByLabel("Titel (Deutsch)"), "Bitte geben Sie einen deutschen Titel ein.");
		checkPortal("news-edit-error");
		this.page.getByLabel("Titel (Deutsch)").fill(title);
		this.page.getByLabel("Text (Deutsch)")
			.fill("Auf den Gehwegen ist es glatt.\n\n**Wichtig:** Bitte gehen Sie langsam.\n\n- Feste Schuhe\n- Rollator mit Spikes");
		this.page.getByLabel("Titel (Englisch)").fill("Ice in Glashütte");
		button("Veröffentlichen").click();
		assertThat(alert()).hasText(
				"Für die englische Fassung braucht es Titel und Text. Füllen Sie beide aus oder lassen Sie beide leer.");
		assertRefusedAt(this.page.getByLabel("Text (Englisch)"),
				"Für die englische Fassung braucht es Titel und Text. Füllen Sie beide aus oder lassen Sie beide leer.");
		// the field put right is no longer marked
		assertThat(this.page.getByLabel("Titel (Deutsch)")).not().hasAttribute("aria-invalid", "true");
		this.page.getByLabel("Text (Englisch)")
			.fill("The pavements are icy.\n\n**Important:** Please walk slowly.\n\n- Sturdy shoes\n- A rollator with spikes");
		button("Veröffentlichen").click();
		assertThat(alert()).hasText("Bitte wählen Sie mindestens ein Thema.");
		assertRefusedAt(
				this.page.getByRole(AriaRole.GROUP,
						new Page.GetByRoleOptions().setName("Themen (mindestens eines)").setExact(true)),
				"Bitte wählen Sie mindestens ein Thema.");
		checkbox("Warnungen & Sicherheit").check();
		checkbox("Glashütte").check();
		checkbox("Warnung – geht auch in der Ruhezeit raus").check();
		// a file that starts like a PNG but is none is refused at the upload, in words
		Path fake = Files.createTempFile("kein-bild", ".png");
		Files.write(fake, de.norderstedt.go.web.TestPictures.pngHeaderOnText());
		this.page.locator("input[type=file]").setInputFiles(fake);
		Locator upload = this.page.locator("vaadin-upload");
		assertThat(upload).hasAttribute("aria-invalid", "true");
		assertThat(this.page.locator("#" + upload.getAttribute("aria-describedby")))
			.hasText("Das Bild muss ein JPEG oder PNG sein.");
		// the form's alert says it too (the upload announces the transfer in an alert of
		// its own)
		assertThat(this.page.getByRole(AriaRole.ALERT)
			.filter(new Locator.FilterOptions().setHasText("Das Bild muss ein JPEG oder PNG sein."))
			.last()).isVisible();
		assertThat(this.page.getByText(Pattern.compile("^Bild „.*“ ist bereit"))).not().isVisible();
		this.page.locator("input[type=file]").setInputFiles(picture());
		assertThat(this.page.getByText(Pattern.compile("^Bild „.*“ ist bereit"))).isVisible();
		assertThat(upload).not().hasAttribute("aria-invalid", "true");
		button("Vorschau zeigen").click();
		assertThat(alert()).hasText("Bitte beschreiben Sie das Bild auf Deutsch und auf Englisch.");
		assertRefusedAt(this.page.getByLabel("Was zeigt das Bild? (Deutsch)"),
				"Bitte beschreiben Sie das Bild auf Deutsch und auf Englisch.");
		this.page.getByLabel("Was zeigt das Bild? (Deutsch)").fill("Ein vereister Gehweg");
		this.page.getByLabel("Was zeigt das Bild? (Englisch)").fill("An icy pavement");

		// the preview shows it as residents will see it, in both languages, before it is
		// stored
		button("Vorschau zeigen").click();
		Locator preview = this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Vorschau").setExact(true));
		assertThat(preview.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName(title))).isVisible();
		assertThat(preview.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setName("Ice in Glashütte")))
			.isVisible();
		assertThat(preview.locator("strong").first()).hasText("Wichtig:");
		assertThat(preview.getByRole(AriaRole.LISTITEM).first()).hasText("Feste Schuhe");
		assertThat(preview.getByText("Warnung", new Locator.GetByTextOptions().setExact(true))).isVisible();
		Locator previewImage = preview.getByRole(AriaRole.IMG,
				new Locator.GetByRoleOptions().setName("Ein vereister Gehweg"));
		assertThat(previewImage).isVisible();
		assertLoaded(previewImage);
		checkPortal("news-edit-preview");
		button("Veröffentlichen").click();
		this.page.waitForURL(Pattern.compile(".*/redaktion/\\d+\\?erledigt=published$"));
		long id = Long.parseLong(this.page.url().replaceAll(".*/redaktion/(\\d+).*", "$1"));
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Die Meldung ist veröffentlicht."))).isVisible();
		assertThat(this.page.getByText(Pattern.compile("^Veröffentlicht am "))).isVisible();
		checkPortal("news-edit-published");

		// residents: on top of the news page, with the warning said in words
		link("Neuigkeiten").first().click();
		assertThat(heading1()).hasText("Neuigkeiten aus Norderstedt");
		Locator card = this.page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHas(link(title)));
		assertThat(card).containsText("Warnung");
		assertThat(card).containsText("Glashütte");
		checkPortal("news-list");
		button("Umwelt & Abfall").click();
		assertThat(button("Umwelt & Abfall")).hasAttribute("aria-pressed", "true");
		assertThat(link(title)).hasCount(0);
		button("Warnungen & Sicherheit").click();
		assertThat(button("Warnungen & Sicherheit")).hasAttribute("aria-pressed", "true");
		button("Garstedt").click();
		assertThat(button("Garstedt")).hasAttribute("aria-pressed", "true");
		assertThat(link(title)).hasCount(0);
		// the focus stays on the button pressed: the buttons are not rebuilt
		assertThat(button("Garstedt")).isFocused();
		button("Glashütte").click();
		assertThat(link(title)).isVisible();
		// the choice is in the address, to share or bookmark
		this.page.waitForURL(Pattern.compile(".*/neuigkeiten\\?thema=warnungen&stadtteil=glashuette$"));
		checkPortal("news-list-filtered");
		link(title).click();
		assertThat(heading1()).hasText(title);
		assertThat(this.page.locator("strong").first()).hasText("Wichtig:");
		assertLoaded(this.page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("Ein vereister Gehweg")));
		checkPortal("news-announcement");
		button("English").click();
		assertThat(heading1()).hasText("Ice in Glashütte");
		assertThat(this.page.getByText("Warning", new Page.GetByTextOptions().setExact(true))).isVisible();
		assertThat(this.page.getByRole(AriaRole.IMG, new Page.GetByRoleOptions().setName("An icy pavement")))
			.isVisible();
		checkPortal("news-announcement-en");
		link("To all news").click();
		assertThat(heading1()).hasText("News from Norderstedt");
		assertThat(link("Ice in Glashütte")).isVisible();
		checkPortal("news-list-en");

		// bad input in English says what is wrong in English
		open("/redaktion/neu");
		assertThat(heading1()).hasText("New announcement");
		this.page.getByLabel("Title (German)").fill("Nur ein Titel");
		this.page.getByLabel("Text (German)").fill("Und ein Text.");
		button("Publish").click();
		assertThat(alert()).hasText("Please choose at least one topic.");
		checkPortal("news-edit-error-en");
		button("Deutsch").click();
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();

		// the kiosk start screen shows it among the latest news; it opens on the kiosk
		enrollThisBrowser();
		open("/kiosk");
		link("Tippen Sie hier, um zu beginnen").click();
		assertThat(heading1()).hasText("Was möchten Sie tun?");
		Locator latest = this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Neuigkeiten aus Norderstedt"));
		Locator onKiosk = latest.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName(title));
		assertThat(onKiosk).containsText("Warnung vom");
		checkKiosk("news-kiosk-start");
		onKiosk.click();
		assertThat(heading1()).hasText(title);
		checkKiosk("news-kiosk-announcement");
		button("Zurück zum Start").click();
		assertThat(heading1()).hasText("Was möchten Sie tun?");

		// withdrawn after asking: gone from the news page, its own page, its picture and
		// the kiosk
		signIn(editor);
		open("/redaktion/" + id);
		button("Zurückziehen").click();
		Locator dialog = this.page.getByRole(AriaRole.DIALOG);
		assertThat(dialog).containsText(title);
		checkPortal("news-withdraw-question");
		dialog.getByRole(AriaRole.BUTTON, exactly("Nein, behalten")).click();
		assertThat(dialog).isHidden();
		button("Zurückziehen").click();
		this.page.getByRole(AriaRole.DIALOG).getByRole(AriaRole.BUTTON, exactly("Ja, zurückziehen")).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Die Meldung ist zurückgezogen."))).isVisible();
		assertThat(this.page.getByText(Pattern.compile("^Zurückgezogen am "))).isVisible();
		checkPortal("news-edit-withdrawn");
		open("/neuigkeiten");
		assertThat(link(title)).hasCount(0);
		open("/neuigkeiten/" + id);
		assertThat(heading1()).hasText("Meldung nicht gefunden");
		checkPortal("news-announcement-gone");
		APIResponse image = this.page.request().get(url("/neuigkeiten/bilder/" + id));
		org.assertj.core.api.Assertions.assertThat(image.status()).isEqualTo(404);
		open("/kiosk/start");
		assertThat(this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(title))).hasCount(0);
	}

	@Test
	void a_too_long_title_is_refused_in_words_at_its_field_and_nothing_is_stored() {
		String editor = "news-long-" + System.nanoTime();
		this.accounts.ensure(editor, Role.EDITOR);
		signIn(editor);
		open("/redaktion/neu");
		String title = "Straßensperrung in der Ulzburger Straße wegen Bauarbeiten " + System.nanoTime() + " – "
				+ "mehr dazu im Text ".repeat(4);
		Locator titleField = this.page.getByLabel("Titel (Deutsch)");
		titleField.fill(title);
		this.page.getByLabel("Text (Deutsch)").fill("Die Straße ist eine Woche gesperrt.");
		checkbox("Verkehr & Baustellen").check();
		button("Veröffentlichen").click();

		String why = "Dieser Text ist zu lang: " + title.strip().length()
				+ " Zeichen. Erlaubt sind höchstens 120 Zeichen. Bitte kürzen Sie ihn; es wurde nichts gespeichert.";
		assertRefusedAt(titleField, why);
		assertThat(titleField).isFocused();
		assertThat(alert()).hasText(why);
		// nothing cut: every character typed is still there to shorten
		assertThat(titleField).hasValue(title);
		assertThat(this.page).hasURL(Pattern.compile(".*/redaktion/neu$"));
		checkPortal("news-edit-too-long");
		org.assertj.core.api.Assertions
			.assertThat(this.dsl.fetchCount(NEWS_ANNOUNCEMENT, NEWS_ANNOUNCEMENT.TITLE_DE.eq(title.strip())))
			.as("nothing stored")
			.isZero();
	}

	@Test
	void admins_add_order_and_switch_off_areas_of_interest() {
		String admin = "news-admin-" + System.nanoTime();
		this.accounts.ensure(admin, Role.ADMIN);
		signIn(admin);
		link("Themen und Stadtteile").click();
		assertThat(heading1()).hasText("Themen und Stadtteile");
		checkPortal("news-catalogues");
		String name = "Sport " + System.nanoTime() % 100000;
		Locator topics = this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Themen").setExact(true));
		topics.getByRole(AriaRole.BUTTON, exactly("Hinzufügen")).click();
		assertThat(topics.getByRole(AriaRole.ALERT))
			.hasText("Bitte geben Sie einen Namen ein, auf Deutsch und auf Englisch.");
		topics.getByLabel("Name (Deutsch)").fill(name);
		topics.getByLabel("Name (Englisch)").fill(name + " (en)");
		topics.getByRole(AriaRole.BUTTON, exactly("Hinzufügen")).click();
		assertThat(topics.getByRole(AriaRole.STATUS)).hasText("„" + name + "“ ist hinzugefügt.");
		topics.getByRole(AriaRole.BUTTON, exactly("„" + name + "“ nach oben")).click();
		assertThat(topics.getByRole(AriaRole.STATUS)).hasText("„" + name + "“ ist verschoben.");
		topics.getByRole(AriaRole.BUTTON, exactly("„" + name + "“ abschalten")).click();
		assertThat(topics.getByRole(AriaRole.STATUS)).hasText("„" + name + "“ ist abgeschaltet.");
		checkPortal("news-catalogues-changed");
		open("/neuigkeiten");
		assertThat(button(name)).hasCount(0);
		open("/admin/themen");
		Locator topicsAgain = this.page.getByRole(AriaRole.REGION,
				new Page.GetByRoleOptions().setName("Themen").setExact(true));
		topicsAgain.getByRole(AriaRole.BUTTON, exactly("„" + name + "“ einschalten")).click();
		// as a person would: the page says it is done before she goes elsewhere (leaving
		// at once may cut the click's request short)
		assertThat(topicsAgain.getByRole(AriaRole.STATUS)).hasText("„" + name + "“ ist eingeschaltet.");
		open("/neuigkeiten");
		assertThat(button(name)).isVisible();
		// residents see the news but not the admin page
		String resident = "news-resident-" + System.nanoTime();
		this.accounts.ensure(resident, Role.RESIDENT);
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();
		signIn(resident);
		open("/admin/themen");
		assertThat(heading1()).hasText("Kein Zugriff");
		open("/redaktion");
		assertThat(heading1()).hasText("Kein Zugriff");
	}

	private Locator alert() {
		return this.page.getByRole(AriaRole.ALERT)
			.filter(new Locator.FilterOptions().setHasText(Pattern.compile(".+")));
	}

	private Locator checkbox(String name) {
		return this.page.getByRole(AriaRole.CHECKBOX, new Page.GetByRoleOptions().setName(name).setExact(true));
	}

	private void assertLoaded(Locator image) {
		image.waitFor();
		this.page.waitForCondition(() -> (Boolean) image.evaluate("img => img.complete && img.naturalWidth > 0"));
	}

	private void checkPortal(String name) {
		checkAtTwoTextSizes(this.page, name, 48);
	}

	private void checkKiosk(String name) {
		checkAtTwoTextSizes(this.page, name, 64);
	}

	private static Path picture() throws IOException {
		Path file = Files.createTempFile("glatteis", ".png");
		Files.write(file, TestNews.png());
		return file;
	}

}
