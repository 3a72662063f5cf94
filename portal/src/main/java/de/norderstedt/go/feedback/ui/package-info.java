@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.feedback.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
