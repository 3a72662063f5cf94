package de.norderstedt.go.privacy;

import de.norderstedt.go.accounts.AccountEvents;
import de.norderstedt.go.devices.DeviceEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the features' security events into audit entries. They arrive through the event
 * publication registry (a crash loses none); each event's id makes a second delivery
 * store nothing.
 */
@Component
class AuditListeners {

	private final AuditLog log;

	AuditListeners(AuditLog log) {
		this.log = log;
	}

	@ApplicationModuleListener
	void on(AccountEvents.SignedIn event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.SIGN_IN_SUCCEEDED, AuditOutcome.SUCCESS,
				event.accountId(), null, null);
	}

	@ApplicationModuleListener
	void on(AccountEvents.SignInFailed event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.SIGN_IN_FAILED, AuditOutcome.FAILURE, event.accountId(),
				null, event.reason().name());
	}

	@ApplicationModuleListener
	void on(AccountEvents.AccountLocked event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.ACCOUNT_LOCKED, AuditOutcome.SUCCESS, event.accountId(),
				null, event.wholeAccount() ? AuditDetails.LOCK_ACCOUNT : AuditDetails.LOCK_NETWORK);
	}

	@ApplicationModuleListener
	void on(AccountEvents.AccountUnlocked event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.ACCOUNT_UNLOCKED, AuditOutcome.SUCCESS,
				event.accountId(), event.byAccountId(), null);
	}

	@ApplicationModuleListener
	void on(AccountEvents.RolesChanged event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.ROLES_CHANGED, AuditOutcome.SUCCESS, event.accountId(),
				event.byAccountId(), AuditDetails.roles(event.before(), event.after()));
	}

	@ApplicationModuleListener
	void on(AccountEvents.AccountDisabled event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.ACCOUNT_DISABLED, AuditOutcome.SUCCESS,
				event.accountId(), event.byAccountId(), null);
	}

	@ApplicationModuleListener
	void on(AccountEvents.AccountEnabled event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.ACCOUNT_ENABLED, AuditOutcome.SUCCESS, event.accountId(),
				event.byAccountId(), null);
	}

	@ApplicationModuleListener
	void on(AccountEvents.PasswordChanged event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.PASSWORD_CHANGED, AuditOutcome.SUCCESS,
				event.accountId(), event.byAccountId() == event.accountId() ? null : event.byAccountId(), null);
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
