/**
 * Lending from park lockers: stations with compartments and items, reservations of a time
 * slot (never overlapping, enforced by PostgreSQL), signed single-use access codes, the
 * locker terminal's checks, and the station agents' reports.
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.lockers;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
