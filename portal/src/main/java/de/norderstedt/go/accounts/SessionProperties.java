package de.norderstedt.go.accounts;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a session may last at most, however busy it is (the idle timeout is
 * {@code server.servlet.session.timeout}).
 *
 * @param absoluteLifetime a session older than this is ended at its next request and the
 * person is asked to sign in again
 */
@ConfigurationProperties("go.sessions")
public record SessionProperties(@DefaultValue("12h") Duration absoluteLifetime) {

	public SessionProperties {
		if (absoluteLifetime.isNegative() || absoluteLifetime.isZero()) {
			throw new IllegalArgumentException(
					"go.sessions.absolute-lifetime must be positive, was " + absoluteLifetime);
		}
	}

}
