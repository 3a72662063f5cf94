package de.norderstedt.go.news;

import java.util.Locale;

/** An area of interest residents can follow, such as "Verkehr & Baustellen". */
public record Topic(long id, String slug, String nameDe, String nameEn, int position, boolean active) {

	/** The name in the given language (German unless English). */
	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameDe;
	}

}
