package de.norderstedt.go.web;

/** Cells of CSV files people open in a spreadsheet. */
public final class CsvCells {

	private CsvCells() {
	}

	/**
	 * The text, with a leading apostrophe when it starts like a formula ("=", "+", "-",
	 * "@", tab or carriage return), so a spreadsheet shows it instead of running it.
	 */
	public static String safe(String value) {
		return !value.isEmpty() && "=+-@\t\r".indexOf(value.charAt(0)) >= 0 ? "'" + value : value;
	}

}
