package de.norderstedt.go.notifications;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the messages to e-mail addresses of people without an account a set time after
 * they were made ({@code go.privacy.retention.contact-notifications}), and the addresses
 * with them. Deleting twice, or on several instances at once, deletes nothing more.
 */
@Component
class ContactNotificationRetention implements RetentionJob {

	private final NotificationRepository notifications;

	private final RetentionProperties retention;

	private final Clock clock;

	ContactNotificationRetention(NotificationRepository notifications, RetentionProperties retention, Clock clock) {
		this.notifications = notifications;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.CONTACT_NOTIFICATIONS;
	}

	/**
	 * @return how many messages were deleted
	 */
	@Override
	@Transactional
	public int apply() {
		return this.notifications
			.deleteContactNotificationsBefore(this.clock.instant().minus(this.retention.contactNotifications()));
	}

}
