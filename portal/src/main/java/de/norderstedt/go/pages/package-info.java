/**
 * Longer texts written as Markdown files (accessibility statement, easy-language page).
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.pages;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
