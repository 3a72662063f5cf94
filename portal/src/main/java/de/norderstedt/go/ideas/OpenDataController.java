package de.norderstedt.go.ideas;

import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.CsvCells;
import de.norderstedt.go.web.PublicUrl;
import de.norderstedt.go.web.Texts;
import jakarta.servlet.http.HttpServletResponse;
import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The published ideas as open data: a CSV file (RFC 4180, UTF-8, comma-separated, one
 * header row) that anyone may download and reuse. It holds no author, no name and no
 * contact; phone numbers and e-mail addresses in the texts are held back as on the idea
 * pages. {@code ?sprache=en} gives the headers and names in English.
 */
@RestController
class OpenDataController {

	/** The address of the file, linked from the list of ideas. */
	static final String PATH = "/ideen/offene-daten.csv";

	private static final String[] COLUMNS = { "ideas.open-data.column.id", "ideas.open-data.column.title",
			"ideas.open-data.column.problem", "ideas.open-data.column.proposal", "ideas.open-data.column.beneficiaries",
			"ideas.open-data.column.state", "ideas.open-data.column.lead-group", "ideas.open-data.column.district",
			"ideas.open-data.column.topic", "ideas.open-data.column.channel", "ideas.open-data.column.published",
			"ideas.open-data.column.state-changed", "ideas.open-data.column.supports",
			"ideas.open-data.column.kiosk-supports", "ideas.open-data.column.merged-into",
			"ideas.open-data.column.address" };

	private final IdeaFiguresService figures;

	private final PublicUrl urls;

	OpenDataController(IdeaFiguresService figures, PublicUrl urls) {
		this.figures = figures;
		this.urls = urls;
	}

	@GetMapping(PATH)
	void openData(@RequestParam(name = "sprache", required = false) @Nullable String language,
			HttpServletResponse response) throws IOException {
		Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.GERMAN;
		response.setContentType("text/csv; charset=UTF-8");
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION,
				"attachment; filename=\"" + Texts.get("ideas.open-data.file", locale) + "\"");
		// the same for everybody, and changes with every decision: shared caches may keep
		// it
		// briefly
		response.setHeader(HttpHeaders.CACHE_CONTROL, "public, max-age=300");
		Writer writer = new OutputStreamWriter(response.getOutputStream(), StandardCharsets.UTF_8);
		try (CSVPrinter csv = new CSVPrinter(writer, CSVFormat.RFC4180)) {
			for (String column : COLUMNS) {
				csv.print(Texts.get(column, locale));
			}
			csv.println();
			String heldBack = Texts.get("ideas.contact.held-back", locale);
			this.figures.openData(locale, heldBack, idea -> {
				try {
					csv.printRecord(idea.id(), CsvCells.safe(idea.title()), CsvCells.safe(idea.problem()),
							CsvCells.safe(idea.proposal()), CsvCells.safe(idea.beneficiaries()),
							Texts.get(idea.state().messageKey(), locale), text(idea.leadGroup()), text(idea.district()),
							text(idea.topic()), Texts.get(idea.channel().messageKey(), locale),
							CityTime.date(idea.publishedAt()), CityTime.date(idea.stateChangedAt()), idea.supports(),
							idea.kioskSupports(), idea.mergedInto() == null ? "" : idea.mergedInto(),
							this.urls.of("/ideen/" + idea.id()));
				}
				catch (IOException ex) {
					throw new java.io.UncheckedIOException(ex);
				}
			});
		}
	}

	private static String text(@Nullable String value) {
		return value == null ? "" : CsvCells.safe(value);
	}

}
