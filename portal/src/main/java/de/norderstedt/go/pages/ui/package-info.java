@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.pages.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
