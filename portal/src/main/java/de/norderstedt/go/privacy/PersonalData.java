package de.norderstedt.go.privacy;

/**
 * Each kind of personal data the platform deletes or anonymises after a period of
 * {@link RetentionProperties}, in the order of the privacy notice's table, with the texts
 * that name it there: what it is and why it is kept, and what happens when from when.
 * Data kept as long as its account (settings, preferences, progress, push subscriptions)
 * ends with the account and is not listed here.
 */
public enum PersonalData {

	GUEST_BOOKINGS("privacy.retention.guest-bookings.what", "privacy.retention.guest-bookings.rule"),

	PROGRESS_CONSENTS("privacy.retention.progress-consents.what", "privacy.retention.progress-consents.rule"),

	LOCKER_RESERVATIONS("privacy.retention.locker-reservations.what", "privacy.retention.locker-reservations.rule"),

	LOCKER_EVENTS("privacy.retention.locker-events.what", "privacy.retention.locker-events.rule"),

	FEEDBACK("privacy.retention.feedback.what", "privacy.retention.feedback.rule"),

	IDEA_CONTACTS("privacy.retention.idea-contacts.what", "privacy.retention.idea-contacts.rule"),

	IDEA_REPORTS("privacy.retention.idea-reports.what", "privacy.retention.idea-reports.rule"),

	NOTIFICATIONS("privacy.retention.notifications.what", "privacy.retention.notifications.rule"),

	CONTACT_NOTIFICATIONS("privacy.retention.contact-notifications.what",
			"privacy.retention.contact-notifications.rule"),

	UNCONFIRMED_EMAILS("privacy.retention.unconfirmed-emails.what", "privacy.retention.unconfirmed-emails.rule"),

	NOTIFICATION_DELIVERIES("privacy.retention.notification-deliveries.what",
			"privacy.retention.notification-deliveries.rule"),

	MAIL_OUTBOX("privacy.retention.mail-outbox.what", "privacy.retention.mail-outbox.rule"),

	TUTORIAL_RESUME_CODES("privacy.retention.tutorial-resume-codes.what",
			"privacy.retention.tutorial-resume-codes.rule"),

	KIOSK_HANDOFFS("privacy.retention.kiosk-handoffs.what", "privacy.retention.kiosk-handoffs.rule"),

	EVENT_PUBLICATIONS("privacy.retention.event-publications.what", "privacy.retention.event-publications.rule");

	private final String whatKey;

	private final String ruleKey;

	PersonalData(String whatKey, String ruleKey) {
		this.whatKey = whatKey;
		this.ruleKey = ruleKey;
	}

	/** The text key naming the data and its purpose. */
	public String whatKey() {
		return this.whatKey;
	}

	/** The text key saying what happens to it, from when. */
	public String ruleKey() {
		return this.ruleKey;
	}

}
