/**
 * Privacy by design: the retention periods of every kind of personal data and the jobs
 * that apply them, the privacy notice generated from them, each person's export and
 * deletion (every feature contributes what it holds about a person), and the audit log of
 * security events.
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.privacy;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
