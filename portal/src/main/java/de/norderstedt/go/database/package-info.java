@NullMarked
@ApplicationModule
package de.norderstedt.go.database;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
