package de.norderstedt.go.feedback;

/**
 * Feedback that cannot be stored as written; the key names the UI text that explains why.
 */
public class FeedbackException extends RuntimeException {

	private final String messageKey;

	public FeedbackException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
