package de.norderstedt.go.courses.ui;

import com.vaadin.flow.component.html.Paragraph;

/** What just went well, said politely to screen readers. */
class FormStatus extends Paragraph {

	FormStatus() {
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
