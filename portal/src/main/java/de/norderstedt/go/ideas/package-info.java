/**
 * Ideenspeicher: residents' ideas from the web, the kiosk, workshops and paper; similar
 * ideas found while typing; moderation before publication; supports; the lifecycle from
 * submission to pilot, each step with a written justification that reaches the author and
 * every supporter (as an event the notifications feature turns into messages).
 */
@NullMarked
@ApplicationModule
package de.norderstedt.go.ideas;

import org.jspecify.annotations.NullMarked;
import org.springframework.modulith.ApplicationModule;
