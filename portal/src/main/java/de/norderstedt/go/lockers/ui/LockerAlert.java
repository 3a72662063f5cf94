package de.norderstedt.go.lockers.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * Why something was refused, or what just went well, right by the button that was
 * pressed; screen readers say it (an alert at once, a status politely).
 */
class LockerAlert extends Paragraph {

	private LockerAlert(String className, String role) {
		addClassName(className);
		getElement().setAttribute("role", role);
	}

	static LockerAlert alert() {
		return new LockerAlert("form-alert", "alert");
	}

	static LockerAlert status() {
		return new LockerAlert("form-status", "status");
	}

	void show(String message) {
		setText(message);
	}

	void clear() {
		setText("");
	}

}
