package de.norderstedt.go.notifications;

/** What a notification is about; people choose channels per category. */
public enum NotificationCategory {

	/** City news and warnings. */
	NEWS,

	/** The person's course bookings. */
	BOOKING,

	/** The person's locker reservations. */
	LOCKER,

	/** Ideas the person gave or supports: every change of their state. */
	IDEA;

	/** Bookings, lockers and ideas share the "my own things" channel choice. */
	public boolean isPersonal() {
		return this != NEWS;
	}

}
