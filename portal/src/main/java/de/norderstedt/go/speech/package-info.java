/**
 * Read-aloud over HTTP: the speech engines of the accessibility module behind a cacheable
 * endpoint that the browser plays.
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.speech;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
