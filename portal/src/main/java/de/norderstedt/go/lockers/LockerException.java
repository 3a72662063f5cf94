package de.norderstedt.go.lockers;

/**
 * Why a locker request was refused; the key of a UI text (with its arguments). Nothing
 * was changed.
 */
public class LockerException extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	public LockerException(String messageKey, Object... arguments) {
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
