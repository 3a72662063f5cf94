package de.norderstedt.go.devices;

import java.time.Clock;

import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionJob;
import de.norderstedt.go.privacy.RetentionProperties;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Deletes links from a kiosk to a phone a set time after they expired
 * ({@code go.privacy.retention.kiosk-handoffs}). Running twice, or on several instances
 * at once, changes nothing more.
 */
@Component
class HandoffRetention implements RetentionJob {

	private final HandoffRepository handoffs;

	private final RetentionProperties retention;

	private final Clock clock;

	HandoffRetention(HandoffRepository handoffs, RetentionProperties retention, Clock clock) {
		this.handoffs = handoffs;
		this.retention = retention;
		this.clock = clock;
	}

	@Override
	public PersonalData kind() {
		return PersonalData.KIOSK_HANDOFFS;
	}

	@Override
	@Transactional
	public int apply() {
		return this.handoffs.deleteExpired(this.clock.instant().minus(this.retention.kioskHandoffs()));
	}

}
