package de.norderstedt.go.ideas;

import java.util.Locale;

/** A working group (Arbeitskreis) that answers and evaluates ideas. */
public record IdeaGroup(long id, String slug, String nameDe, String nameEn, int firstAnswerDays) {

	public String name(Locale locale) {
		return "en".equals(locale.getLanguage()) ? this.nameEn : this.nameDe;
	}

}
