/**
 * Accessibility checks usable anywhere (content validation, tests): WCAG contrast ratio
 * and readability scores for German and English. Plain Java, no Spring or Vaadin.
 */
@NullMarked
package de.norderstedt.go.accessibility.checks;

import org.jspecify.annotations.NullMarked;
