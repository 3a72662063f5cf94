package de.norderstedt.go.devices;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Commands for locker agents and the record of their connections ({@code go.devices.*}).
 *
 * @param commandRetention how long a finished (or expired) command is kept: it carries a
 * signed access code, so only briefly, for looking into a door that did not open
 * @param cleanupInterval how often such commands, and connection records whose instance
 * is gone, are deleted
 * @param connectionRefresh how often an instance confirms the agent connections it holds;
 * a record not confirmed for {@link AgentStatus#SILENCE} counts as not connected
 */
@ConfigurationProperties("go.devices")
public record DeviceProperties(@DefaultValue("10m") Duration commandRetention,
		@DefaultValue("5m") Duration cleanupInterval, @DefaultValue("20s") Duration connectionRefresh) {

	public DeviceProperties {
		if (commandRetention.isNegative() || cleanupInterval.toSeconds() < 1) {
			throw new IllegalArgumentException(
					"go.devices.command-retention must not be negative and cleanup-interval at least a second");
		}
		if (connectionRefresh.toSeconds() < 1 || connectionRefresh.multipliedBy(2).compareTo(AgentStatus.SILENCE) > 0) {
			throw new IllegalArgumentException("go.devices.connection-refresh must be between a second and half of "
					+ AgentStatus.SILENCE.toSeconds() + " seconds");
		}
	}

}
