package de.norderstedt.go.news;

import java.util.Locale;

/** A part of the city an announcement can concern, such as Garstedt. */
public record District(long id, String slug, String nameDe, String nameEn, int position, boolean active) {

	/** The name in the given language (German unless English). */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameDe;
	}

}
