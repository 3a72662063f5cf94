/**
 * City news: announcements by area of interest and district, written by editors,
 * published at once or at a set time, withdrawn when no longer right; and what each
 * resident wants to hear about. Publishing and withdrawing are events, which the
 * notifications feature turns into messages.
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.news;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
