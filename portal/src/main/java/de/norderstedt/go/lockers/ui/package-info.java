/**
 * Locker screens: reserving and "my reservations" for residents, stations, compartments,
 * items, the live board and the overdue list for locker staff, and the locker terminal.
 */
@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.lockers.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
