/**
 * Notification screens: the admins' mail outbox.
 */
@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.notifications.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
