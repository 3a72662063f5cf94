/**
 * Screen building blocks every feature's views use: the live region for alerts and status
 * messages, and showing a refusal at the field it concerns.
 */
@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.web.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
