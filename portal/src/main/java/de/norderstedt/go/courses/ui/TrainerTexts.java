package de.norderstedt.go.courses.ui;

import de.norderstedt.go.courses.CourseDate;

import com.vaadin.flow.component.Component;

/** How the trainer screens say how full a date is. */
final class TrainerTexts {

	private TrainerTexts() {
	}

	/** "2 von 12 Plätzen belegt, 1 auf der Warteliste". */
	static String counts(CourseDate date, Component view) {
		return view.getTranslation("trainer.date.counts", date.confirmed(), date.capacity(), date.waiting());
	}

}
