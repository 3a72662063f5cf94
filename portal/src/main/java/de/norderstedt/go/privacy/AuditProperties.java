package de.norderstedt.go.privacy;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The audit log's rules.
 *
 * @param auditRetention how long an entry is kept
 */
@ConfigurationProperties("go.privacy")
public record AuditProperties(@DefaultValue("365d") Duration auditRetention) {
}
