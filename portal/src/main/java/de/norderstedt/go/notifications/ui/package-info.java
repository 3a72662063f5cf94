/**
 * Notification screens: the notification centre, the settings, and this device's Web Push
 * subscription.
 */
@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.notifications.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
