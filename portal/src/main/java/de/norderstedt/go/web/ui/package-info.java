/**
 * Screen building blocks every feature's views use: the live region for alerts and status
 * messages, showing a refusal at the field it concerns, day and time fields, the upload
 * of a picture, the controls of a list's entries, a kiosk card, and keeping a screen up
 * to date by signals, server timers and push.
 */
@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.web.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
