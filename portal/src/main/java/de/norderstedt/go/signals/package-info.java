/**
 * Signals between portal instances: a bus over PostgreSQL {@code LISTEN/NOTIFY}. A signal
 * is a hint that a table changed (ids only, nothing personal), sent inside the business
 * transaction so that it goes out at commit and never for a rollback; the tables stay the
 * truth, and every subscriber resynchronises from them after the bus had to reconnect.
 * Also the instance's own id ({@code go.instance-id}).
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.signals;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
