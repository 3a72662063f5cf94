@NullMarked
@ApplicationModule
package de.norderstedt.go.shell;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
