package de.norderstedt.go.devices;

import de.norderstedt.go.privacy.AuditKind;
import de.norderstedt.go.privacy.AuditLog;
import de.norderstedt.go.privacy.AuditOutcome;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * The devices' security events in the audit log: enrollment links, enrollments,
 * revocations, agent keys. Recorded here, through the outbox, because this feature
 * depends on privacy (its retention job) and privacy must not depend on it back.
 */
@Component
class DeviceAudit {

	private final AuditLog log;

	DeviceAudit(AuditLog log) {
		this.log = log;
	}

	@ApplicationModuleListener
	void on(DeviceEvents.EnrollmentIssued event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.DEVICE_ENROLLMENT_ISSUED, AuditOutcome.SUCCESS, null,
				event.byAccountId(), event.deviceName());
	}

	@ApplicationModuleListener
	void on(DeviceEvents.DeviceEnrolled event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.DEVICE_ENROLLED, AuditOutcome.SUCCESS, null, null,
				event.deviceName());
	}

	@ApplicationModuleListener
	void on(DeviceEvents.DeviceRevoked event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.DEVICE_REVOKED, AuditOutcome.SUCCESS, null,
				event.byAccountId(), event.deviceName());
	}

	@ApplicationModuleListener
	void on(DeviceEvents.AgentKeyRotated event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.AGENT_KEY_ROTATED, AuditOutcome.SUCCESS, null,
				event.byAccountId(), event.deviceName());
	}

}
