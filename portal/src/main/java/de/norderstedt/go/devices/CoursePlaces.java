package de.norderstedt.go.devices;

import java.util.List;
import java.util.Optional;

/**
 * The course places a kiosk can stand in. The courses feature provides them: its kiosk
 * screens use devices, so devices know places only through this interface (a direct
 * dependency would make the two features a cycle).
 */
public interface CoursePlaces {

	/** All places, by name. */
	List<Choice> all();

	/** The place with exactly this name. */
	default Optional<Long> idOf(String name) {
		return all().stream().filter(p -> p.name().equals(name)).map(Choice::id).findFirst();
	}

	/** A place as an admin picks it. */
	record Choice(long id, String name) {
	}

}
