package de.norderstedt.go.lockers;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Lending rules and terminal settings.
 *
 * @param maxHours the longest reservation, in whole hours
 * @param daysAhead how far ahead one can reserve
 * @param pickupEarly how long before the slot the pickup code already opens
 * @param returnGrace how long after the slot the return code still opens (late returns
 * must still be possible)
 * @param reminderBefore when the "ending soon" reminder goes out
 * @param openTimeout how long the terminal waits for the agent to pulse the relay
 * @param wrongTries how many refused codes (unknown, forged, used, expired, cancelled, of
 * another station) a terminal accepts per minute before it waits; counted in the database
 * (the shared rate limit buckets), so every instance sees the same count
 * @param simulatedStations whether the portal runs the agents of simulated stations
 * @param simulatedDoorClosesAfter how long a simulated door the relay released stays open
 * before it closes by itself, as a person at a real station would close it (0: until
 * someone closes it on the live board); real stations report their doors
 * @param staffReminderInterval how long after a reminder staff sent to the borrower of an
 * overdue item they may send the next one
 */
@ConfigurationProperties("go.lockers")
public record LockerProperties(@DefaultValue("4") int maxHours, @DefaultValue("14") int daysAhead,
		@DefaultValue("15m") Duration pickupEarly, @DefaultValue("7d") Duration returnGrace,
		@DefaultValue("15m") Duration reminderBefore, @DefaultValue("3s") Duration openTimeout,
		@DefaultValue("5") int wrongTries, @DefaultValue("true") boolean simulatedStations,
		@DefaultValue("8s") Duration simulatedDoorClosesAfter, @DefaultValue("24h") Duration staffReminderInterval) {
}
