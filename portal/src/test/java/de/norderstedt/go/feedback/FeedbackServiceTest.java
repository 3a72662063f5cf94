package de.norderstedt.go.feedback;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The feedback module with the accounts it asks who is signed in and the database it
 * stores in; nothing else of the application is started.
 */
@ApplicationModuleTest(extraIncludes = { "accounts", "ratelimit", "database", "privacy", "web" },
		verifyAutomatically = false)
class FeedbackServiceTest {

	@Autowired
	FeedbackService feedback;

	@Autowired
	FeedbackRepository repository;

	@Autowired
	TestAccounts accounts;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void anyone_can_send_feedback_and_an_admin_reads_it_newest_first() {
		this.feedback.submit(new FeedbackRequest("Der Knopf ist zu klein.", null, null, "/", "de"));
		long id = this.feedback
			.submit(new FeedbackRequest("  The contrast of the footer is low.  ", null, " 040 123 ", "/konto", "en"));
		this.accounts.ensure("feedback-admin", Role.ADMIN);
		this.accounts.signIn("feedback-admin");
		Feedback newest = this.feedback.newest(10).getFirst();
		assertThat(newest.id()).isEqualTo(id);
		assertThat(newest.message()).isEqualTo("The contrast of the footer is low.");
		assertThat(newest.contact()).isEqualTo("040 123");
		assertThat(newest.language()).isEqualTo(Language.EN);
	}

	@Test
	void empty_or_oversized_feedback_is_refused_at_its_field_in_words_and_nothing_is_stored() {
		int before = this.repository.findNewestFirst(1_000).size();
		assertRefused(new FeedbackRequest("   ", null, null, null, "de"), "message", "feedback.error.message-empty");
		assertRefused(new FeedbackRequest("x".repeat(5_000), null, null, null, "de"), "message", Input.TOO_LONG,
				FeedbackService.MAX_MESSAGE_LENGTH, 5_000);
		assertRefused(
				new FeedbackRequest("Zu lang", null, "y".repeat(FeedbackService.MAX_CONTACT_LENGTH + 1), null, "de"),
				"contact", Input.TOO_LONG, FeedbackService.MAX_CONTACT_LENGTH, FeedbackService.MAX_CONTACT_LENGTH + 1);
		assertRefused(
				new FeedbackRequest("Name zu lang", "J".repeat(FeedbackService.MAX_NAME_LENGTH + 1), null, null, "de"),
				"name", Input.TOO_LONG, FeedbackService.MAX_NAME_LENGTH, FeedbackService.MAX_NAME_LENGTH + 1);
		assertRefused(new FeedbackRequest("Steuerzeichen", "Jürgen\u202E", null, null, "de"), "name", Input.INVISIBLE);
		assertThat(this.repository.findNewestFirst(1_000)).hasSize(before);
	}

	@Test
	void checking_feedback_refuses_what_sending_would_and_stores_nothing() {
		int before = this.repository.findNewestFirst(1_000).size();
		assertThatThrownBy(() -> this.feedback.check(new FeedbackRequest("", null, null, null, "de")))
			.isInstanceOf(Refusal.class)
			.extracting(ex -> ((Refusal) ex).field().orElseThrow())
			.isEqualTo("message");
		assertThatThrownBy(() -> this.feedback.check(new FeedbackRequest("Gut", "J".repeat(500), null, null, "de")))
			.isInstanceOf(Refusal.class)
			.extracting(ex -> ((Refusal) ex).field().orElseThrow())
			.isEqualTo("name");
		this.feedback.check(new FeedbackRequest("Die Schrift ist zu klein.", "Jürgen", "040 123", null, "de"));
		assertThat(this.repository.findNewestFirst(1_000)).hasSize(before);
	}

	@Test
	void a_name_is_kept_trimmed_with_the_feedback() {
		long id = this.feedback
			.submit(new FeedbackRequest("Die Schrift ist zu klein.", "  Jürgen Groß ", null, null, "de"));
		assertThat(this.repository.findNewestFirst(1_000)).filteredOn(f -> f.id() == id)
			.singleElement()
			.extracting(Feedback::name)
			.isEqualTo("Jürgen Groß");
	}

	@Test
	void html_in_feedback_is_kept_as_plain_text() {
		long id = this.feedback.submit(new FeedbackRequest("<script>alert('x')</script>", null, null, null, "de"));
		assertThat(this.repository.findNewestFirst(1_000)).filteredOn(f -> f.id() == id)
			.singleElement()
			.extracting(Feedback::message)
			.isEqualTo("<script>alert('x')</script>");
	}

	@Test
	void only_admins_read_feedback() {
		assertThatThrownBy(() -> this.feedback.newest(10)).isInstanceOf(AuthenticationException.class);
		this.accounts.ensure("feedback-resident", Role.RESIDENT);
		this.accounts.signIn("feedback-resident");
		assertThatThrownBy(() -> this.feedback.newest(10)).isInstanceOf(AccessDeniedException.class);
	}

	private void assertRefused(FeedbackRequest request, String field, String key, Object... arguments) {
		assertThatThrownBy(() -> this.feedback.submit(request)).isInstanceOfSatisfying(Refusal.class, refusal -> {
			assertThat(refusal.field()).contains(field);
			assertThat(refusal.messageKey()).isEqualTo(key);
			assertThat(refusal.arguments()).containsExactly(arguments);
		});
	}

}
