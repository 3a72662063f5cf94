/**
 * Course screens: the list, course pages, booking, tickets and "my bookings" for
 * residents; the trainer portal; places for admins; booking at the kiosk.
 */
@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.courses.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
