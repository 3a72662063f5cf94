@NullMarked
@ApplicationModule
package de.norderstedt.go.accounts;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
