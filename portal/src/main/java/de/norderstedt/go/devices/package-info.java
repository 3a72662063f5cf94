/**
 * Kiosk devices: enrollment by an admin, the device credential, heartbeats, revocation.
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.devices;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
