package de.norderstedt.go.ideas;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * A milestone reached, to tell everyone who follows the project: the authors and
 * supporters of its idea and of the ideas merged into it, each once; and, by e-mail, the
 * authors of those ideas without an account who left an address.
 */
public record MilestoneNews(long projectId, String projectTitle, String milestoneTitle, @Nullable String description,
		List<Long> people, List<IdeaContactAddress> contacts) {

	public MilestoneNews {
		people = List.copyOf(people);
		contacts = List.copyOf(contacts);
	}

}
