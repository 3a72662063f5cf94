package de.norderstedt.go.lockers;

import de.norderstedt.go.privacy.AuditKind;
import de.norderstedt.go.privacy.AuditLog;
import de.norderstedt.go.privacy.AuditOutcome;

import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Staff using a borrower's data in the audit log: a reminder sent to the borrower of an
 * overdue item (who, to whom, which reservation). Recorded here, through the outbox, as
 * the devices record theirs: this feature depends on privacy (its retention jobs) and
 * privacy must not depend on it back.
 */
@Component
class LockerAudit {

	private final AuditLog log;

	LockerAudit(AuditLog log) {
		this.log = log;
	}

	@ApplicationModuleListener
	void on(LockerEvents.BorrowerReminded event) {
		this.log.recordEvent(event.id(), event.at(), AuditKind.BORROWER_REMINDED, AuditOutcome.SUCCESS,
				event.accountId(), event.byAccountId(), String.valueOf(event.reservationId()));
	}

}
