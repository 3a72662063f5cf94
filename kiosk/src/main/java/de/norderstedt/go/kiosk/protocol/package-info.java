/**
 * The device protocol between the locker agent and the portal: JSON messages over a
 * WebSocket.
 */
@NullMarked
package de.norderstedt.go.kiosk.protocol;

import org.jspecify.annotations.NullMarked;
