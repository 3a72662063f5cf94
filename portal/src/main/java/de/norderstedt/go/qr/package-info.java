/**
 * QR codes: made on the server as SVG, and read on the server from camera frames that a
 * browser sends (ZXing), so scanning works the same on every kiosk.
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.qr;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
