package de.norderstedt.go.ideas.ui;

import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;

/** The items of a choice that may also be left open: "none" (empty) first. */
final class Choices {

	private Choices() {
	}

	static <T> List<Optional<T>> withNone(List<T> values) {
		return Stream.concat(Stream.of(Optional.<T>empty()), values.stream().map(Optional::of)).toList();
	}

}
