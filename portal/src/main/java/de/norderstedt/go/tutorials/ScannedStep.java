package de.norderstedt.go.tutorials;

import de.norderstedt.go.content.Step;
import de.norderstedt.go.content.Tutorial;

/**
 * The scan practice whose QR code a learner's phone opened.
 *
 * @param tutorial the tutorial
 * @param step the step with the scan practice
 */
public record ScannedStep(Tutorial tutorial, Step step) {
}
