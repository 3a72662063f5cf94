package de.norderstedt.go.ideas;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.springframework.stereotype.Component;

/** Submits and publishes ideas for tests, as a resident and a moderator would. */
@Component
public class TestIdeas {

	private static final String MODERATOR = "test-idea-moderator";

	private final IdeaService ideas;

	private final ModerationService moderation;

	private final TestAccounts accounts;

	TestIdeas(IdeaService ideas, ModerationService moderation, TestAccounts accounts) {
		this.ideas = ideas;
		this.moderation = moderation;
		this.accounts = accounts;
	}

	/** An idea of a person without an account, waiting for a moderator. */
	public long submitted(String title) {
		return this.ideas
			.submit(new NewIdea(title, "Am Teich im Stadtpark gibt es keine Bank.", "Zwei Bänke am Teich aufstellen.",
					"Ältere Menschen, Eltern mit Kinderwagen", null, null, null, null, null, null, false, "de"))
			.id();
	}

	/** A published idea of a person without an account, in the first working group. */
	public long published(String title) {
		long id = submitted(title);
		this.accounts.ensure(MODERATOR, Role.MODERATOR);
		this.accounts.signIn(MODERATOR);
		try {
			this.moderation.publish(id, this.ideas.groups().get(0).id(),
					"Veröffentlicht. Der Arbeitskreis prüft die Idee.");
		}
		finally {
			this.accounts.signOut();
		}
		return id;
	}

}
