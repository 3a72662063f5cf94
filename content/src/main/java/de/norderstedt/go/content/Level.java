package de.norderstedt.go.content;

/** How much a learner should already know. */
public enum Level {

	/** No experience needed. */
	BEGINNER,

	/** Some experience with a phone or the platform. */
	ADVANCED

}
