/**
 * Read-aloud over HTTP: the speech engines of the accessibility module behind an endpoint
 * that takes the text in a POST body; only the platform's own texts are cached.
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.speech;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
