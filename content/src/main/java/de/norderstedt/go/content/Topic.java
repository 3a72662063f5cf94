package de.norderstedt.go.content;

/** What a tutorial is about, for grouping and filtering. */
public enum Topic {

	/** Using a touchscreen, a phone, the platform itself. */
	BASICS,

	/** Doing things with the city: courses, lockers, news. */
	CITY,

	/** Staying safe: scams, passwords, passkeys. */
	SAFETY,

	/** Keeping in touch: messages, video calls. */
	CONTACT

}
