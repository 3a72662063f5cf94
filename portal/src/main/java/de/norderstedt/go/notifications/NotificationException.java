package de.norderstedt.go.notifications;

/** A request the notifications refuse; the key names the message to show. */
public class NotificationException extends RuntimeException {

	private final String messageKey;

	public NotificationException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	/** The translation key of the message for the person. */
	public String messageKey() {
		return this.messageKey;
	}

}
