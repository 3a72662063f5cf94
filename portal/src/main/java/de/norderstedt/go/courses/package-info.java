/**
 * Courses and drop-in sessions: places, courses with their dates, bookings with a waiting
 * list that never oversells and promotes automatically.
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.courses;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
