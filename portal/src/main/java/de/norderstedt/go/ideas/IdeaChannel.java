package de.norderstedt.go.ideas;

/** How an idea reached the city. */
public enum IdeaChannel {

	/** Typed by the person on the portal. */
	WEB,

	/** Typed by the person at a public touchscreen. */
	KIOSK,

	/** Collected in a workshop and entered by staff. */
	WORKSHOP,

	/** Told to staff, who typed it in for the person. */
	STAFF,

	/** Written on a paper form and entered by staff. */
	PAPER;

	/** Staff typed it for someone else: it is credited to that person, not to staff. */
	public boolean isCaptured() {
		return this == WORKSHOP || this == STAFF || this == PAPER;
	}

	public String messageKey() {
		return "ideas.channel." + name().toLowerCase(java.util.Locale.ROOT);
	}

}
