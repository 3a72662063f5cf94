package de.norderstedt.go.notifications;

import java.time.Clock;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the messages to e-mail addresses of people without an account a set time after
 * they were made ({@code go.notifications.contact-retention}), and the addresses with
 * them. Deleting twice, or on several instances at once, deletes nothing more.
 */
@Component
class ContactNotificationRetention {

	private final NotificationRepository notifications;

	private final NotificationProperties properties;

	private final Clock clock;

	ContactNotificationRetention(NotificationRepository notifications, NotificationProperties properties, Clock clock) {
		this.notifications = notifications;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * @return how many messages were deleted
	 */
	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
	@Transactional
	public int deleteExpired() {
		return this.notifications
			.deleteContactNotificationsBefore(this.clock.instant().minus(this.properties.contactRetention()));
	}

}
