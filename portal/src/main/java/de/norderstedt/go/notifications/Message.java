package de.norderstedt.go.notifications;

import org.jspecify.annotations.Nullable;

/**
 * What to tell, in both languages, made by the feature's message builder when the event
 * arrives.
 *
 * @param link a path inside the portal the message leads to, if any
 */
record Message(String titleDe, String bodyDe, String titleEn, String bodyEn, @Nullable String link) {
}
