package de.norderstedt.go.signals;

import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.stereotype.Component;

/**
 * The bus in the health endpoint ({@code signalBus}, part of the readiness group): an
 * instance that does not hear signals would not find the commands for its agents, so it
 * should get no new people until it hears them again.
 */
@Component
class SignalBusHealthIndicator implements HealthIndicator {

	private final SignalBus bus;

	SignalBusHealthIndicator(SignalBus bus) {
		this.bus = bus;
	}

	@Override
	public Health health() {
		Health.Builder health = this.bus.state() == SignalBus.State.LISTENING ? Health.up() : Health.down();
		health.withDetail("state", this.bus.state().name()).withDetail("connects", this.bus.connects());
		if (this.bus.since() != null) {
			health.withDetail("since", String.valueOf(this.bus.since()));
		}
		return health.build();
	}

}
