package de.norderstedt.go.web.ui;

import com.vaadin.flow.component.ClickEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEventListener;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * The controls of one entry in a list ("Ändern", "Teilnehmende"): the text on screen is
 * short, the accessible name says which entry it is for ("Ort Stadtbücherei ändern"), so
 * that a list of them read out of context still makes sense.
 */
public final class EntryControls {

	private EntryControls() {
	}

	/** A button for the entry. */
	public static Button button(String text, String label, ComponentEventListener<ClickEvent<Button>> action) {
		Button button = new Button(text, action);
		button.getElement().setAttribute("aria-label", label);
		return button;
	}

	/** A link to the entry's page, that looks like a button. */
	public static RouterLink link(String text, String label, Class<? extends Component> target,
			RouteParameters parameters) {
		RouterLink link = new RouterLink(text, target, parameters);
		link.getElement().setAttribute("aria-label", label);
		link.addClassName("button-link");
		return link;
	}

}
