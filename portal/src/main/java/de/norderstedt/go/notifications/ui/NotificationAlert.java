package de.norderstedt.go.notifications.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * Why something was refused, or what just went well, right by the button that was
 * pressed; screen readers say it (an alert at once, a status politely).
 */
class NotificationAlert extends Paragraph {

	private NotificationAlert(String className, String role) {
		addClassName(className);
		getElement().setAttribute("role", role);
	}

	static NotificationAlert alert() {
		return new NotificationAlert("form-alert", "alert");
	}

	static NotificationAlert status() {
		return new NotificationAlert("form-status", "status");
	}

	void show(String message) {
		setText(message);
	}

	void clear() {
		setText("");
	}

}
