package de.norderstedt.go.lockers;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A station as staff see it live.
 *
 * @param deviceOnline the station's agent is connected and its heartbeat is recent
 * @param lastSeen the agent's last sign of life
 */
public record Board(Station station, boolean deviceOnline, @Nullable Instant lastSeen, List<BoardEntry> entries) {
}
