/**
 * Web basics every feature may use: the UI texts in German and English, and the public
 * address of the portal.
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
