package de.norderstedt.go.feedback;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@SpringBootTest
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
	void empty_or_oversized_feedback_is_refused_with_a_reason_and_nothing_is_stored() {
		int before = this.repository.findNewestFirst(1_000).size();
		assertRefused(new FeedbackRequest("   ", null, null, null, "de"), "feedback.error.message-empty");
		assertRefused(new FeedbackRequest("x".repeat(FeedbackService.MAX_MESSAGE_LENGTH + 1), null, null, null, "de"),
				"feedback.error.message-too-long");
		assertRefused(
				new FeedbackRequest("Zu lang", null, "y".repeat(FeedbackService.MAX_CONTACT_LENGTH + 1), null, "de"),
				"feedback.error.contact-too-long");
		assertRefused(
				new FeedbackRequest("Name zu lang", "J".repeat(FeedbackService.MAX_NAME_LENGTH + 1), null, null, "de"),
				"feedback.error.name-too-long");
		assertRefused(new FeedbackRequest("Steuerzeichen", "Jürgen\u202E", null, null, "de"),
				"feedback.error.name-invalid");
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

	private void assertRefused(FeedbackRequest request, String key) {
		assertThatThrownBy(() -> this.feedback.submit(request)).isInstanceOf(FeedbackException.class)
			.extracting(ex -> ((FeedbackException) ex).messageKey())
			.isEqualTo(key);
	}

}
