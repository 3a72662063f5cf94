/**
 * The locker agent: runs next to a locker terminal, dials out to the portal, drives the
 * relays and reads the door sensors through Pi4J, and opens for signed codes on its own
 * when the portal is away.
 */
@NullMarked
package de.norderstedt.go.kiosk.agent;

import org.jspecify.annotations.NullMarked;
