package de.norderstedt.go.notifications;

/** Where a push message or e-mail stands. */
public enum DeliveryStatus {

	/** Waiting to be sent, or to be tried again. */
	PENDING,

	SENT,

	/** Its time to live ended before it could be sent. */
	EXPIRED,

	/** The push service says the browser's subscription no longer exists. */
	GONE,

	/** Sending failed in a way that trying again would not change. */
	FAILED,

	/** What it was about was taken back before it was sent. */
	WITHDRAWN

}
