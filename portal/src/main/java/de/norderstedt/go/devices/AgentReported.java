package de.norderstedt.go.devices;

import de.norderstedt.go.kiosk.protocol.AgentMessage;

/**
 * A device's agent told the portal something (its doors at connect, a heartbeat, a door
 * change, what it did while offline). Published synchronously: the agent gets its
 * acknowledgement only after every listener has stored the report, so a report is never
 * lost; listeners must be idempotent (the agent repeats reports that were not
 * acknowledged).
 */
public record AgentReported(long deviceId, AgentMessage message) {
}
