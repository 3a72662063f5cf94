package de.norderstedt.go.notifications;

import de.norderstedt.go.accounts.Language;

/** One e-mail as the person reads it: plain text in their language. */
record RenderedMail(String subject, String body, Language language) {
}
