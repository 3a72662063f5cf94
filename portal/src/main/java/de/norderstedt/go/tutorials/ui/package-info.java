/**
 * Tutorial screens: the list, the player with its practice screens, resume codes, and the
 * trainers' view of their participants' progress; in the portal and at the kiosk.
 */
@NullMarked
@NamedInterface("ui")
package de.norderstedt.go.tutorials.ui;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.NamedInterface;
