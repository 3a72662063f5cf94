@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.privacy.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
