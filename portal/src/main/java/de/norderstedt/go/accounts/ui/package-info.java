@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.accounts.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
