package de.norderstedt.go.devices;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes finished device commands after {@code go.devices.command-retention} (they carry
 * a signed access code) and records of agent connections whose instance is long gone. One
 * statement per table: several instances running it at once delete nothing more.
 */
@Component
class DeviceCommandCleanup {

	private static final Logger log = LoggerFactory.getLogger(DeviceCommandCleanup.class);

	private final DeviceCommandRepository commands;

	private final AgentConnectionRepository connections;

	private final DeviceProperties properties;

	DeviceCommandCleanup(DeviceCommandRepository commands, AgentConnectionRepository connections,
			DeviceProperties properties) {
		this.commands = commands;
		this.connections = connections;
		this.properties = properties;
	}

	@Scheduled(fixedDelayString = "${go.devices.cleanup-interval:5m}", initialDelayString = "PT1M")
	void scheduled() {
		int deleted = apply();
		if (deleted > 0) {
			log.debug("Deleted {} old device commands and connection records", deleted);
		}
	}

	/** Deletes what is due; returns how many rows. */
	int apply() {
		return this.commands.deleteOlderThan(this.properties.commandRetention())
				+ this.connections.deleteStale(AgentStatus.SILENCE.multipliedBy(10));
	}

}
