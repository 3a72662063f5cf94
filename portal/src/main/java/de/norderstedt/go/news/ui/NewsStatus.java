package de.norderstedt.go.news.ui;

import com.vaadin.flow.component.html.Paragraph;

/** What just went well, said politely to screen readers. */
class NewsStatus extends Paragraph {

	NewsStatus() {
		addClassName("form-status");
		getElement().setAttribute("role", "status");
	}

	void show(String message) {
		setText(message);
	}

	void clear() {
		setText("");
	}

}
