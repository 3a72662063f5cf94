package de.norderstedt.go.news.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * Why something was refused, right by the button that was pressed; screen readers say it
 * at once.
 */
class NewsAlert extends Paragraph {

	NewsAlert() {
		addClassName("form-alert");
		getElement().setAttribute("role", "alert");
	}

	void show(String message) {
		setText(message);
	}

	void clear() {
		setText("");
	}

}
