package de.norderstedt.go.notifications;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the messages of people's notification centres a set time after they were made
 * ({@code go.privacy.retention.notifications}), with their deliveries. Running twice, or
 * on several instances at once, changes nothing more.
 */
@Component
class NotificationRetention implements RetentionJob {

	private final NotificationRepository notifications;

	private final RetentionProperties retention;

	private final Clock clock;

	NotificationRetention(NotificationRepository notifications, RetentionProperties retention, Clock clock) {
		this.notifications = notifications;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.NOTIFICATIONS;
	}

	@Override
	@Transactional
	public int apply() {
		return this.notifications
			.deleteAccountNotificationsBefore(this.clock.instant().minus(this.retention.notifications()));
	}

}
