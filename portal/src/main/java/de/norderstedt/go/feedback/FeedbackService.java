package de.norderstedt.go.feedback;

import java.util.List;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Anyone may send feedback on accessibility; only admins read it. */
@Service
public class FeedbackService {

	/** Longest message the form accepts. */
	public static final int MAX_MESSAGE_LENGTH = 2_000;

	/** Longest name the form accepts. */
	public static final int MAX_NAME_LENGTH = 100;

	/** Longest contact detail the form accepts. */
	public static final int MAX_CONTACT_LENGTH = 200;

	private static final int MAX_PAGE_LENGTH = 500;

	private final FeedbackRepository feedback;

	private final AccountService accounts;

	FeedbackService(FeedbackRepository feedback, AccountService accounts) {
		this.feedback = feedback;
		this.accounts = accounts;
	}

	/**
	 * Stores the feedback; a {@link Refusal} at the field it concerns ({@code message},
	 * {@code name}, {@code contact}) explains invalid input, and then nothing is stored.
	 */
	@Transactional
	public long submit(FeedbackRequest request) {
		FeedbackRequest valid = validate(request);
		Long accountId = this.accounts.currentAccount().map(Account::id).orElse(null);
		return this.feedback.insert(valid.message(), valid.name(), valid.contact(), valid.page(),
				Language.ofCode(valid.language()), accountId);
	}

	/**
	 * Checks the feedback as {@link #submit} would, without storing it: a form asking one
	 * thing at a time refuses a mistake on the step where it was made.
	 * @throws Refusal at the field it concerns
	 */
	public void check(FeedbackRequest request) {
		validate(request);
	}

	private static FeedbackRequest validate(FeedbackRequest request) {
		String message = Input.requiredLines("message", request.message(), MAX_MESSAGE_LENGTH,
				"feedback.error.message-empty");
		String name = Input.optional("name", request.name(), MAX_NAME_LENGTH);
		String contact = Input.optional("contact", request.contact(), MAX_CONTACT_LENGTH);
		// the page is the form's own address, not typed: a longer one is no person's
		// mistake
		String page = Input.blankToNull(request.page());
		if (page != null && page.length() > MAX_PAGE_LENGTH) {
			page = page.substring(0, MAX_PAGE_LENGTH);
		}
		String language = "en".equals(request.language()) ? "en" : "de";
		return new FeedbackRequest(message, name, contact, page, language);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<Feedback> newest(int limit) {
		return this.feedback.findNewestFirst(limit);
	}

}
