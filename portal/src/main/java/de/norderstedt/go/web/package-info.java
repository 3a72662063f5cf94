/**
 * Web basics every feature may use: the UI texts in German and English, the public
 * address of the portal, the city's time, the rules of typed input and the one refusal
 * type.
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.web;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
