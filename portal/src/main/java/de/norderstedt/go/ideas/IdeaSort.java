package de.norderstedt.go.ideas;

/** How a list of ideas is ordered. */
public enum IdeaSort {

	/** Newest published first. */
	NEWEST,

	/** Most supports first. */
	MOST_SUPPORTED,

	/** Latest change of state first. */
	RECENTLY_DECIDED

}
