package de.norderstedt.go.courses;

/**
 * Why a booking could not be made or changed; the key of a UI text. Nothing was changed.
 */
public class BookingException extends RuntimeException {

	private final String messageKey;

	public BookingException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
