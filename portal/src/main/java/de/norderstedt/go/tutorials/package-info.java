/**
 * Guided tutorials: the tutorials of the content module, each learner's progress (kept
 * per account), resume codes that let anonymous learners continue on another device, and
 * what the participants of a trainer's courses who agreed have finished, on the day of
 * their date.
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.tutorials;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
