/**
 * Notifications: one message to one person, shown in the app's notification centre and
 * delivered by Web Push and e-mail as the person chose, outside their quiet hours unless
 * urgent. Messages come from the other features' events (news, bookings, lockers) through
 * the event publication registry; each push message and e-mail is a delivery row that is
 * retried until it is sent or its time to live is over, so nothing is lost in a crash.
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.notifications;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
