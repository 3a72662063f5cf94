package de.norderstedt.go.accounts;

/**
 * A request about accounts that cannot be carried out. The key names the UI text that
 * explains it to the person; nothing was changed.
 */
public class AccountException extends RuntimeException {

	private final String messageKey;

	public AccountException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
