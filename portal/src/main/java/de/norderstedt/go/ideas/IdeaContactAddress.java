package de.norderstedt.go.ideas;

import de.norderstedt.go.accounts.Language;

/**
 * The e-mail address a person without an account left with their idea, to be told what
 * became of it, and the language they wrote in. Consent is per idea: the address is
 * confirmed for this idea only.
 */
public record IdeaContactAddress(long ideaId, String email, Language language) {
}
