package de.norderstedt.go.content;

/**
 * What is wrong with a piece of content, and where.
 *
 * @param file the file, relative to the tutorials folder, e.g.
 * {@code touchscreen-basics/tutorial.yaml}
 * @param field the field, e.g. {@code steps[2].image.alt.en}; empty for the whole file
 * @param message what is wrong, in English, for the people who write content
 */
public record Problem(String file, String field, String message) {

	@Override
	public String toString() {
		return this.field.isEmpty() ? this.file + ": " + this.message
				: this.file + ": " + this.field + ": " + this.message;
	}

}
