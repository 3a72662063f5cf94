/**
 * Server-side speech: engines per language (FreeTTS for English, espeak-ng for German),
 * speech rate, and a bounded cache of synthesised audio. Knows nothing of Spring, Vaadin
 * or the database.
 */
@NullMarked
package de.norderstedt.go.accessibility.speech;

import org.jspecify.annotations.NullMarked;
