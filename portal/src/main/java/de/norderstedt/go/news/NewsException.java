package de.norderstedt.go.news;

/**
 * Why a news request was refused; the key of a UI text (with its arguments). Nothing was
 * changed.
 */
public class NewsException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public NewsException(String messageKey, Object... arguments) {
		super(messageKey);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

}
