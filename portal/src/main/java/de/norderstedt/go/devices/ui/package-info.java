@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.devices.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
