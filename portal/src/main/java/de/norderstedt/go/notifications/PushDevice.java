package de.norderstedt.go.notifications;

import java.time.Instant;

/**
 * One of the person's browsers that receive push messages.
 *
 * @param label the device in words, e.g. "Chrome auf Android"
 */
public record PushDevice(long id, String label, Instant createdAt) {
}
