package de.norderstedt.go.news;

/** The two lists admins keep: areas of interest and districts. */
public enum Catalogue {

	TOPICS, DISTRICTS

}
