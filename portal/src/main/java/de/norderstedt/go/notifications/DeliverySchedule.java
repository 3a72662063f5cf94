package de.norderstedt.go.notifications;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends due push messages and e-mails, one round after the other. */
@Component
@ConditionalOnBooleanProperty(name = "go.notifications.delivery.scheduled", matchIfMissing = true)
class DeliverySchedule {

	private final Deliveries deliveries;

	DeliverySchedule(Deliveries deliveries) {
		this.deliveries = deliveries;
	}

	@Scheduled(fixedDelayString = "${go.notifications.delivery.interval:1s}", initialDelayString = "PT5S")
	void send() {
		this.deliveries.sendDue();
	}

}
