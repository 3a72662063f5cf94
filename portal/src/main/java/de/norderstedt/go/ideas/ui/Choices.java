package de.norderstedt.go.ideas.ui;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;

import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.ItemLabelGenerator;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.provider.HasListDataView;

/** A choice that may also be left open: "none" (empty) first, and chosen at the start. */
final class Choices {

	private Choices() {
	}

	static <T> List<Optional<T>> withNone(List<T> values) {
		return Stream.concat(Stream.of(Optional.<T>empty()), values.stream().map(Optional::of)).toList();
	}

	/** Offers the values after "none", which is chosen. */
	static <T, F extends HasListDataView<Optional<T>, ?> & HasValue<?, Optional<T>>> void offer(F field,
			List<T> values) {
		field.setItems(withNone(values));
		field.setValue(Optional.empty());
	}

	/** Names each value, and "none" with {@code none}. */
	static <T> void label(Select<Optional<T>> select, Function<T, String> name, String none) {
		select.setItemLabelGenerator(named(name, none));
	}

	/** Names each value, and "none" with {@code none}. */
	static <T> void label(RadioButtonGroup<Optional<T>> group, Function<T, String> name, String none) {
		group.setItemLabelGenerator(named(name, none));
	}

	private static <T> ItemLabelGenerator<Optional<T>> named(Function<T, String> name, String none) {
		return choice -> choice.map(name).orElse(none);
	}

}
