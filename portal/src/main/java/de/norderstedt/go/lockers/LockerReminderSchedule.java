package de.norderstedt.go.lockers;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/** Sends the due locker reminders and overdue notices once a minute. */
@Component
@ConditionalOnBooleanProperty(name = "go.lockers.reminders", matchIfMissing = true)
class LockerReminderSchedule {

	private final LockerReminders reminders;

	LockerReminderSchedule(LockerReminders reminders) {
		this.reminders = reminders;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT25S")
	void remind() {
		this.reminders.sendDue();
	}

}
