/**
 * Ideenspeicher screens: submitting (portal and kiosk), the list and pages of ideas,
 * receipts, moderation, the working groups' desk, evaluation rounds, decisions, the staff
 * figures and Trendradar, workshops and paper forms, the projects that come from selected
 * ideas, and the kiosk's idea screens as a tutorial's practice.
 */
@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.ideas.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
