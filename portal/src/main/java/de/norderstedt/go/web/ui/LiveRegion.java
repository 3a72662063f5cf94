package de.norderstedt.go.web.ui;

import com.vaadin.flow.component.html.Paragraph;

/**
 * A message screen readers say when it changes: an alert (why something was refused, said
 * at once) or a status (what just went well, said politely). The one live region of every
 * form; it sits right by the button that was pressed.
 */
public final class LiveRegion extends Paragraph {

	private LiveRegion(String className, String role) {
		addClassName(className);
		getElement().setAttribute("role", role);
	}

	/** Why something was refused: said at once. */
	public static LiveRegion alert() {
		return new LiveRegion("form-alert", "alert");
	}

	/** What just went well: said politely, after what is being read. */
	public static LiveRegion status() {
		return new LiveRegion("form-status", "status");
	}

	public void show(String message) {
		setText(message);
	}

	public void clear() {
		setText("");
	}

}
