package de.norderstedt.go.privacy;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Deletes audit entries older than {@code go.privacy.audit-retention}. Deleting on
 * several instances at once deletes nothing more.
 */
@Component
class AuditRetention {

	private final AuditLog log;

	AuditRetention(AuditLog log) {
		this.log = log;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT4M")
	void deleteExpired() {
		this.log.deleteExpired();
	}

}
