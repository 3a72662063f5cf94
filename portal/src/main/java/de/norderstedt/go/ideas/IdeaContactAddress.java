package de.norderstedt.go.ideas;

import de.norderstedt.go.accounts.Language;

/**
 * The e-mail address a person without an account left with their idea, to be told what
 * became of it, and the language they wrote in.
 */
public record IdeaContactAddress(String email, Language language) {
}
