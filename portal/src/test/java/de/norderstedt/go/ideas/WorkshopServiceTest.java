package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.db.Tables.WORKSHOP_AUDIT;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Objects;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jooq.DSLContext;
import org.jooq.Record;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Workshops against PostgreSQL: ideas entered for a person are credited to that person
 * and the workshop, never to the staff account; a CSV file is stored whole or not at all,
 * with every problem named by row and field; the audit trail.
 */
@ApplicationModuleTest(extraIncludes = { "app", "accounts", "ratelimit", "database", "news", "web", "privacy" },
		verifyAutomatically = false)
class WorkshopServiceTest {

	@Autowired
	WorkshopService workshops;

	@Autowired
	ModerationService moderation;

	@Autowired
	CapturedNameRetention names;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DSLContext dsl;

	long staff;

	@BeforeEach
	void asStaff() {
		this.staff = this.accounts.ensure("workshop-staff", Role.MODERATOR).id();
		this.accounts.signIn("workshop-staff");
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	private long workshop() {
		return this.workshops.create(new NewWorkshop("Zukunftswerkstatt " + System.nanoTime() % 100_000,
				LocalDate.of(2026, 11, 20), "Rathaus, Plenarsaal", null));
	}

	private static CapturedIdea idea(String title, String person) {
		return new CapturedIdea(title, "An der Haltestelle kann ich den Fahrplan nicht lesen.",
				"Ein Knopf, der die Busse ansagt.", "Menschen, die schlecht sehen", null, null, null, person, false,
				IdeaChannel.WORKSHOP);
	}

	private int ideaCount() {
		return this.dsl.fetchCount(IDEA);
	}

	private int auditCount() {
		return this.dsl.fetchCount(WORKSHOP_AUDIT);
	}

	private static byte[] resource(String name) throws IOException {
		try (InputStream in = Objects.requireNonNull(WorkshopServiceTest.class.getResourceAsStream("/ideas/" + name))) {
			return in.readAllBytes();
		}
	}

	@Test
	void an_entered_idea_is_credited_to_the_named_person_and_the_workshop_never_to_the_staff_account() {
		long workshop = workshop();

		SubmittedIdea saved = this.workshops.capture(workshop, idea("Sprechende Haltestellen", " Gerda Martens "));

		Record row = this.dsl.selectFrom(IDEA).where(IDEA.ID.eq(saved.id())).fetchSingle();
		assertThat(row.get(IDEA.AUTHOR_ID)).isNull();
		assertThat(row.get(IDEA.AUTHOR_NAME)).as("shown by a pseudonym unless the person wants the name shown")
			.isNull();
		assertThat(row.get(IDEA.ON_BEHALF_OF)).isEqualTo("Gerda Martens");
		assertThat(row.get(IDEA.CAPTURED_BY)).isEqualTo(this.staff);
		assertThat(row.get(IDEA.CHANNEL)).isEqualTo(IdeaChannel.WORKSHOP);
		assertThat(row.get(IDEA.WORKSHOP_ID)).isEqualTo(workshop);
		assertThat(saved.receiptCode()).as("the person follows it with the code").matches("[A-Z2-9]{10}");
		assertThat(this.workshops.ideas(workshop)).singleElement().satisfies(entered -> {
			assertThat(entered.personName()).isEqualTo("Gerda Martens");
			assertThat(entered.state()).isEqualTo(IdeaState.SUBMITTED);
		});
		assertThat(this.workshops.trail(workshop))
			.extracting(WorkshopAuditEntry::action, WorkshopAuditEntry::actorName, WorkshopAuditEntry::ideaTitle)
			.containsExactly(tuple(WorkshopAction.CREATED, "Test workshop-staff", null),
					tuple(WorkshopAction.IDEA_CAPTURED, "Test workshop-staff", "Sprechende Haltestellen"));
		assertThat(this.workshops.workshop(workshop).orElseThrow().ideas()).isEqualTo(1);
	}

	@Test
	void the_name_is_shown_with_the_idea_only_when_the_person_wants_it_and_paper_is_its_own_channel() {
		long workshop = workshop();
		CapturedIdea named = new CapturedIdea("Trinkbrunnen am Herold-Center", "Kein Wasser.", "Ein Brunnen.", "Alle",
				null, null, null, "Aylin Demir", true, IdeaChannel.PAPER);

		long id = this.workshops.capture(workshop, named).id();

		Record row = this.dsl.selectFrom(IDEA).where(IDEA.ID.eq(id)).fetchSingle();
		assertThat(row.get(IDEA.AUTHOR_NAME)).isEqualTo("Aylin Demir");
		assertThat(row.get(IDEA.CHANNEL)).isEqualTo(IdeaChannel.PAPER);
		assertThat(row.get(IDEA.AUTHOR_ID)).isNull();
	}

	@Test
	void bad_input_is_refused_at_its_field_and_changes_nothing() {
		long workshop = workshop();
		int ideas = ideaCount();
		int audit = auditCount();

		assertRefused(workshop, idea("Bank am Teich", "   "), "person", "ideas.workshop.error.person-empty");
		assertRefused(workshop, idea(" \t ", "Gerda Martens"), "title", "ideas.error.title-empty");
		assertRefused(workshop, idea("Bank\u200B am Teich", "Gerda Martens"), "title", Input.INVISIBLE);
		assertRefused(workshop, idea("Bank am Teich", "Gerda\u202EMartens"), "person", Input.INVISIBLE);
		assertRefused(workshop, new CapturedIdea("Bank am Teich", "x".repeat(10_000), "Eine Bank.", "Alle", null, null,
				null, "Gerda Martens", false, IdeaChannel.WORKSHOP), "problem", Input.TOO_LONG);
		assertRefused(workshop, new CapturedIdea("Bank am Teich", "p", "v", "b", null, null, null, "Gerda Martens",
				false, IdeaChannel.WEB), "channel", "ideas.workshop.error.channel");
		assertThatThrownBy(() -> this.workshops.capture(999_999_999L, idea("Bank am Teich", "Gerda Martens")))
			.isInstanceOfSatisfying(Refusal.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo("ideas.workshop.error.unknown"));
		assertThatThrownBy(() -> this.workshops.create(new NewWorkshop("  ", null, "Rathaus", null)))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).contains("title"));
		assertThatThrownBy(() -> this.workshops.create(new NewWorkshop("Werkstatt", null, "Rathaus", null)))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).contains("heldOn"));
		assertThatThrownBy(() -> this.workshops
			.create(new NewWorkshop("Werkstatt", LocalDate.of(2026, 1, 1), "Rathaus", "n".repeat(10_000))))
			.isInstanceOfSatisfying(Refusal.class, refusal -> {
				assertThat(refusal.field()).contains("notes");
				assertThat(refusal.messageKey()).isEqualTo(Input.TOO_LONG);
			});

		assertThat(ideaCount()).isEqualTo(ideas);
		assertThat(auditCount()).isEqualTo(audit);
	}

	private void assertRefused(long workshop, CapturedIdea idea, String field, String key) {
		assertThatThrownBy(() -> this.workshops.capture(workshop, idea)).isInstanceOfSatisfying(Refusal.class,
				refusal -> {
					assertThat(refusal.field()).contains(field);
					assertThat(refusal.messageKey()).isEqualTo(key);
				});
	}

	@Test
	void markup_is_stored_as_text() {
		long workshop = workshop();

		this.workshops.capture(workshop, idea("<b>Bank</b> & <script>alert(1)</script>", "<i>Gerda</i>"));

		assertThat(this.workshops.ideas(workshop)).singleElement().satisfies(entered -> {
			assertThat(entered.title()).isEqualTo("<b>Bank</b> & <script>alert(1)</script>");
			assertThat(entered.personName()).isEqualTo("<i>Gerda</i>");
		});
	}

	@Test
	void a_csv_with_broken_rows_names_each_row_and_field_and_imports_nothing() throws IOException {
		long workshop = workshop();
		int ideas = ideaCount();
		int audit = auditCount();
		String file = "Titel;Problem;Idee;Nutzen;Stadtteil;Name\n"
				+ "Bank am Teich;Man kann nicht sitzen.;Eine Bank.;Alle;Garstedt;Ilse Schröder\n"
				+ "   ;Kein Titel.;Eine Idee.;Alle;;Hans Peters\n"
				+ "Licht im Park;Es ist dunkel.;Laternen.;Alle;Atlantis;\n" + "Lange Idee;" + "x".repeat(10_000)
				+ ";Eine Idee.;Alle;;Ilse Schröder\n" + "Zu viel;a;b;c;;Hans;überzählig\n";

		ImportReport report = this.workshops.importCsv(workshop, file.getBytes(StandardCharsets.UTF_8),
				IdeaChannel.WORKSHOP);

		assertThat(report.isImported()).isFalse();
		assertThat(report.imported()).isZero();
		assertThat(report.problems())
			.extracting(ImportReport.Problem::row, ImportReport.Problem::field, ImportReport.Problem::messageKey)
			.containsExactly(tuple(3, "title", "ideas.error.title-empty"),
					tuple(4, "district", "ideas.workshop.csv.unknown-choice"),
					tuple(4, "person", "ideas.workshop.error.person-empty"), tuple(5, "problem", Input.TOO_LONG),
					tuple(6, "row", "ideas.workshop.csv.too-many-values"));
		assertThat(report.problems().get(1).text(java.util.Locale.GERMAN))
			.startsWith("„Atlantis“ kennen wir nicht. Möglich sind: Garstedt");
		assertThat(report.problems().get(3).text(java.util.Locale.ENGLISH))
			.isEqualTo("This text is too long: 10,000 characters. At most 2,000 characters are allowed. "
					+ "Please shorten it; nothing was saved.");
		assertThat(ideaCount()).isEqualTo(ideas);
		assertThat(auditCount()).isEqualTo(audit);

		ImportReport sample = this.workshops.importCsv(workshop, resource("werkstatt-fehlerhaft.csv"),
				IdeaChannel.PAPER);
		assertThat(sample.problems()).extracting(ImportReport.Problem::row, ImportReport.Problem::field)
			.containsExactly(tuple(3, "title"), tuple(4, "district"), tuple(4, "person"));
		assertThat(ideaCount()).isEqualTo(ideas);
	}

	@Test
	void a_good_csv_is_imported_whole_with_semicolons_as_german_excel_writes_them() throws IOException {
		long workshop = workshop();

		ImportReport report = this.workshops.importCsv(workshop, resource("werkstatt-beispiel.csv"), IdeaChannel.PAPER);

		assertThat(report.isImported()).isTrue();
		assertThat(report.imported()).isEqualTo(3);
		List<WorkshopIdea> entered = this.workshops.ideas(workshop);
		assertThat(entered).extracting(WorkshopIdea::title, WorkshopIdea::personName, WorkshopIdea::channel)
			.containsExactly(tuple("Sitzbänke an der Ulzburger Straße", "Ilse Schröder", IdeaChannel.PAPER),
					tuple("Vorlesestunde per Video", "Hans Peters", IdeaChannel.PAPER),
					tuple("Freies WLAN im Bürgerhaus", "Mehmet Yılmaz", IdeaChannel.PAPER));
		Record first = this.dsl.selectFrom(IDEA).where(IDEA.ID.eq(entered.get(0).id())).fetchSingle();
		assertThat(first.get(IDEA.AUTHOR_NAME)).isEqualTo("Ilse Schröder");
		assertThat(first.get(IDEA.CAPTURED_BY)).isEqualTo(this.staff);
		assertThat(first.get(IDEA.AUTHOR_ID)).isNull();
		assertThat(first.get(IDEA.DISTRICT_ID)).isNotNull();
		assertThat(first.get(IDEA.LEAD_GROUP_ID)).isNotNull();
		Record second = this.dsl.selectFrom(IDEA).where(IDEA.ID.eq(entered.get(1).id())).fetchSingle();
		assertThat(second.get(IDEA.PROBLEM))
			.isEqualTo("Meine Enkel wohnen weit weg.\nVorlesen am Telefon klappt nicht.");
		assertThat(second.get(IDEA.AUTHOR_NAME)).isNull();
		assertThat(this.workshops.trail(workshop)).extracting(WorkshopAuditEntry::action, WorkshopAuditEntry::ideaCount)
			.containsExactly(tuple(WorkshopAction.CREATED, null), tuple(WorkshopAction.CSV_IMPORTED, 3));

		// the same file again (a double tap): refused, nothing stored twice; another
		// workshop may have it
		int ideas = ideaCount();
		assertFileRefused(workshop, resource("werkstatt-beispiel.csv"), "ideas.workshop.csv.imported-before");
		assertThat(ideaCount()).isEqualTo(ideas);
		assertThat(
				this.workshops.importCsv(workshop(), resource("werkstatt-beispiel.csv"), IdeaChannel.PAPER).imported())
			.isEqualTo(3);
	}

	@Test
	void a_good_csv_with_commas_and_english_column_names_is_imported_too() {
		long workshop = workshop();
		String file = "title,problem,idea,benefit,district,group,name,show name\r\n"
				+ "Bus stop that speaks,\"I cannot read the timetable, it is too small.\",A button that reads it out.,"
				+ "People who see badly,garstedt,Urban data,Gerda Martens,yes\r\n";

		ImportReport report = this.workshops.importCsv(workshop, file.getBytes(StandardCharsets.UTF_8),
				IdeaChannel.WORKSHOP);

		assertThat(report.problems()).isEmpty();
		assertThat(this.workshops.ideas(workshop)).singleElement().satisfies(entered -> {
			assertThat(entered.title()).isEqualTo("Bus stop that speaks");
			assertThat(entered.personName()).isEqualTo("Gerda Martens");
		});
	}

	@Test
	void a_file_that_cannot_be_read_as_a_whole_is_refused_in_words_and_changes_nothing() throws IOException {
		long workshop = workshop();
		int ideas = ideaCount();
		String header = "Titel;Problem;Idee;Nutzen;Name\n";
		StringBuilder many = new StringBuilder(header);
		for (int i = 0; i <= WorkshopService.MAX_ROWS; i++) {
			many.append("Bank ").append(i).append(";p;v;b;Ilse\n");
		}
		assertFileRefused(workshop, many.toString().getBytes(StandardCharsets.UTF_8),
				"ideas.workshop.csv.too-many-rows");
		assertFileRefused(workshop, new byte[WorkshopService.MAX_FILE_BYTES + 1], "ideas.workshop.csv.too-large");
		assertFileRefused(workshop, (header + "Straße;p;v;b;Ilse\n").getBytes(StandardCharsets.ISO_8859_1),
				"ideas.workshop.csv.not-utf8");
		assertFileRefused(workshop, " \n ".getBytes(StandardCharsets.UTF_8), "ideas.workshop.csv.empty");
		assertFileRefused(workshop, header.getBytes(StandardCharsets.UTF_8), "ideas.workshop.csv.no-rows");
		assertFileRefused(workshop, (header + "Bank;\"p;v;b;Ilse\n").getBytes(StandardCharsets.UTF_8),
				"ideas.workshop.csv.malformed");

		assertThatThrownBy(
				() -> this.workshops.importCsv(workshop, resource("werkstatt-beispiel.csv"), IdeaChannel.WEB))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.field()).contains("channel"));

		ImportReport wrongHeader = this.workshops.importCsv(workshop,
				"Titel;Problem;Farbe;Name\nBank;p;rot;Ilse\n".getBytes(StandardCharsets.UTF_8), IdeaChannel.WORKSHOP);
		assertThat(wrongHeader.problems())
			.extracting(ImportReport.Problem::row, ImportReport.Problem::field, ImportReport.Problem::messageKey)
			.containsExactly(tuple(1, "header", "ideas.workshop.csv.unknown-column"),
					tuple(1, "proposal", "ideas.workshop.csv.column-missing"),
					tuple(1, "beneficiaries", "ideas.workshop.csv.column-missing"));
		assertThat(ideaCount()).isEqualTo(ideas);
	}

	private void assertFileRefused(long workshop, byte[] file, String key) {
		assertThatThrownBy(() -> this.workshops.importCsv(workshop, file, IdeaChannel.WORKSHOP))
			.isInstanceOfSatisfying(Refusal.class, refusal -> {
				assertThat(refusal.field()).contains("file");
				assertThat(refusal.messageKey()).isEqualTo(key);
			});
	}

	@Test
	void only_moderators_and_admins_enter_ideas_for_others() {
		long workshop = workshop();
		this.accounts.ensure("workshop-resident", Role.RESIDENT);
		this.accounts.signIn("workshop-resident");

		assertThatThrownBy(() -> this.workshops.capture(workshop, idea("Bank am Teich", "Gerda Martens")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.workshops.workshops()).isInstanceOf(AccessDeniedException.class);

		this.accounts.ensure("workshop-admin", Role.ADMIN);
		this.accounts.signIn("workshop-admin");
		assertThat(this.workshops.capture(workshop, idea("Bank am Teich", "Gerda Martens")).id()).isPositive();
	}

	@Test
	void the_audit_trail_cannot_be_changed_or_deleted() {
		long workshop = workshop();

		assertThatThrownBy(() -> this.dsl.update(WORKSHOP_AUDIT)
			.set(WORKSHOP_AUDIT.ACTION, WorkshopAction.CSV_IMPORTED)
			.where(WORKSHOP_AUDIT.WORKSHOP_ID.eq(workshop))
			.execute()).isInstanceOf(DataAccessException.class);
		assertThatThrownBy(
				() -> this.dsl.deleteFrom(WORKSHOP_AUDIT).where(WORKSHOP_AUDIT.WORKSHOP_ID.eq(workshop)).execute())
			.isInstanceOf(DataAccessException.class);
		assertThat(this.workshops.trail(workshop)).hasSize(1);
	}

	private @org.jspecify.annotations.Nullable String onBehalfOf(long ideaId) {
		return this.dsl.select(IDEA.ON_BEHALF_OF).from(IDEA).where(IDEA.ID.eq(ideaId)).fetchSingle(IDEA.ON_BEHALF_OF);
	}

	@Test
	void the_persons_name_is_deleted_a_set_time_after_the_idea_was_decided_and_kept_while_it_is_open() {
		long workshop = workshop();
		long decided = this.workshops.capture(workshop, idea("Bank am Teich", "Gerda Martens")).id();
		long open = this.workshops.capture(workshop, idea("Licht im Park", "Hans Peters")).id();
		this.moderation.reject(decided, "Dafür ist der Bezirk zuständig; wir haben die Idee weitergegeben.");
		this.dsl.update(IDEA)
			.set(IDEA.STATE_CHANGED_AT, Instant.now().minus(Duration.ofDays(31)))
			.where(IDEA.ID.eq(decided))
			.execute();

		this.names.apply();

		assertThat(onBehalfOf(decided)).isNull();
		assertThat(onBehalfOf(open)).isEqualTo("Hans Peters");
	}

	@Autowired
	WorkshopRepository workshopRepository;

	@Autowired
	IdeaRepository ideaRepository;

	@Autowired
	org.springframework.transaction.support.TransactionTemplate transactions;

	@Test
	void the_demo_workshop_is_made_once_whatever_restarts_follow() {
		long moderator = this.accounts.ensure("moderation", Role.MODERATOR).id();
		DemoWorkshop demo = new DemoWorkshop(this.workshopRepository, this.ideaRepository, java.time.Clock.systemUTC());

		for (int start = 0; start < 2; start++) {
			this.transactions
				.executeWithoutResult(status -> demo.run(new org.springframework.boot.DefaultApplicationArguments()));
		}

		List<Workshop> made = this.workshops.workshops()
			.stream()
			.filter(w -> w.title().equals(DemoWorkshop.TITLE))
			.toList();
		assertThat(made).singleElement().satisfies(w -> assertThat(w.ideas()).isEqualTo(3));
		assertThat(this.workshops.ideas(made.getFirst().id())).extracting(WorkshopIdea::personName)
			.containsExactly("Gerda Martens", "Karl-Heinz Böttcher", "Aylin Demir");
		assertThat(this.dsl.fetchCount(IDEA,
				IDEA.WORKSHOP_ID.eq(made.getFirst().id())
					.and(IDEA.CAPTURED_BY.eq(moderator))
					.and(IDEA.AUTHOR_ID.isNull())))
			.isEqualTo(3);
	}

}
