package de.norderstedt.go.lockers.ui;

import java.util.ArrayList;
import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * A named group of buttons of which one is chosen: pressed ({@code aria-pressed}) and
 * shown as the primary one. Choosing a button marks it in place, without drawing the
 * group anew.
 */
class ChoiceButtons extends Div {

	private final List<Button> buttons = new ArrayList<>();

	ChoiceButtons(String label) {
		addClassName("lockers-buttons");
		getElement().setAttribute("role", "group");
		getElement().setAttribute("aria-label", label);
	}

	/** Adds a button that runs the action when it is chosen. */
	Button add(String text, boolean chosen, SerializableRunnable action) {
		Button button = new Button(text);
		button.addClickListener(e -> {
			action.run();
			choose(button);
		});
		mark(button, chosen);
		this.buttons.add(button);
		add(button);
		return button;
	}

	private void choose(Button chosen) {
		this.buttons.forEach(b -> mark(b, b == chosen));
	}

	private static void mark(Button button, boolean chosen) {
		button.getElement().setAttribute("aria-pressed", String.valueOf(chosen));
		if (chosen) {
			button.addThemeName("primary");
		}
		else {
			button.removeThemeName("primary");
		}
	}

}
