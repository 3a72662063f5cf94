package de.norderstedt.go.ideas.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vaadin.flow.component.select.Select;

/** A choice that may also be left open: "none" (empty) first, and chosen at the start. */
final class Choices {

	private Choices() {
	}

	static <T> List<Optional<T>> withNone(List<T> values) {
		return Stream.concat(Stream.of(Optional.<T>empty()), values.stream().map(Optional::of)).toList();
	}

	/** Offers the values after "none", which is chosen. */
	static <T> void offer(Select<Optional<T>> select, List<T> values) {
		select.setItems(withNone(values));
		select.setValue(Optional.empty());
	}

	/** Names each value, and "none" with {@code none}. */
	static <T> void label(Select<Optional<T>> select, Function<T, String> name, String none) {
		select.setItemLabelGenerator(choice -> choice.map(name).orElse(none));
	}

}
