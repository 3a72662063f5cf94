package de.norderstedt.go.news;

import java.util.Set;

/**
 * What a resident wants to hear about.
 *
 * @param topicIds the areas of interest; none means no news at all
 * @param districtIds the parts of the city; none means the whole city
 */
public record Interests(Set<Long> topicIds, Set<Long> districtIds) {

	/** Nothing chosen. */
	public static final Interests NONE = new Interests(Set.of(), Set.of());

	public Interests {
		topicIds = Set.copyOf(topicIds);
		districtIds = Set.copyOf(districtIds);
	}

}
