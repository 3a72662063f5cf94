package de.norderstedt.go.lockers;

/** How an item is, as staff set it or as the last borrower reported on return. */
public enum ItemCondition {

	OK,

	/** Reported damaged: not lent again until staff set it back to OK. */
	DAMAGED,

	/** Reported dirty: not lent again until staff set it back to OK. */
	DIRTY

}
