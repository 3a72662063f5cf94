package de.norderstedt.go.privacy;

import de.norderstedt.go.accounts.AccountEvents;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Turns the security events of accounts and of this feature into audit entries (the
 * devices feature records its own, see {@code devices/DeviceAudit}: it depends on this
 * one for its retention job). They arrive through the event publication registry (a crash
 * loses none); each event's id makes a second delivery store nothing.
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
	void on(AccountEvents.PasskeyChanged event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.PASSKEY_CHANGED, AuditOutcome.SUCCESS, event.accountId(),
				event.byAccountId(), event.added() ? AuditDetails.PASSKEY_ADDED : AuditDetails.PASSKEY_REMOVED);
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
	void on(PrivacyEvents.DataExported event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.DATA_EXPORTED, AuditOutcome.SUCCESS, event.accountId(),
				null, event.format());
	}

	@ApplicationModuleListener
	void on(PrivacyEvents.AccountDeleted event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.ACCOUNT_DELETED, AuditOutcome.SUCCESS, event.accountId(),
				null, null);
	}

	@ApplicationModuleListener
	void on(PrivacyEvents.AccountDeletedByAdmin event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.ACCOUNT_DELETED, AuditOutcome.SUCCESS, event.accountId(),
				event.byAccountId(), null);
	}

}
