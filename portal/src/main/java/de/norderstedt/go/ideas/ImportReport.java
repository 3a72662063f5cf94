package de.norderstedt.go.ideas;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.Texts;

/**
 * What became of a CSV file of ideas: either every row was imported, or nothing was and
 * every problem is listed by row and field.
 *
 * @param imported how many ideas were stored (0 when there are problems)
 */
public record ImportReport(int imported, List<Problem> problems) {

	public ImportReport {
		problems = List.copyOf(problems);
	}

	/** Whether the file was imported. */
	public boolean isImported() {
		return this.problems.isEmpty();
	}

	/**
	 * One problem of the file.
	 *
	 * @param row the row as a spreadsheet numbers it (the header is row 1)
	 * @param field the field it concerns, by the name the form gives it ({@code title},
	 * {@code problem}, {@code proposal}, {@code beneficiaries}, {@code district},
	 * {@code group}, {@code topic}, {@code person}, {@code nameShown}), or {@code row}
	 * for the row as a whole and {@code header} for the header row
	 */
	public record Problem(int row, String field, String messageKey, List<Object> arguments) {

		public Problem {
			arguments = List.copyOf(arguments);
		}

		static Problem of(int row, Refusal refusal) {
			return new Problem(row, refusal.field().orElse("row"), refusal.messageKey(), List.of(refusal.arguments()));
		}

		/** The message in German or English. */
		public String text(Locale locale) {
			return Texts.get(this.messageKey, locale, this.arguments.toArray());
		}

	}

}
