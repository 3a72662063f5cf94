package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import java.util.Objects;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.Input;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

@ApplicationModuleTest(extraIncludes = { "app", "accounts", "ratelimit", "database", "news", "web", "privacy" },
		verifyAutomatically = false)
class IdeaRevisionServiceTest {

	@Autowired
	IdeaRevisionService revisions;

	@Autowired
	IdeaService ideas;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestIdeas testIdeas;

	@Autowired
	DSLContext dsl;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	private static NewIdea idea(String title) {
		return new NewIdea(title, "Am Teich gibt es keine Bank.", "Eine Bank aufstellen.", "Ältere Menschen", null,
				null, null, null, null, null, false, "de");
	}

	private String codeOf(String title) {
		return Objects.requireNonNull(this.ideas.submit(idea(title)).receiptCode());
	}

	private String titleOf(long ideaId) {
		return Objects
			.requireNonNull(this.dsl.select(IDEA.TITLE).from(IDEA).where(IDEA.ID.eq(ideaId)).fetchSingle(IDEA.TITLE));
	}

	private static IdeaText text(String title) {
		return new IdeaText(title, "Am Teich gibt es keine einzige Bank.", "Zwei Bänke mit Lehne aufstellen.",
				"Ältere Menschen und Eltern");
	}

	@Test
	void the_holder_of_the_code_reads_the_request_and_sends_the_idea_back_changed() {
		String code = codeOf("Bank am Teichh");
		long id = this.revisions.byCode(code).orElseThrow().idea().id();
		assertThat(this.revisions.byCode(code).orElseThrow().mayRevise()).isFalse();

		this.testIdeas.askForChange(id, "Bitte schreiben Sie, an welchem Teich.");

		OwnIdea asked = this.revisions.byCode(code.toLowerCase(Locale.ROOT)).orElseThrow();
		assertThat(asked.openRequest()).get()
			.extracting(ModerationNote::note)
			.isEqualTo("Bitte schreiben Sie, an welchem Teich.");
		assertThat(asked.mayRevise()).isTrue();

		OwnIdea changed = this.revisions.reviseByCode(code, text("Bank am Teich im Stadtpark"));

		assertThat(changed.idea().title()).isEqualTo("Bank am Teich im Stadtpark");
		assertThat(changed.idea().proposal()).isEqualTo("Zwei Bänke mit Lehne aufstellen.");
		assertThat(changed.openRequest()).isEmpty();
		assertThat(changed.requests()).singleElement().satisfies(note -> assertThat(note.answeredAt()).isNotNull());
		// still waiting for a moderator, still not public
		assertThat(changed.idea().state()).isEqualTo(IdeaState.SUBMITTED);
		assertThat(changed.idea().isPublished()).isFalse();
		// answered: a second change needs a new request
		assertRefused(() -> this.revisions.reviseByCode(code, text("Bank am Teich, noch einmal")), null,
				"ideas.error.no-change-asked");
		assertThat(titleOf(id)).isEqualTo("Bank am Teich im Stadtpark");
	}

	@Test
	void a_change_nobody_asked_for_a_wrong_code_and_bad_words_are_refused_and_change_nothing() {
		String code = codeOf("Licht am Radweg");
		long id = this.revisions.byCode(code).orElseThrow().idea().id();

		assertRefused(() -> this.revisions.reviseByCode(code, text("Licht am Radweg Nord")), null,
				"ideas.error.no-change-asked");
		assertRefused(() -> this.revisions.reviseByCode("AAAAAAAAAA", text("Licht am Radweg Nord")), "code",
				"ideas.error.receipt-unknown");
		this.testIdeas.askForChange(id, "Welcher Radweg ist gemeint?");
		assertRefused(() -> this.revisions.reviseByCode(code, text(" \t ")), "title", "ideas.error.title-empty");
		assertRefused(() -> this.revisions.reviseByCode(code, text("Licht\u200b am Radweg")), "title", Input.INVISIBLE);
		assertRefused(() -> this.revisions.reviseByCode(code, text("x".repeat(IdeaService.MAX_TITLE_LENGTH + 1))),
				"title", Input.TOO_LONG);
		assertRefused(
				() -> this.revisions.reviseByCode(code,
						new IdeaText("Licht am Radweg Nord", "a".repeat(10_000), "Laternen.", "Alle")),
				"problem", Input.TOO_LONG);
		assertRefused(
				() -> this.revisions.reviseByCode(code, new IdeaText("Licht am Radweg Nord", "Dunkel.", "  ", "Alle")),
				"proposal", "ideas.error.proposal-empty");

		assertThat(titleOf(id)).isEqualTo("Licht am Radweg");
		assertThat(this.revisions.byCode(code).orElseThrow().openRequest()).isPresent();
	}

	@Test
	void only_the_author_changes_or_withdraws_an_idea_of_an_account() {
		this.accounts.ensure("revision-author", Role.RESIDENT);
		this.accounts.ensure("revision-other", Role.RESIDENT);
		this.accounts.signIn("revision-author");
		long id = this.ideas.submit(idea("Sitzbank am Markt")).id();
		this.accounts.signOut();
		this.testIdeas.askForChange(id, "Welcher Markt?");

		this.accounts.signIn("revision-other");
		assertThat(this.revisions.mine(id)).isEmpty();
		assertRefused(() -> this.revisions.reviseMine(id, text("Sitzbank am Rathausmarkt")), null,
				"ideas.error.unknown");
		assertRefused(() -> this.revisions.withdrawMine(id, null, Locale.GERMAN), null, "ideas.error.unknown");
		this.accounts.signOut();
		assertThat(this.revisions.mine(id)).isEmpty();

		this.accounts.signIn("revision-author");
		assertThat(this.revisions.reviseMine(id, text("Sitzbank am Rathausmarkt")).idea().title())
			.isEqualTo("Sitzbank am Rathausmarkt");
		OwnIdea withdrawn = this.revisions.withdrawMine(id, "Ich ziehe um.", Locale.GERMAN);
		assertThat(withdrawn.idea().state()).isEqualTo(IdeaState.WITHDRAWN);
		assertThat(withdrawn.idea().timeline().getLast().justification()).isEqualTo("Ich ziehe um.");
		assertThat(withdrawn.mayWithdraw()).isFalse();
	}

	@Test
	void withdrawing_says_why_in_the_authors_language_and_is_refused_once_the_idea_is_selected() {
		String code = codeOf("Wasserspender im Park");
		OwnIdea withdrawn = this.revisions.withdrawByCode(code, "   ", Locale.ENGLISH);
		assertThat(withdrawn.idea().state()).isEqualTo(IdeaState.WITHDRAWN);
		assertThat(withdrawn.idea().timeline().getLast().justification())
			.isEqualTo("The person who submitted the idea has withdrawn it.");
		assertRefused(() -> this.revisions.withdrawByCode(code, null, Locale.GERMAN), null,
				"ideas.error.withdraw-too-late");

		long group = this.testIdeas.group("Revision");
		long selected = this.testIdeas.selectedIn("Ausgewählte Idee zum Zurückziehen", group);
		String selectedCode = Objects.requireNonNull(this.dsl.select(IDEA.RECEIPT_CODE)
			.from(IDEA)
			.where(IDEA.ID.eq(selected))
			.fetchSingle(IDEA.RECEIPT_CODE));
		assertRefused(() -> this.revisions.withdrawByCode(selectedCode, null, Locale.GERMAN), null,
				"ideas.error.withdraw-too-late");
		assertRefused(() -> this.revisions.withdrawByCode(selectedCode, "x".repeat(2_001), Locale.GERMAN), "reason",
				Input.TOO_LONG);
		assertThat(this.revisions.byCode(selectedCode).orElseThrow().idea().state()).isEqualTo(IdeaState.SELECTED);
	}

}
