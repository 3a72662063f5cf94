/**
 * Notification screens: the bell with the unread count in the portal's header, the
 * notification centre, the settings (what about, which channels, quiet hours) and the
 * short set-up for city news, this device's Web Push subscription, and the admins' mail
 * outbox.
 */
@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.notifications.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
