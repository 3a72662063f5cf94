package de.norderstedt.go.e2e;

import java.nio.file.Files;
import java.time.Duration;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.ideas.IdeaDetails;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.NewIdea;
import de.norderstedt.go.ideas.TestIdeas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

import com.microsoft.playwright.Download;
import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.Response;
import com.microsoft.playwright.options.AriaRole;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.checkAtTwoTextSizes;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

/**
 * Ideas on the portal: submitting one without an account (the similar idea shows while
 * typing; the receipt code shows where it stands), refusals at their field, and
 * supporting a published idea.
 */
class IdeasEndToEndTest extends EndToEndTest {

	@Autowired
	TestIdeas ideas;

	@Autowired
	IdeaService ideaService;

	@Test
	void a_person_without_an_account_sees_the_similar_idea_submits_anyway_and_follows_it_with_the_code() {
		String similar = "Mehr Bänke im Stadtpark " + System.nanoTime() % 100_000;
		this.ideas.published(similar);
		open("/ideen/neu");
		this.page.getByLabel("Wie heißt Ihre Idee?").fill("Bank im Stadtpark");
		Locator suggestion = this.page.getByRole(AriaRole.LINK, new Page.GetByRoleOptions().setName(similar));
		assertThat(suggestion).isVisible();
		checkAtTwoTextSizes(this.page, "idea-form-similar", 48);

		this.page.getByLabel("Was ist heute nicht gut?").fill("Am Teich kann ich mich nirgends hinsetzen.");
		this.page.getByLabel("Was ist Ihre Idee?").fill("Eine Bank direkt am Teich.");
		this.page.getByLabel("Wem würde die Idee helfen?").fill("Allen, die nicht lange stehen können.");
		button("Idee einreichen").click();

		Locator code = this.page.locator("#idea-receipt-code");
		assertThat(code).hasText(Pattern.compile("[A-Z2-9]{5}-[A-Z2-9]{5}"));
		assertThat(this.page.getByRole(AriaRole.IMG,
				new Page.GetByRoleOptions().setName(Pattern.compile("QR-Code mit Ihrem Beleg-Code .*"))))
			.isVisible();
		checkAtTwoTextSizes(this.page, "idea-receipt", 48);
		String receipt = code.textContent();

		open("/ideen/beleg");
		this.page.getByLabel("Ihr Beleg-Code").fill(receipt.toLowerCase());
		button("Stand anzeigen").click();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName("Bank im Stadtpark")))
			.isVisible();
		assertThat(this.page.getByText("Stand: Eingereicht")).isVisible();
		checkAtTwoTextSizes(this.page, "idea-receipt-lookup", 48);
	}

	@Test
	void at_the_kiosk_by_touch_alone_helga_supports_the_similar_idea_then_submits_her_own_and_gets_a_receipt() {
		String similar = "Mehr Bänke im Stadtpark " + System.nanoTime() % 100_000;
		long similarId = this.ideas.published(similar);
		useTouchScreen();
		enrollThisBrowser();
		open("/kiosk");
		link(Pattern.compile("^Idee einreichen")).tap();
		assertThat(heading1()).hasText("Wie heißt Ihre Idee?");
		assertThat(this.page.getByText("Schritt 1 von 5")).isVisible();
		this.page.getByLabel("Name der Idee").tap();
		Locator keyboard = this.page.getByRole(AriaRole.GROUP,
				new Page.GetByRoleOptions().setName("Bildschirmtastatur"));
		typeOnScreen(keyboard, "Bank im Stadtpark");
		// the keyboard reads her input aloud from an address that says nothing of it
		assertSpokenPrivately(() -> keyboard.getByRole(AriaRole.BUTTON, exactly("Eingabe vorlesen")).tap(),
				"Stadtpark");
		// the similar idea shows while she types, above the keyboard
		Locator support = this.page.getByRole(AriaRole.BUTTON,
				new Page.GetByRoleOptions().setName("Diese Idee unterstützen: " + similar));
		assertThat(support).isVisible();
		support.tap();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions()
				.setHasText("Danke! Ihre Unterstützung für „" + similar + "“ ist gezählt.")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("Unterstützt")))
			.isDisabled();
		assertThat(this.ideaService.publishedIdea(similarId).orElseThrow().kioskSupports()).isEqualTo(1);
		checkAtTwoTextSizes(this.page, "kiosk-idea-similar", 64);

		// her own anyway: a step left empty is refused at its field, on its screen
		next();
		assertThat(heading1()).hasText("Was ist heute nicht gut?");
		next();
		Locator problem = this.page.getByLabel("Was heute nicht gut ist");
		assertRefusedAt(problem, "Bitte beschreiben Sie, was heute nicht gut ist.");
		checkAtTwoTextSizes(this.page, "kiosk-idea-refused", 64);
		problem.fill("Am Teich kann ich mich nirgends hinsetzen.");
		// her answer read aloud: the audio comes from an address that says nothing of it
		assertSpokenPrivately(() -> button("Frage und Antwort vorlesen").tap(), "Teich");
		next();
		assertThat(heading1()).hasText("Was ist Ihre Idee?");
		this.page.getByLabel("Ihre Idee").fill("Eine Bank direkt am Teich.");
		next();
		Locator beneficiaries = this.page.getByLabel("Wem es helfen würde");
		beneficiaries.fill("x".repeat(5_000));
		next();
		assertRefusedAt(beneficiaries, "Dieser Text ist zu lang: 5.000 Zeichen. Erlaubt sind höchstens 1.000 Zeichen. "
				+ "Bitte kürzen Sie ihn; es wurde nichts gespeichert.");
		beneficiaries.fill("Allen, die nicht lange stehen können.");
		next();
		assertThat(heading1()).hasText("Zum Schluss: alles freiwillig");
		assertThat(this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ganz Norderstedt")))
			.isChecked();
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Harksheide")).tap();
		checkAtTwoTextSizes(this.page, "kiosk-idea-details", 64);
		this.page.locator(".kiosk-actions")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Idee einreichen"))
			.tap();

		assertThat(heading1()).hasText("Danke! Ihre Idee ist eingereicht.");
		Locator code = this.page.locator("#idea-receipt-code");
		assertThat(code).hasText(Pattern.compile("[A-Z2-9]{5}-[A-Z2-9]{5}"));
		String receipt = code.textContent();
		Locator qr = this.page.getByRole(AriaRole.IMG,
				new Page.GetByRoleOptions().setName("QR-Code mit Ihrem Beleg-Code " + receipt));
		assertThat(decoded(qr)).isEqualTo(receipt.replace("-", ""));
		checkAtTwoTextSizes(this.page, "kiosk-idea-receipt", 64);
		IdeaDetails stored = this.ideaService.byReceiptCode(receipt).orElseThrow();
		assertThat(stored.title()).isEqualTo("Bank im Stadtpark");
		assertThat(stored.beneficiaries()).isEqualTo("Allen, die nicht lange stehen können.");

		// the bar grows while the receipt is read aloud and shrinks when it ends: the
		// click goes to the button itself, wherever the bar has moved it by then
		button("Fertig — alles löschen").dispatchEvent("click");
		this.page.waitForURL(Pattern.compile(".*/kiosk\\?beendet$"));
		assertThat(heading1()).hasText("Willkommen bei Norderstedt GO!");
	}

	/**
	 * The action makes the kiosk speak what a person typed: the audio comes from an
	 * address of the session that holds none of the words, and no cache keeps it.
	 */
	private void assertSpokenPrivately(Runnable action, String typedWord) {
		Response spoken = this.page.waitForResponse(
				r -> r.headerValue("content-type") != null && r.headerValue("content-type").startsWith("audio/"),
				action);
		assertThat(spoken.status()).isEqualTo(200);
		assertThat(spoken.url()).doesNotContain(typedWord).doesNotContain("speech?");
		assertThat(spoken.headerValue("cache-control")).contains("no-store");
	}

	/** "Weiter" on a kiosk screen (the name is the bar's and the keyboard's too). */
	private void next() {
		this.page.locator(".kiosk-actions")
			.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Weiter"))
			.tap();
	}

	@Test
	void a_member_scores_blind_and_the_chair_decides_and_closes_the_round_whose_decisions_are_then_public() {
		long group = this.ideas.group("Arbeitskreis Bänke " + System.nanoTime() % 100_000);
		String title = "Bank am Stadtparksee " + System.nanoTime() % 100_000;
		long idea = this.ideas.publishedIn(title, group);
		this.ideas.member(group, "round-ella", false);
		this.ideas.member(group, "round-chair", true);
		long round = this.ideas.openRound(group, "Frühjahr 2027", idea);

		signIn("round-ella");
		open("/ideen/runden");
		link("Frühjahr 2027").click();
		assertThat(heading1()).hasText("Frühjahr 2027");
		assertThat(this.page.getByText("Sie haben diese Idee noch nicht bewertet.")).isVisible();
		link("„" + title + "“ bewerten").click();
		assertThat(heading1()).hasText("Bewerten: " + title);
		Locator benefit = this.page.getByRole(AriaRole.RADIOGROUP,
				new Page.GetByRoleOptions().setName(Pattern.compile("^Nutzen \\(Gewicht 30 Prozent\\)")));
		checkAtTwoTextSizes(this.page, "idea-score", 48);
		// one criterion left open: refused there, nothing handed in
		for (String criterion : new String[] { "Komplexität", "Nachhaltiger Mehrwert", "Umsetzbarkeit",
				"Kosten und Risiko" }) {
			this.page
				.getByRole(AriaRole.RADIOGROUP,
						new Page.GetByRoleOptions().setName(Pattern.compile("^" + criterion + " \\(")))
				.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("^3 – ")))
				.check();
		}
		button("Bewertung abgeben").click();
		assertRefusedAt(benefit, "Bitte wählen Sie hier einen Wert von 1 bis 5.");
		benefit.getByRole(AriaRole.RADIO, new Locator.GetByRoleOptions().setName(Pattern.compile("^5 – "))).check();
		button("Bewertung abgeben").click();
		assertThat(heading1()).hasText("Frühjahr 2027");
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Ihre Bewertung ist abgegeben."))).isVisible();
		// 30·5 + 15·3 + 20·3 + 20·3 + 15·3 over 100 = 3.6
		assertThat(this.page.getByText(Pattern.compile("^Im Schnitt 3,6 von 5"))).isVisible();
		checkAtTwoTextSizes(this.page, "idea-round", 48);
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();

		signIn("round-chair");
		open("/ideen/runden/" + round);
		// the chair has not scored: no totals yet
		assertThat(this.page.getByText(Pattern.compile("^Im Schnitt"))).hasCount(0);
		this.page.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Ausgewählt: wird umgesetzt")).check();
		button("Entscheidung zu „" + title + "“ speichern").click();
		assertRefusedAt(this.page.getByLabel("Begründung"),
				"Bitte begründen Sie die Entscheidung in Worten. Die Begründung lesen alle, die der Idee folgen.");
		checkAtTwoTextSizes(this.page, "idea-round-chair", 48);
		this.page.getByLabel("Begründung").fill("Viele Menschen sitzen gern am See.");
		button("Entscheidung zu „" + title + "“ speichern").click();
		assertThat(this.page.getByText("Entscheidung: Ausgewählt. Begründung: Viele Menschen sitzen gern am See."))
			.isVisible();
		button("Runde abschließen").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Die Runde ist abgeschlossen."))).isVisible();
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();

		open("/ideen/entscheidungen/" + round);
		assertThat(heading1()).hasText("Entscheidungen: Frühjahr 2027");
		assertThat(link(title)).isVisible();
		assertThat(this.page.getByText("Entscheidung: Ausgewählt. Begründung: Viele Menschen sitzen gern am See."))
			.isVisible();
		checkAtTwoTextSizes(this.page, "idea-decisions", 48);
	}

	@Test
	void an_admin_makes_an_account_chair_of_a_working_group_and_weights_that_do_not_add_up_are_refused() {
		long suffix = System.nanoTime() % 100_000;
		String groupName = "Arbeitskreis Mitglieder " + suffix;
		this.ideas.group(groupName);
		String member = "groups-member-" + suffix;
		this.accounts.ensure(member, Role.RESIDENT);
		this.accounts.ensure("groups-admin", Role.ADMIN);
		signIn("groups-admin");
		open("/admin/arbeitskreise");
		assertThat(heading1()).hasText("Arbeitskreise und Kriterien");
		Locator section = this.page.locator(".working-group").filter(new Locator.FilterOptions().setHasText(groupName));
		// nobody chosen: refused at the field
		section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zu " + groupName + " hinzufügen"))
			.click();
		Locator account = this.page.getByLabel("Neues Mitglied in " + groupName);
		assertRefusedAt(account, "Bitte wählen Sie ein Konto.");
		account.fill(member);
		this.page
			.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Test " + member + " (" + member + ")"))
			.click();
		section.getByRole(AriaRole.CHECKBOX, new Locator.GetByRoleOptions().setName("Hat den Vorsitz")).check();
		section.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName("Zu " + groupName + " hinzufügen"))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions()
				.setHasText("Test " + member + " ist jetzt im Arbeitskreis " + groupName + ".")))
			.isVisible();
		Locator members = this.page.locator(".working-group")
			.filter(new Locator.FilterOptions().setHasText(groupName))
			.getByRole(AriaRole.LISTITEM);
		assertThat(members).hasText(Pattern.compile("Test " + member + " \\(Vorsitz\\)"));
		checkAtTwoTextSizes(this.page, "working-groups", 48);

		// weights adding up to 110: refused in words, nothing saved
		Locator benefit = this.page.getByLabel("Gewicht für Nutzen (Prozent)");
		benefit.fill("40");
		button("Neue Gewichte speichern").click();
		assertRefusedAt(benefit, "Die Gewichte ergeben zusammen 110. Zusammen müssen es genau 100 sein.");
		assertThat(this.page.getByText(Pattern.compile("^Version \\d+\\. Die Gewichte"))).isVisible();

		button("Test " + member + " aus " + groupName + " entfernen").click();
		assertThat(
				this.page.getByRole(AriaRole.STATUS)
					.filter(new Locator.FilterOptions()
						.setHasText("Test " + member + " ist nicht mehr im Arbeitskreis " + groupName + ".")))
			.isVisible();
	}

	@Test
	void the_holder_of_the_code_reads_the_moderators_request_sends_the_idea_back_changed_and_withdraws_it() {
		String title = "Bank am Teich " + System.nanoTime() % 100_000;
		long id = this.ideas.submitted(title);
		this.ideas.askForChange(id, "An welchem Teich soll die Bank stehen?");
		open("/ideen/beleg");
		this.page.getByLabel("Ihr Beleg-Code").fill(this.ideas.receiptCode(id));
		button("Stand anzeigen").click();
		assertThat(this.page.getByRole(AriaRole.HEADING,
				new Page.GetByRoleOptions().setName("Bitte ändern Sie Ihre Idee")))
			.isVisible();
		assertThat(this.page.getByText("An welchem Teich soll die Bank stehen?")).isVisible();

		// a title emptied is refused at its field; nothing is changed
		Locator name = this.page.getByLabel("Wie heißt Ihre Idee?");
		name.fill("   ");
		button("Geänderte Idee senden").click();
		assertRefusedAt(name, "Bitte geben Sie Ihrer Idee einen Namen.");
		checkAtTwoTextSizes(this.page, "idea-receipt-change-refused", 48);
		assertThat(this.ideaService.byReceiptCode(this.ideas.receiptCode(id)).orElseThrow().title()).isEqualTo(title);

		name.fill(title + " im Stadtpark");
		button("Geänderte Idee senden").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Danke! Ihre geänderte Idee ist bei der Moderation.")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setName(title + " im Stadtpark")))
			.isVisible();
		assertThat(this.page.getByText(Pattern.compile("Sie haben Ihre geänderte Idee am .* gesendet"))).isVisible();
		assertThat(button("Geänderte Idee senden")).hasCount(0);

		button("Idee zurückziehen …").click();
		this.page.getByLabel("Warum ziehen Sie die Idee zurück? (freiwillig)").fill("Der Teich wird zugeschüttet.");
		button("Ja, Idee zurückziehen").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Ihre Idee ist zurückgezogen."))).isVisible();
		assertThat(this.page.getByText("Stand: Zurückgezogen")).isVisible();
		assertThat(this.page.getByText("Der Teich wird zugeschüttet.")).isVisible();
		assertThat(button("Idee zurückziehen …")).hasCount(0);
		checkAtTwoTextSizes(this.page, "idea-receipt-withdrawn", 48);
	}

	@Test
	void the_author_with_an_account_changes_the_idea_on_its_own_page_and_nobody_else_opens_it() {
		this.accounts.ensure("idea-own-author", Role.RESIDENT);
		this.accounts.ensure("idea-own-other", Role.RESIDENT);
		String title = "Bank am Markt " + System.nanoTime() % 100_000;
		long id = this.ideas.askedOf("idea-own-author", title);
		signIn("idea-own-other");
		open("/ideen/meine/" + id);
		assertThat(this.page.getByText("Bitte schreiben Sie, wo genau.")).hasCount(0);
		assertThat(this.page.getByText(title)).hasCount(0);
		open("/konto");
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();

		signIn("idea-own-author");
		open("/ideen/meine/" + id);
		assertThat(heading1()).hasText("Ihre Idee „" + title + "“");
		assertThat(this.page.getByText("Bitte schreiben Sie, wo genau.")).isVisible();
		this.page.getByLabel("Was ist Ihre Idee?").fill("Eine Bank vor dem Rathaus, mit Blick auf den Markt.");
		button("Geänderte Idee senden").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Danke! Ihre geänderte Idee ist bei der Moderation.")))
			.isVisible();
		assertThat(this.page.getByText("Eine Bank vor dem Rathaus, mit Blick auf den Markt.")).isVisible();
	}

	@Test
	void a_refused_field_says_why_at_the_field_and_nothing_is_sent() {
		open("/ideen/neu");
		Locator title = this.page.getByLabel("Wie heißt Ihre Idee?");
		title.fill("Bank im Stadtpark");
		button("Idee einreichen").click();
		assertRefusedAt(this.page.getByLabel("Was ist heute nicht gut?"),
				"Bitte beschreiben Sie, was heute nicht gut ist.");
		checkAtTwoTextSizes(this.page, "idea-form-refused", 48);

		title.fill("x".repeat(5_000));
		button("Idee einreichen").click();
		assertRefusedAt(title, "Dieser Text ist zu lang: 5.000 Zeichen. Erlaubt sind höchstens 120 Zeichen. "
				+ "Bitte kürzen Sie ihn; es wurde nichts gespeichert.");
		assertThat(this.page.locator("#idea-receipt-code")).hasCount(0);

		open("/ideen/beleg");
		this.page.getByLabel("Ihr Beleg-Code").fill("ZZZZZ-ZZZZZ");
		button("Stand anzeigen").click();
		assertRefusedAt(this.page.getByLabel("Ihr Beleg-Code"),
				"Diesen Code kennen wir nicht. Bitte prüfen Sie die Zeichen.");
	}

	@Test
	void a_signed_in_resident_supports_a_published_idea_once() {
		String title = "Trinkbrunnen am Rathaus " + System.nanoTime() % 100_000;
		long id = this.ideas.published(title);
		open("/ideen/" + id);
		assertThat(heading1()).hasText(title);
		assertThat(link("Anmelden, um die Idee zu unterstützen")).isVisible();
		checkAtTwoTextSizes(this.page, "idea-page", 48);

		this.accounts.ensure("idea-supporter", Role.RESIDENT);
		signIn("idea-supporter");
		open("/ideen/" + id);
		button("Diese Idee unterstützen").click();
		assertThat(this.page.getByText("Sie unterstützen diese Idee.", new Page.GetByTextOptions().setExact(false)))
			.isVisible();
		assertThat(this.page.getByText(Pattern.compile("Eine Unterstützung von Menschen mit Konto"))).isVisible();
		assertThat(this.page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText("In Prüfung")))
			.isVisible();
		assertAccessible(this.page, "idea page, supported");
	}

	@Test
	void the_list_finds_an_idea_by_its_words_narrows_to_a_working_group_and_refuses_an_essay_at_the_search_field() {
		// a word no other idea resembles, also not by its first letters (a number alone
		// would leave earlier ideas similar, and so would a real word that starts another
		// test's idea, such as "Wasserspender am Stadtparksee")
		String letters = randomLetters(12);
		String word = Character.toUpperCase(letters.charAt(0)) + letters.substring(1);
		long id = this.ideas.published(word + " am Bahnhof");
		open("/ideen");
		assertThat(heading1()).hasText("Ideen für Norderstedt");
		Locator search = this.page.getByLabel("Suchen", new Page.GetByLabelOptions().setExact(true));
		search.fill(word);
		button("Suchen").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Eine Idee gefunden."))).isVisible();
		Locator found = link(word + " am Bahnhof");
		assertThat(found).hasAttribute("href", "ideen/" + id);
		checkAtTwoTextSizes(this.page, "ideas-list-found", 48);

		// the test ideas go to the first working group: another group shows none of them
		this.page.getByLabel("Arbeitskreis", new Page.GetByLabelOptions().setExact(true)).click();
		this.page.getByRole(AriaRole.OPTION).nth(2).click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Keine Idee gefunden."))).isVisible();
		assertThat(found).isHidden();

		search.fill("Parkbank".repeat(31));
		button("Suchen").click();
		assertRefusedAt(search,
				"Das ist zu lang für eine Suche: 248 Zeichen. Bitte suchen Sie mit weniger Wörtern (höchstens 240 Zeichen).");
		assertAccessible(this.page, "ideas list, search refused");

		search.fill(word);
		button("Suchen").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Keine Idee gefunden."))).isVisible();
		this.page.getByLabel("Arbeitskreis", new Page.GetByLabelOptions().setExact(true)).click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Alle Arbeitskreise")).click();
		assertThat(found).isVisible();
		found.click();
		assertThat(heading1()).hasText(word + " am Bahnhof");
	}

	@Test
	void a_moderator_publishes_a_waiting_idea_with_a_reason_and_an_empty_reason_is_refused_at_its_field() {
		String title = "Leihfahrräder in Harksheide " + System.nanoTime() % 100_000;
		long id = this.ideas.submitted(title);
		this.accounts.ensure("idea-moderator", Role.MODERATOR);
		signIn("idea-moderator");
		open("/ideen/pruefen");
		assertThat(heading1()).hasText("Ideen prüfen");
		link("„" + title + "“ prüfen").click();
		assertThat(heading1()).hasText("Idee prüfen: " + title);
		checkAtTwoTextSizes(this.page, "idea-moderation", 48);

		// nothing chosen: the idea came without a working group, so it needs one
		button("Entscheidung speichern").click();
		Locator group = this.page.getByLabel("Arbeitskreis, der die Idee prüft");
		assertRefusedAt(group, "Bitte wählen Sie den Arbeitskreis, der die Idee prüft.");
		group.click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Smarte & nachhaltige Mobilität"))
			.click();
		Locator reason = this.page.getByLabel("Begründung oder Bitte an die Person");
		button("Entscheidung speichern").click();
		assertRefusedAt(reason,
				"Bitte begründen Sie die Entscheidung in Worten. Die Begründung lesen alle, die der Idee folgen.");
		assertAccessible(this.page, "moderation, reason refused");
		open("/ideen/" + id);
		assertThat(heading1()).hasText("Seite nicht gefunden");

		open("/ideen/pruefen/" + id);
		group.click();
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName("Smarte & nachhaltige Mobilität"))
			.click();
		reason.fill("Eine gute Idee für den Arbeitskreis Mobilität.");
		button("Entscheidung speichern").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Die Idee ist veröffentlicht."))).isVisible();
		open("/ideen/" + id);
		assertThat(heading1()).hasText(title);
		assertThat(this.page.getByText("Eine gute Idee für den Arbeitskreis Mobilität.")).isVisible();
	}

	@Test
	void a_phone_number_in_the_text_is_held_back_on_the_public_page_and_shown_to_the_moderator() {
		String title = "Sprechstunde im Rathaus " + System.nanoTime() % 100_000;
		long id = this.ideaService
			.submit(new NewIdea(title, "Niemand hilft mit dem Handy. Rufen Sie mich an: 040 5298761.",
					"Eine Sprechstunde für Handyfragen, schreiben Sie an helga@example.de", "Ältere Menschen", null,
					null, null, null, null, null, false, "de"))
			.id();
		this.accounts.ensure("idea-moderator", Role.MODERATOR);
		signIn("idea-moderator");
		open("/ideen/pruefen/" + id);
		assertThat(this.page
			.getByText(Pattern.compile("^Achtung: Im Text stehen Kontaktangaben \\(040 5298761, helga@example.de\\)")))
			.isVisible();
		this.ideas.publish(id, this.ideaService.groups().get(0).id());
		open("/ideen/" + id);
		assertThat(this.page.getByText("Niemand hilft mit dem Handy. Rufen Sie mich an: "
				+ "(Telefonnummer oder E-Mail-Adresse zurückgehalten)."))
			.isVisible();
		assertThat(this.page.getByText(Pattern.compile("5298761|helga@"))).hasCount(0);
	}

	@Test
	void a_comment_shows_after_the_moderator_let_it_through_and_a_report_reaches_the_moderators() {
		String title = "Hundewiese am Stadtpark " + System.nanoTime() % 100_000;
		long id = this.ideas.published(title);
		this.accounts.ensure("talk-anna", Role.RESIDENT);
		signIn("talk-anna");
		open("/ideen/" + id);
		Locator comment = this.page.getByLabel("Ihr Kommentar");
		button("Kommentar senden").click();
		assertRefusedAt(comment, "Bitte schreiben Sie Ihren Kommentar in das Feld.");
		comment.fill("Ja, bitte mit einem Zaun drumherum.");
		button("Kommentar senden").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Danke! Ihr Kommentar erscheint"))).isVisible();
		assertThat(this.page.getByText("Noch keine Kommentare.")).isVisible();
		button("Diese Idee melden").click();
		this.page.getByLabel("Was ist daran nicht in Ordnung?").fill("Diese Idee steht doppelt da.");
		button("Meldung senden").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Danke für Ihre Meldung."))).isVisible();
		checkAtTwoTextSizes(this.page, "idea-commented", 48);
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();

		this.accounts.ensure("idea-moderator", Role.MODERATOR);
		signIn("idea-moderator");
		open("/ideen/pruefen");
		Locator reported = this.page.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText("Idee „" + title + "“"))
			.filter(new Locator.FilterOptions().setHasText("Gründe"));
		assertThat(reported).containsText("Diese Idee steht doppelt da.");
		assertThat(reported).containsText("Eine Meldung. Noch zu sehen.");
		checkAtTwoTextSizes(this.page, "ideas-moderation-queue", 48);
		this.page.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText("Ja, bitte mit einem Zaun drumherum."))
			.getByRole(AriaRole.BUTTON,
					new Locator.GetByRoleOptions().setName(Pattern.compile("^Kommentar \\d+ zeigen$")))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Der Kommentar ist jetzt bei der Idee zu lesen.")))
			.isVisible();
		reported.getByRole(AriaRole.BUTTON, new Locator.GetByRoleOptions().setName(Pattern.compile(": wieder zeigen$")))
			.click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Entschieden: wieder zu sehen."))).isVisible();
		open("/ideen/" + id);
		assertThat(this.page.getByText("Ja, bitte mit einem Zaun drumherum.")).isVisible();
	}

	@Test
	void staff_see_the_figures_and_anyone_takes_the_open_data_without_names_or_phone_numbers() throws Exception {
		String title = "Leihfahrräder am Bahnhof " + System.nanoTime() % 100_000;
		this.accounts.ensure("open-data-author", Role.RESIDENT);
		this.accounts.signIn("open-data-author");
		long id;
		try {
			id = this.ideaService
				.submit(new NewIdea(title, "Abends fährt kein Bus mehr. Mein Telefon: 040 5556677.",
						"Leihfahrräder am Bahnhof Garstedt.", "Alle ohne Auto", null, null, null, null, "Berta Offen",
						null, false, "de"))
				.id();
		}
		finally {
			this.accounts.signOut();
		}
		this.ideas.publish(id, this.ideaService.groups().get(0).id());

		this.accounts.ensure("idea-moderator", Role.MODERATOR);
		signIn("idea-moderator");
		link("Ideen in Zahlen").click();
		assertThat(heading1()).hasText("Ideen in Zahlen");
		assertThat(this.page.getByRole(AriaRole.TABLE, new Page.GetByRoleOptions().setName("Ideen nach Stand")))
			.containsText("In Prüfung");
		assertThat(this.page.getByRole(AriaRole.TABLE,
				new Page.GetByRoleOptions().setName("Ideen nach Weg der Einreichung")))
			.containsText("Im Internet");
		checkAtTwoTextSizes(this.page, "idea-figures", 48);
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();

		// anyone: the link on the list of ideas
		open("/ideen");
		Download download = this.page.waitForDownload(() -> link("Alle Ideen als offene Daten (CSV)").click());
		String csv = Files.readString(download.path());
		assertThat(csv).startsWith("Nummer,Titel,Problem,Idee,");
		assertThat(csv).contains(title)
			.contains("Mein Telefon: (Telefonnummer oder E-Mail-Adresse zurückgehalten)")
			.doesNotContain("5556677")
			.doesNotContain("Berta Offen")
			.doesNotContain("open-data-author");
	}

	@Test
	void a_trend_linked_to_a_parked_idea_reaches_its_working_group() {
		long suffix = System.nanoTime() % 100_000;
		long group = this.ideas.group("Arbeitskreis Trend " + suffix);
		this.ideas.member(group, "trend-member", false);
		String parkedTitle = "Laternen mit Bewegungsmelder " + suffix;
		this.ideas.parked(parkedTitle, group, "trend-member");

		this.accounts.ensure("idea-moderator", Role.MODERATOR);
		signIn("idea-moderator");
		link("Trendradar").click();
		assertThat(heading1()).hasText("Trendradar");
		Locator trend = this.page.getByLabel("Trend", new Page.GetByLabelOptions().setExact(true));
		button("Eintrag speichern").click();
		assertRefusedAt(trend, "Bitte nennen Sie den Trend in wenigen Worten.");
		String trendTitle = "Smarte Straßenbeleuchtung " + suffix;
		trend.fill(trendTitle);
		this.page.getByLabel("Was ist neu daran?")
			.fill("Licht nur, wenn jemand kommt: spart Strom und schont Insekten.");
		button("Eintrag speichern").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Der Trend „" + trendTitle + "“ ist notiert."))).isVisible();
		Locator idea = this.page.getByRole(AriaRole.COMBOBOX,
				new Page.GetByRoleOptions().setName("Geparkte Idee für „" + trendTitle + "“"));
		idea.fill(parkedTitle);
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(parkedTitle)).click();
		button("Mit „" + trendTitle + "“ verknüpfen").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Der Arbeitskreis der Idee ist benachrichtigt.")))
			.isVisible();
		assertThat(this.page.getByRole(AriaRole.LISTITEM).filter(new Locator.FilterOptions().setHasText(trendTitle)))
			.containsText(parkedTitle + " (Im Ideenspeicher)");
		checkAtTwoTextSizes(this.page, "idea-trends", 48);
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();

		signIn("trend-member");
		Locator told = this.page.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions().setHasText("Ein neuer Trend passt zu „" + parkedTitle + "“"));
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			open("/benachrichtigungen");
			return told.count() == 1;
		});
		assertThat(told).containsText(trendTitle);
	}

	@Test
	void a_member_merges_an_idea_from_the_desk_and_its_supporter_moves_the_support_only_by_saying_yes() {
		long suffix = System.nanoTime() % 100_000;
		long group = this.ideas.group("Arbeitskreis Wasser " + suffix);
		this.ideas.member(group, "desk-ella", false);
		String target = "Trinkbrunnen im Stadtpark " + suffix;
		long targetId = this.ideas.publishedIn(target, group);
		String duplicate = "Wasserspender am Stadtparksee " + suffix;
		long duplicateId = this.ideas.publishedIn(duplicate, group);
		this.accounts.ensure("desk-supporter", Role.RESIDENT);
		this.accounts.signIn("desk-supporter");
		try {
			this.ideaService.support(duplicateId);
		}
		finally {
			this.accounts.signOut();
		}

		signIn("desk-ella");
		open("/ideen/arbeitskreis");
		assertThat(heading1()).hasText("Ideen beantworten");
		checkAtTwoTextSizes(this.page, "idea-desk", 48);
		link("„" + duplicate + "“ beantworten").click();
		assertThat(heading1()).hasText("Idee beantworten: " + duplicate);
		this.page
			.getByRole(AriaRole.RADIO, new Page.GetByRoleOptions().setName("Mit einer anderen Idee zusammenführen"))
			.check();
		Locator into = this.page.getByLabel("Idee, in der diese weitergeführt wird");
		button("Antwort speichern").click();
		assertRefusedAt(into,
				"Bitte wählen Sie eine andere veröffentlichte Idee, über die noch nicht entschieden ist.");
		checkAtTwoTextSizes(this.page, "idea-answer", 48);
		into.fill("Trinkbrunnen Stadtpark " + suffix);
		this.page.getByRole(AriaRole.OPTION, new Page.GetByRoleOptions().setName(target)).click();
		this.page.getByLabel("Begründung").fill("Beide Ideen wollen Trinkwasser im Stadtpark.");
		button("Antwort speichern").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Die Idee ist zusammengeführt."))).isVisible();
		// nothing moved yet
		assertThat(this.ideaService.publishedIdea(targetId).orElseThrow().supporters()).isZero();
		button("Abmelden").click();
		assertThat(button("Anmelden")).isVisible();

		// the supporter is asked in the app; the merged idea points to the other one
		signIn("desk-supporter");
		open("/ideen/" + duplicateId);
		assertThat(this.page.getByText("Stand: Zusammengeführt")).isVisible();
		assertThat(link(target)).isVisible();
		Locator asked = this.page
			.getByRole(AriaRole.LIST, new Page.GetByRoleOptions().setName("Ihre Benachrichtigungen"))
			.getByRole(AriaRole.LISTITEM)
			.filter(new Locator.FilterOptions()
				.setHasText("„" + duplicate + "“ wird in „" + target + "“ weitergeführt"));
		await().atMost(Duration.ofSeconds(20)).until(() -> {
			open("/benachrichtigungen");
			return asked.count() == 1;
		});
		asked.getByRole(AriaRole.LINK).first().click();
		assertThat(heading1()).hasText(target);
		assertThat(this.page.getByText(Pattern.compile("^Ihre Idee oder eine Idee, die Sie unterstützt haben")))
			.isVisible();
		checkAtTwoTextSizes(this.page, "idea-merge-question", 48);
		button("Ja, diese Idee unterstützen").click();
		assertThat(this.page.getByRole(AriaRole.STATUS)
			.filter(new Locator.FilterOptions().setHasText("Danke für Ihre Unterstützung!"))).isVisible();
		assertThat(this.page.getByText("Sie unterstützen diese Idee. Wir informieren Sie über jeden Schritt."))
			.isVisible();
		assertThat(this.ideaService.publishedIdea(targetId).orElseThrow().supporters()).isEqualTo(1);
	}

	private static String randomLetters(int count) {
		StringBuilder letters = new StringBuilder();
		java.util.concurrent.ThreadLocalRandom random = java.util.concurrent.ThreadLocalRandom.current();
		for (int i = 0; i < count; i++) {
			letters.append((char) ('a' + random.nextInt(26)));
		}
		return letters.toString();
	}

}
