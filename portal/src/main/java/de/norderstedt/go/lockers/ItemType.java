package de.norderstedt.go.lockers;

/** What can be borrowed from a locker. */
public enum ItemType {

	ROLLATOR, HANDCART

}
