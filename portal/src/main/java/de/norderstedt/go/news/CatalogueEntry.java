package de.norderstedt.go.news;

import java.util.Locale;

/** An area of interest or a district, as admins see it (also inactive ones). */
public record CatalogueEntry(long id, String slug, String nameDe, String nameEn, int position, boolean active) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameDe;
	}

}
