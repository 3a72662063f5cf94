package de.norderstedt.go.accounts;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;

import org.jspecify.annotations.Nullable;

/**
 * One thing a feature holds about a person, as named fields in a fixed order: a text,
 * number, yes/no, point in time or day (or a list of texts). A field without a value is
 * left out. Each field name is shown as {@code privacy.field.<name>}.
 */
public record DataEntry(Map<String, Object> fields) {

	public DataEntry {
		fields = Collections.unmodifiableMap(new LinkedHashMap<>(fields));
	}

	/**
	 * An entry from name and value pairs, in order: {@code of("course", title, "day",
	 * day)}.
	 */
	public static DataEntry of(@Nullable Object... namesAndValues) {
		if (namesAndValues.length % 2 != 0) {
			throw new IllegalArgumentException("names and values come in pairs");
		}
		Map<String, Object> fields = new LinkedHashMap<>();
		for (int i = 0; i < namesAndValues.length; i += 2) {
			Object value = namesAndValues[i + 1];
			if (value != null) {
				fields.put(String.valueOf(namesAndValues[i]),
						value instanceof Enum<?> constant ? constant.name() : value);
			}
		}
		return new DataEntry(fields);
	}

}
