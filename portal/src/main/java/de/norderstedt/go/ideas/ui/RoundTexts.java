package de.norderstedt.go.ideas.ui;

import de.norderstedt.go.ideas.RoundResults;

import com.vaadin.flow.component.Component;

/** How an evaluation's totals read. */
final class RoundTexts {

	private RoundTexts() {
	}

	/**
	 * "Im Schnitt 3,7 von 5 (die Bewertungen reichen von 3,0 bis 4,5). 2 Bewertungen, 1
	 * befangen."
	 */
	static String results(Component texts, RoundResults results) {
		if (results.scored() == 0) {
			return texts.getTranslation("ideas.round.results.none", results.conflicts());
		}
		return texts.getTranslation("ideas.round.results", results.mean(), results.lowest(), results.highest(),
				results.scored(), results.conflicts());
	}

}
