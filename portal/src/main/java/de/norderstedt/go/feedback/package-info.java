/** Feedback on accessibility, as the accessibility statement (BITV 2.0) requires. */
@NullMarked
@ApplicationModule
package de.norderstedt.go.feedback;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
