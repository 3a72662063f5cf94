package de.norderstedt.go.notifications;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes the records of push messages and e-mails sent, or given up, a set time after
 * that ({@code go.privacy.retention.notification-deliveries}); deliveries still waiting
 * stay. Running twice, or on several instances at once, changes nothing more.
 */
@Component
class DeliveryRetention implements RetentionJob {

	private final DeliveryRepository deliveries;

	private final RetentionProperties retention;

	private final Clock clock;

	DeliveryRetention(DeliveryRepository deliveries, RetentionProperties retention, Clock clock) {
		this.deliveries = deliveries;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.NOTIFICATION_DELIVERIES;
	}

	@Override
	@Transactional
	public int apply() {
		return this.deliveries
			.deleteFinishedBefore(this.clock.instant().minus(this.retention.notificationDeliveries()));
	}

}
