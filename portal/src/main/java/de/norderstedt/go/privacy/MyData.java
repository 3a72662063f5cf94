package de.norderstedt.go.privacy;

import java.time.Instant;
import java.util.List;

import de.norderstedt.go.accounts.DataEntry;

/**
 * Everything the platform holds about one person with an account, part by part.
 *
 * @param at when it was read
 */
public record MyData(String username, Instant at, List<Part> parts) {

	public MyData {
		parts = List.copyOf(parts);
	}

	/** What one feature holds: its name ({@code privacy.part.<name>}) and its entries. */
	public record Part(String name, List<DataEntry> entries) {

		public Part {
			entries = List.copyOf(entries);
		}

	}

}
