/**
 * The app in the portal's pages: starting the browser side on every portal page, keeping
 * copies of pages, forgetting them at sign-out, and the help page "Als App installieren".
 */
@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.app.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
