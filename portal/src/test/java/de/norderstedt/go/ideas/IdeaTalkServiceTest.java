package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.IDEA_COMMENT;
import static de.norderstedt.go.db.Tables.IDEA_REPORT;
import static org.assertj.core.api.Assertions.assertThat;
import static de.norderstedt.go.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
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
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;

/**
 * Comments shown only after moderation, reports that hide an idea or a comment after the
 * configured number (three by default) until a moderator decides, and bad input refused.
 */
@ApplicationModuleTest(extraIncludes = { "app", "accounts", "ratelimit", "database", "news", "web", "privacy" },
		verifyAutomatically = false)
class IdeaTalkServiceTest {

	@Autowired
	IdeaTalkService talk;

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

	@Test
	void a_comment_shows_only_after_a_moderator_let_it_through_and_bad_comments_are_refused() {
		long idea = this.testIdeas.published("Bank am Rathausteich");
		assertThatThrownBy(() -> this.talk.comment(idea, "Gute Idee")).isInstanceOfSatisfying(Refusal.class,
				r -> assertThat(r.messageKey()).isEqualTo("ideas.error.comment-sign-in"));
		as("talk-writer", Role.RESIDENT);
		int before = this.dsl.fetchCount(IDEA_COMMENT);
		assertRefused(() -> this.talk.comment(idea, " \n "), "comment", "ideas.error.comment-empty");
		assertRefused(() -> this.talk.comment(idea, "x".repeat(10_000)), "comment", Input.TOO_LONG);
		assertRefused(() -> this.talk.comment(idea, "Gut\u200B"), "comment", Input.INVISIBLE);
		assertThat(this.dsl.fetchCount(IDEA_COMMENT)).isEqualTo(before);

		this.talk.comment(idea, "<b>Ja!</b> Am Teich fehlt eine Bank.");
		assertThat(this.talk.comments(idea)).isEmpty();
		assertThatThrownBy(() -> this.talk.waitingComments()).isInstanceOf(AccessDeniedException.class);

		as("talk-moderator", Role.MODERATOR);
		ReportedThing waiting = this.talk.waitingComments()
			.stream()
			.filter(c -> c.ideaId() == idea)
			.findFirst()
			.orElseThrow();
		long commentId = java.util.Objects.requireNonNull(waiting.commentId());
		this.talk.decideComment(commentId, true);
		assertThatThrownBy(() -> this.talk.decideComment(commentId, false)).isInstanceOf(Refusal.class);
		// markup stays text
		assertThat(this.talk.comments(idea)).extracting(IdeaComment::body)
			.containsExactly("<b>Ja!</b> Am Teich fehlt eine Bank.");
	}

	@Test
	void three_reports_at_once_hide_the_idea_until_a_moderator_shows_it_again_and_one_person_counts_once()
			throws Exception {
		long idea = this.testIdeas.published("Werbung für Handyverträge");
		for (int i = 0; i < 5; i++) {
			this.accounts.ensure("talk-reporter-" + i, Role.RESIDENT);
		}
		as("talk-reporter-0", Role.RESIDENT);
		assertRefused(() -> this.talk.reportIdea(idea, "   "), "reason", "ideas.error.report-reason-empty");
		assertThat(this.talk.reportIdea(idea, "Das ist Werbung.")).isTrue();
		assertThat(this.talk.reportIdea(idea, "Immer noch Werbung.")).isFalse();
		this.accounts.signOut();
		assertThat(this.ideas.publishedIdea(idea)).isPresent();

		// four more at the same moment: each counts once, and from the third on it is
		// hidden
		ExecutorService pool = Executors.newFixedThreadPool(4);
		try {
			List<Future<Boolean>> reports = new ArrayList<>();
			for (int i = 1; i <= 4; i++) {
				String username = "talk-reporter-" + i;
				reports.add(pool.submit((Callable<Boolean>) () -> {
					this.accounts.signIn(username);
					try {
						return this.talk.reportIdea(idea, "Werbung, bitte entfernen.");
					}
					finally {
						this.accounts.signOut();
					}
				}));
			}
			for (Future<Boolean> report : reports) {
				assertThat(report.get()).isTrue();
			}
		}
		finally {
			pool.shutdown();
		}
		assertThat(this.dsl.fetchCount(IDEA_REPORT, IDEA_REPORT.IDEA_ID.eq(idea))).isEqualTo(5);
		assertThat(this.ideas.publishedIdea(idea)).isEmpty();

		as("talk-moderator", Role.MODERATOR);
		assertThat(this.talk.reported()).filteredOn(t -> t.ideaId() == idea && !t.isComment())
			.singleElement()
			.satisfies(t -> {
				assertThat(t.hidden()).isTrue();
				assertThat(t.reasons()).hasSize(5);
			});
		this.talk.decideReports(idea, null, true);
		assertThat(this.ideas.publishedIdea(idea)).isPresent();
		assertThatThrownBy(() -> this.talk.decideReports(idea, null, true)).isInstanceOf(Refusal.class);
		assertThat(this.talk.reported()).noneMatch(t -> t.ideaId() == idea);
	}

	private void as(String username, Role role) {
		this.accounts.ensure(username, role);
		this.accounts.signIn(username);
	}

}
