package de.norderstedt.go.feedback;

import java.util.List;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.web.Input;
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
	 * Stores the feedback; a {@link FeedbackException} explains invalid input, and then
	 * nothing is stored.
	 */
	@Transactional
	public long submit(FeedbackRequest request) {
		String message = request.message().strip();
		if (message.isEmpty()) {
			throw new FeedbackException("feedback.error.message-empty");
		}
		if (message.length() > MAX_MESSAGE_LENGTH) {
			throw new FeedbackException("feedback.error.message-too-long");
		}
		String name = Input.blankToNull(request.name());
		if (name != null && name.length() > MAX_NAME_LENGTH) {
			throw new FeedbackException("feedback.error.name-too-long");
		}
		if (name != null && name.codePoints()
			.anyMatch(c -> Character.isISOControl(c) || Character.getType(c) == Character.FORMAT)) {
			throw new FeedbackException("feedback.error.name-invalid");
		}
		String contact = Input.blankToNull(request.contact());
		if (contact != null && contact.length() > MAX_CONTACT_LENGTH) {
			throw new FeedbackException("feedback.error.contact-too-long");
		}
		String page = Input.blankToNull(request.page());
		if (page != null && page.length() > MAX_PAGE_LENGTH) {
			page = page.substring(0, MAX_PAGE_LENGTH);
		}
		Language language = Language.ofCode(request.language());
		Long accountId = this.accounts.currentAccount().map(Account::id).orElse(null);
		return this.feedback.insert(message, name, contact, page, language, accountId);
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<Feedback> newest(int limit) {
		return this.feedback.findNewestFirst(limit);
	}

}
