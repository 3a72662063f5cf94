package de.norderstedt.go.courses;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Course settings ({@code go.courses.*}).
 *
 * @param ticketValidityAfterDate how long after the end of its date a booking code still
 * opens the ticket, its calendar file and the booking search; after that the code is
 * answered as unknown, so that old codes are no target for guessing
 */
@ConfigurationProperties("go.courses")
public record CourseProperties(@DefaultValue("30d") Duration ticketValidityAfterDate) {

	public CourseProperties {
		if (ticketValidityAfterDate.isNegative()) {
			throw new IllegalArgumentException(
					"go.courses.ticket-validity-after-date must not be negative, not " + ticketValidityAfterDate);
		}
	}

}
