/** Vaadin components that show a QR code and that scan one with the device camera. */
@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.qr.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
