package de.norderstedt.go.lockers;

import java.time.LocalTime;

import org.jspecify.annotations.Nullable;

/**
 * A locker station: a row of compartments with a terminal.
 *
 * @param place where it stands, in words
 * @param opens when reservations may begin each day (Norderstedt's time)
 * @param closes when reservations must end each day
 * @param deviceId the locker terminal (kiosk device) whose agent opens the doors
 * @param simulated the portal runs the station's agent itself on a simulated board (demo
 * and training): staff can open and close its doors from the live board
 */
public record Station(long id, String name, String place, LocalTime opens, LocalTime closes, @Nullable Long deviceId,
		boolean simulated) {
}
