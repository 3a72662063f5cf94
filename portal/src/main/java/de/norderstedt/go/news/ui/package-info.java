/**
 * News screens: the public news page and one announcement (portal and kiosk), the latest
 * news on the kiosk start screen, the editors' desk with form and preview, the admins'
 * lists of areas and districts, and the chooser residents use to say what they follow.
 */
@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.news.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
