package de.norderstedt.go.ideas;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import de.norderstedt.go.web.Refusal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;

/**
 * Reads a CSV file of workshop ideas: UTF-8 (with or without byte order mark), a header
 * row, values separated by semicolons (as German Excel saves it) or commas, quoted where
 * they hold the separator or line breaks. Columns are known by their German or English
 * names in any order and case; see the README for the format.
 */
final class WorkshopCsv {

	/**
	 * Columns by the field names the form gives them, with the names a header may use.
	 */
	static final Map<String, List<String>> COLUMNS = columns();

	/** Columns every file must have. */
	static final List<String> REQUIRED = List.of("title", "problem", "proposal", "beneficiaries", "person");

	private WorkshopCsv() {
	}

	private static Map<String, List<String>> columns() {
		Map<String, List<String>> columns = new LinkedHashMap<>();
		columns.put("title", List.of("titel", "title"));
		columns.put("problem", List.of("problem"));
		columns.put("proposal", List.of("idee", "idea"));
		columns.put("beneficiaries", List.of("nutzen", "benefit"));
		columns.put("district", List.of("stadtteil", "district"));
		columns.put("group", List.of("arbeitskreis", "group"));
		columns.put("topic", List.of("thema", "topic"));
		columns.put("person", List.of("name", "person"));
		columns.put("nameShown", List.of("name zeigen", "show name"));
		return columns;
	}

	/**
	 * The file's rows, each with its values by field.
	 *
	 * @param number the row as a spreadsheet numbers it (the header is row 1)
	 */
	record Row(int number, Map<String, String> values) {

		String value(String field) {
			return this.values.getOrDefault(field, "");
		}

	}

	/** The rows, or the problems of the header (then no row is read). */
	record Read(List<Row> rows, List<ImportReport.Problem> problems) {
	}

	/**
	 * @throws Refusal at field {@code file} when the file is too large, not UTF-8, empty,
	 * has too many rows or cannot be read as CSV
	 */
	static Read read(byte[] file, int maxBytes, int maxRows) {
		if (file.length > maxBytes) {
			throw Refusal.at("file", "ideas.workshop.csv.too-large", maxBytes / 1024, (file.length + 1023) / 1024);
		}
		String text = utf8(file);
		if (text.startsWith("\uFEFF")) {
			text = text.substring(1);
		}
		if (text.isBlank()) {
			throw Refusal.at("file", "ideas.workshop.csv.empty");
		}
		String firstLine = text.lines().findFirst().orElse("");
		char delimiter = count(firstLine, ';') >= count(firstLine, ',') ? ';' : ',';
		List<CSVRecord> records;
		try (CSVParser parser = CSVFormat.DEFAULT.builder()
			.setDelimiter(delimiter)
			.setIgnoreEmptyLines(false)
			.get()
			.parse(new StringReader(text))) {
			records = parser.getRecords();
		}
		catch (IOException | UncheckedIOException | IllegalStateException ex) {
			throw Refusal.at("file", "ideas.workshop.csv.malformed");
		}
		List<ImportReport.Problem> problems = new ArrayList<>();
		List<String> fields = header(records.getFirst(), problems);
		if (!problems.isEmpty()) {
			return new Read(List.of(), problems);
		}
		List<Row> rows = new ArrayList<>();
		for (CSVRecord record : records.subList(1, records.size())) {
			int number = (int) record.getRecordNumber();
			if (record.stream().allMatch(String::isBlank)) {
				continue;
			}
			if (record.size() > fields.size()) {
				problems.add(new ImportReport.Problem(number, "row", "ideas.workshop.csv.too-many-values",
						List.of(fields.size(), record.size())));
				continue;
			}
			Map<String, String> values = new LinkedHashMap<>();
			for (int i = 0; i < record.size(); i++) {
				values.put(fields.get(i), record.get(i));
			}
			rows.add(new Row(number, values));
		}
		if (rows.size() + problems.size() > maxRows) {
			throw Refusal.at("file", "ideas.workshop.csv.too-many-rows", maxRows, rows.size() + problems.size());
		}
		if (rows.isEmpty() && problems.isEmpty()) {
			throw Refusal.at("file", "ideas.workshop.csv.no-rows");
		}
		return new Read(rows, problems);
	}

	/** The field of each column, or problems: unknown, twice, required and missing. */
	private static List<String> header(CSVRecord header, List<ImportReport.Problem> problems) {
		List<String> fields = new ArrayList<>();
		for (String name : header) {
			String normal = name.strip().toLowerCase(Locale.ROOT).replace('_', ' ').replace('-', ' ');
			String field = COLUMNS.entrySet()
				.stream()
				.filter(column -> column.getValue().contains(normal))
				.map(Map.Entry::getKey)
				.findFirst()
				.orElse(null);
			if (field == null) {
				problems.add(new ImportReport.Problem(1, "header", "ideas.workshop.csv.unknown-column",
						List.of(shortened(name.strip()))));
				fields.add("");
			}
			else if (fields.contains(field)) {
				problems.add(new ImportReport.Problem(1, field, "ideas.workshop.csv.column-twice",
						List.of(shortened(name.strip()))));
				fields.add("");
			}
			else {
				fields.add(field);
			}
		}
		for (String required : REQUIRED) {
			if (!fields.contains(required)) {
				problems.add(new ImportReport.Problem(1, required, "ideas.workshop.csv.column-missing",
						List.of(String.join(" / ", Objects.requireNonNull(COLUMNS.get(required))))));
			}
		}
		return fields;
	}

	/** A header name as the report repeats it: a pasted text is not repeated whole. */
	private static String shortened(String name) {
		return name.length() > 40 ? name.substring(0, 40) + "…" : name;
	}

	private static String utf8(byte[] file) {
		try {
			return StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(file))
				.toString();
		}
		catch (CharacterCodingException ex) {
			throw Refusal.at("file", "ideas.workshop.csv.not-utf8");
		}
	}

	private static long count(String line, char c) {
		return line.chars().filter(x -> x == c).count();
	}

}
