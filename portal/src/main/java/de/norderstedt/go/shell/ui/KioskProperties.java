package de.norderstedt.go.shell.ui;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Kiosk mode settings that are the same on every device (each device has its own idle
 * timeout and language).
 *
 * @param idleWarning how long "Are you still there?" waits for an answer before the visit
 * is wiped; never less than 20 seconds
 */
@ConfigurationProperties("go.kiosk")
public record KioskProperties(@DefaultValue("30s") Duration idleWarning) {

	/**
	 * The shortest warning we allow: people need time to read, hear and reach the button.
	 */
	public static final Duration MINIMUM_WARNING = Duration.ofSeconds(20);

	public KioskProperties {
		if (idleWarning.compareTo(MINIMUM_WARNING) < 0) {
			throw new IllegalArgumentException("go.kiosk.idle-warning must be at least 20s, was " + idleWarning);
		}
	}

}
