package de.norderstedt.go.lockers;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/** A station as staff enter it. */
public record NewStation(String name, String place, LocalTime opens, LocalTime closes, @Nullable Long deviceId,
		boolean simulated) {
}
