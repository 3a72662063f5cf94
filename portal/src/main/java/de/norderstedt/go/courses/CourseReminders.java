package de.norderstedt.go.courses;

import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Looks for dates starting within 24 hours once a minute and reminds the people booked.
 */
@Component
@ConditionalOnBooleanProperty(name = "go.courses.reminders", matchIfMissing = true)
class CourseReminders {

	private final BookingService courses;

	CourseReminders(BookingService courses) {
		this.courses = courses;
	}

	@Scheduled(fixedDelayString = "PT1M", initialDelayString = "PT20S")
	void remind() {
		while (this.courses.sendDueReminders() > 0) {
			// more than one batch was due
		}
	}

}
