package de.norderstedt.go.ideas;

import java.io.IOException;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import de.norderstedt.go.web.Refusal;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of the workshop CSV reader over random files: whatever is uploaded, the
 * reader answers with rows, with problems, or with a refusal at the file field, never
 * with another error; and what a spreadsheet writes (separators, quotes and line breaks
 * inside values, any script) comes back value for value.
 */
@ExtendWith(InstancioExtension.class)
class WorkshopCsvPropertiesTest {

	private static final List<String> HEADER = List.of("Titel", "Problem", "Idee", "Nutzen", "Name");

	@Test
	void valuesComeBackAsWritten() throws IOException {
		for (int file = 0; file < 200; file++) {
			char delimiter = Instancio.gen().oneOf(';', ',').get();
			List<List<String>> rows = new ArrayList<>();
			int count = Instancio.gen().ints().range(1, 8).get();
			for (int r = 0; r < count; r++) {
				List<String> row = new ArrayList<>();
				row.add("Idee " + r + value());
				for (int c = 1; c < HEADER.size(); c++) {
					row.add(value());
				}
				rows.add(row);
			}
			WorkshopCsv.Read read = WorkshopCsv.read(csv(delimiter, rows), 1_000_000, 100);
			assertThat(read.problems()).isEmpty();
			assertThat(read.rows()).hasSize(rows.size());
			for (int r = 0; r < rows.size(); r++) {
				WorkshopCsv.Row row = read.rows().get(r);
				assertThat(row.value("title")).isEqualTo(rows.get(r).get(0));
				assertThat(row.value("problem")).isEqualTo(rows.get(r).get(1));
				assertThat(row.value("proposal")).isEqualTo(rows.get(r).get(2));
				assertThat(row.value("beneficiaries")).isEqualTo(rows.get(r).get(3));
				assertThat(row.value("person")).isEqualTo(rows.get(r).get(4));
			}
		}
	}

	@Test
	void anyFileIsReadOrRefusedAtTheFileField() {
		List<byte[]> files = new ArrayList<>();
		for (String text : Instancio.gen().string().length(0, 400).allowEmpty().unicode().list(300)) {
			files.add(text.getBytes(StandardCharsets.UTF_8));
		}
		for (String text : Instancio.gen().string().length(0, 200).allowEmpty().mixedCase().list(300)) {
			String withSyntax = text.replace('A', ';').replace('B', '"').replace('C', '\n').replace('D', ',');
			files.add(("Titel;Problem;Idee;Nutzen;Name\n" + withSyntax).getBytes(StandardCharsets.UTF_8));
		}
		for (int i = 0; i < 300; i++) {
			byte[] random = new byte[Instancio.gen().ints().range(0, 300).get()];
			for (int b = 0; b < random.length; b++) {
				random[b] = Instancio.gen().bytes().get();
			}
			files.add(random);
		}
		for (byte[] file : files) {
			try {
				WorkshopCsv.Read read = WorkshopCsv.read(file, 100_000, 50);
				assertThat(read.rows().size() + read.problems().size()).isPositive();
			}
			catch (Refusal refusal) {
				assertThat(refusal.field()).contains("file");
			}
		}
	}

	/**
	 * A value as people write them: empty, words, separators, quotes, line breaks, any
	 * script.
	 */
	private static String value() {
		return Instancio.gen()
			.oneOf("", "Bänke am Teich", "a;b", "a,b", "\"zitiert\"", "zwei\nZeilen", "Windows\r\nZeile",
					" Leerzeichen ", "Ümlaut ß €", "日本語", "emoji 🙂", "'")
			.get() + Instancio.gen().string().length(0, 20).allowEmpty().unicode().get();
	}

	private static byte[] csv(char delimiter, List<List<String>> rows) throws IOException {
		StringWriter out = new StringWriter();
		try (CSVPrinter printer = new CSVPrinter(out, CSVFormat.DEFAULT.builder().setDelimiter(delimiter).get())) {
			printer.printRecord(HEADER);
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		return out.toString().getBytes(StandardCharsets.UTF_8);
	}

}
