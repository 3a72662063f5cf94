package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.db.Tables.IDEA_TRANSITION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.dao.DataAccessException;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ideas against PostgreSQL: what is refused (and then nothing stored), the lifecycle in
 * the service and in the database, supports under concurrency, similar ideas. Only the
 * ideas module runs, with accounts, the news catalogue (districts, topics) and the
 * database; what its events cause elsewhere is the notifications module's test.
 */
@ApplicationModuleTest(extraIncludes = { "app", "accounts", "ratelimit", "database", "news", "web", "privacy" },
		verifyAutomatically = false)
class IdeaServiceTest {

	@Autowired
	IdeaService ideas;

	@Autowired
	ModerationService moderation;

	@Autowired
	TestAccounts accounts;

	@Autowired
	DSLContext dsl;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	private static NewIdea idea(String title) {
		return new NewIdea(title, "Im Park kann man sich nirgends ausruhen.", "Mehr Bänke entlang der Wege.",
				"Ältere Menschen und Familien", null, null, null, null, null, null, false, "de");
	}

	private long published(String title) {
		long id = this.ideas.submit(idea(title)).id();
		asModerator();
		long group = this.ideas.groups().get(0).id();
		this.moderation.publish(id, group, "Veröffentlicht; der Arbeitskreis prüft die Idee.");
		this.accounts.signOut();
		return id;
	}

	private void asModerator() {
		this.accounts.ensure("idea-moderator", Role.MODERATOR);
		this.accounts.signIn("idea-moderator");
	}

	private int ideaCount() {
		return this.dsl.fetchCount(IDEA);
	}

	@Test
	void an_idea_without_an_account_gets_a_receipt_code_that_shows_its_timeline() {
		SubmittedIdea submitted = this.ideas.submit(idea("Trinkbrunnen am Rathaus"));

		assertThat(submitted.receiptCode()).matches("[A-Z2-9]{10}");
		String code = java.util.Objects.requireNonNull(submitted.receiptCode());
		IdeaDetails shown = this.ideas.byReceiptCode(code.toLowerCase(java.util.Locale.ROOT)).orElseThrow();
		assertThat(shown.state()).isEqualTo(IdeaState.SUBMITTED);
		assertThat(shown.channel()).isEqualTo(IdeaChannel.WEB);
		assertThat(shown.timeline()).singleElement().satisfies(entry -> {
			assertThat(entry.from()).isNull();
			assertThat(entry.to()).isEqualTo(IdeaState.SUBMITTED);
		});
		// not public before a moderator published it
		assertThat(this.ideas.publishedIdea(submitted.id())).isEmpty();
		assertThat(this.ideas.byReceiptCode("AAAAAAAAAA")).isEmpty();
	}

	@Test
	void a_signed_in_author_follows_the_idea_with_the_account_and_gets_no_code() {
		this.accounts.ensure("idea-author", Role.RESIDENT);
		this.accounts.signIn("idea-author");

		assertThat(this.ideas.submit(idea("Leihräder für Senioren")).receiptCode()).isNull();
	}

	@Test
	void bad_input_is_refused_at_its_field_and_nothing_is_stored() {
		int before = ideaCount();
		assertRefused(idea("   "), "title", "ideas.error.title-empty");
		assertRefused(idea("ab"), "title", "ideas.error.title-short");
		assertRefused(idea("Ruf an: 0176 1234567"), "title", "ideas.error.title-contact");
		assertRefused(idea("Bank\u200B im Park"), "title", Input.INVISIBLE);
		NewIdea longProblem = new NewIdea("Bänke", "x".repeat(10_000), "p", "b", null, null, null, null, null, null,
				false, "de");
		assertRefused(longProblem, "problem", Input.TOO_LONG);
		NewIdea blankProposal = new NewIdea("Bänke", "p", " \n\t ", "b", null, null, null, null, null, null, false,
				"de");
		assertRefused(blankProposal, "proposal", "ideas.error.proposal-empty");
		NewIdea unknownDistrict = new NewIdea("Bänke", "p", "v", "b", 999_999L, null, null, null, null, null, false,
				"de");
		assertRefused(unknownDistrict, "district", "ideas.error.unknown-choice");
		NewIdea noConsent = new NewIdea("Bänke", "p", "v", "b", null, null, null, null, null, "helga@example.org",
				false, "de");
		assertRefused(noConsent, "consent", "ideas.error.consent-missing");
		NewIdea badEmail = new NewIdea("Bänke", "p", "v", "b", null, null, null, null, null, "helga at home", true,
				"de");
		assertRefused(badEmail, "email", "ideas.error.email-invalid");
		NewIdea notAPicture = new NewIdea("Bänke", "p", "v", "b", null, null, null,
				new IdeaPicture("<html>".getBytes(), "image/png", "Ein Bild"), null, null, false, "de");
		assertRefused(notAPicture, "picture", "ideas.error.picture-type");
		byte[] tooLarge = new byte[IdeaService.MAX_PICTURE_BYTES + 1];
		System.arraycopy(new byte[] { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF }, 0, tooLarge, 0, 3);
		NewIdea largePicture = new NewIdea("Bänke", "p", "v", "b", null, null, null,
				new IdeaPicture(tooLarge, "image/jpeg", "Ein Bild"), null, null, false, "de");
		assertRefused(largePicture, "picture", "ideas.error.picture-size");
		assertThat(ideaCount()).isEqualTo(before);
	}

	private void assertRefused(NewIdea idea, String field, String key) {
		assertThatThrownBy(() -> this.ideas.submit(idea)).isInstanceOfSatisfying(Refusal.class, refusal -> {
			assertThat(refusal.field()).contains(field);
			assertThat(refusal.messageKey()).isEqualTo(key);
		});
	}

	@Autowired
	ContactRetention contactRetention;

	@Autowired
	IdeaRepository repository;

	@Test
	void an_e_mail_address_is_deleted_a_set_time_after_the_idea_was_decided_and_kept_while_it_is_open() {
		NewIdea withAddress = new NewIdea("Mehr Licht am Bahnhof", "Dunkel.", "Lampen.", "Alle", null, null, null, null,
				null, "helga@example.org", true, "de");
		long decided = this.ideas.submit(withAddress).id();
		long open = this.ideas.submit(withAddress).id();
		asModerator();
		this.moderation.reject(decided, "Dafür ist die Bahn zuständig; wir haben die Idee weitergegeben.");
		this.dsl.update(IDEA)
			.set(IDEA.STATE_CHANGED_AT, java.time.Instant.now().minus(java.time.Duration.ofDays(31)))
			.where(IDEA.ID.eq(decided))
			.execute();

		this.contactRetention.apply();

		assertThat(this.repository.hasContact(decided)).isFalse();
		assertThat(this.repository.hasContact(open)).isTrue();
	}

	@Test
	void markup_is_kept_as_text() {
		long id = published("<b>Fett</b> & <script>alert(1)</script>");

		assertThat(this.ideas.publishedIdea(id).orElseThrow().title())
			.isEqualTo("<b>Fett</b> & <script>alert(1)</script>");
	}

	@Test
	void the_service_refuses_a_step_without_justification_and_every_illegal_step() {
		long id = this.ideas.submit(idea("Sitzbank am See")).id();
		asModerator();
		long group = this.ideas.groups().get(0).id();

		assertThatThrownBy(() -> this.moderation.publish(id, group, "  ")).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.field()).contains("justification"));
		this.moderation.publish(id, group, "Veröffentlicht.");
		assertThatThrownBy(() -> this.moderation.reject(id, "zu spät")).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.messageKey()).isEqualTo("ideas.error.not-waiting"));
		for (IdeaState to : IdeaState.values()) {
			if (!IdeaState.IN_REVIEW.mayBecome(to)) {
				assertThatThrownBy(() -> this.transactions
					.executeWithoutResult(status -> this.lifecycle.move(id, to, "Begründung", null)))
					.isInstanceOfSatisfying(Refusal.class,
							r -> assertThat(r.messageKey()).isEqualTo("ideas.error.transition"));
			}
		}
		assertThat(this.ideas.publishedIdea(id).orElseThrow().state()).isEqualTo(IdeaState.IN_REVIEW);
	}

	@Autowired
	IdeaLifecycle lifecycle;

	@Test
	void the_database_refuses_a_change_of_state_without_its_justified_entry_and_every_illegal_step() {
		long id = published("Schattenplätze auf dem Markt");

		// a state written directly, without the timeline entry
		assertThatThrownBy(
				() -> this.dsl.update(IDEA).set(IDEA.STATE, IdeaState.STORED).where(IDEA.ID.eq(id)).execute())
			.isInstanceOf(DataAccessException.class)
			.hasMessageContaining("justified timeline entry");
		// a step the rules do not have
		assertThatThrownBy(() -> this.dsl.insertInto(IDEA_TRANSITION)
			.set(IDEA_TRANSITION.IDEA_ID, id)
			.set(IDEA_TRANSITION.FROM_STATE, IdeaState.IN_REVIEW)
			.set(IDEA_TRANSITION.TO_STATE, IdeaState.DONE)
			.set(IDEA_TRANSITION.JUSTIFICATION, "einfach so")
			.set(IDEA_TRANSITION.AT, java.time.Instant.now())
			.execute()).isInstanceOf(DataAccessException.class).hasMessageContaining("idea_transition_allowed");
		// an empty justification
		assertThatThrownBy(() -> this.dsl.insertInto(IDEA_TRANSITION)
			.set(IDEA_TRANSITION.IDEA_ID, id)
			.set(IDEA_TRANSITION.FROM_STATE, IdeaState.IN_REVIEW)
			.set(IDEA_TRANSITION.TO_STATE, IdeaState.STORED)
			.set(IDEA_TRANSITION.JUSTIFICATION, "   ")
			.set(IDEA_TRANSITION.AT, java.time.Instant.now())
			.execute()).isInstanceOf(DataAccessException.class);
		// a new idea that claims to be decided already
		assertThatThrownBy(() -> this.dsl.insertInto(IDEA)
			.set(IDEA.TITLE, "Schon fertig")
			.set(IDEA.PROBLEM, "p")
			.set(IDEA.PROPOSAL, "v")
			.set(IDEA.BENEFICIARIES, "b")
			.set(IDEA.CHANNEL, IdeaChannel.WEB)
			.set(IDEA.STATE, IdeaState.DONE)
			.set(IDEA.CREATED_AT, java.time.Instant.now())
			.set(IDEA.STATE_CHANGED_AT, java.time.Instant.now())
			.execute()).isInstanceOf(DataAccessException.class);
		assertThat(this.ideas.publishedIdea(id).orElseThrow().state()).isEqualTo(IdeaState.IN_REVIEW);
	}

	@Test
	void a_hundred_people_supporting_at_once_are_a_hundred_supports_and_one_person_twice_is_one() throws Exception {
		long id = published("Mehr Mülleimer im Stadtpark");
		List<String> people = new ArrayList<>();
		for (int i = 0; i < 100; i++) {
			people.add("supporter-" + i);
			this.accounts.ensure("supporter-" + i, Role.RESIDENT);
		}
		ExecutorService pool = Executors.newFixedThreadPool(16);
		try {
			CountDownLatch start = new CountDownLatch(1);
			List<Callable<Boolean>> supports = new ArrayList<>();
			for (String person : people) {
				supports.add(() -> asPerson(person, start, id));
			}
			// one more person twice at the same moment
			this.accounts.ensure("supporter-twice", Role.RESIDENT);
			supports.add(() -> asPerson("supporter-twice", start, id));
			supports.add(() -> asPerson("supporter-twice", start, id));
			List<Future<Boolean>> results = new ArrayList<>();
			for (Callable<Boolean> support : supports) {
				results.add(pool.submit(support));
			}
			start.countDown();
			int newSupports = 0;
			for (Future<Boolean> result : results) {
				newSupports += result.get() ? 1 : 0;
			}
			assertThat(newSupports).isEqualTo(101);
		}
		finally {
			pool.shutdownNow();
		}
		assertThat(this.ideas.publishedIdea(id).orElseThrow().supporters()).isEqualTo(101);
	}

	private boolean asPerson(String username, CountDownLatch start, long ideaId) throws InterruptedException {
		this.accounts.signIn(username);
		try {
			start.await();
			return this.ideas.support(ideaId);
		}
		finally {
			this.accounts.signOut();
		}
	}

	@Test
	void supporting_needs_an_account_and_an_open_idea() {
		long id = this.ideas.submit(idea("Noch nicht veröffentlicht")).id();

		assertThatThrownBy(() -> this.ideas.support(id)).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.messageKey()).isEqualTo("ideas.error.support-sign-in"));
		this.accounts.ensure("early-supporter", Role.RESIDENT);
		this.accounts.signIn("early-supporter");
		assertThatThrownBy(() -> this.ideas.support(id)).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.messageKey()).isEqualTo("ideas.error.unknown"));
	}

	@Test
	void typing_a_few_words_finds_the_similar_published_idea() {
		long bench = published("Mehr Bänke im Stadtpark " + System.nanoTime() % 1000);
		published("Schnelleres WLAN in der Bibliothek");

		assertThat(this.ideas.similar("Bank im Stadtpark")).extracting(SimilarIdea::id).contains(bench);
		assertThat(this.ideas.similar("Bä")).isEmpty();
	}

}
