package de.norderstedt.go.tutorials.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * A drawn phone around a simulated screen: a dark frame with an app bar. It is a region
 * named after the screen, so the practice buttons inside it are told apart from the
 * player's own.
 */
class PhoneFrame extends Div {

	private final Paragraph bar = new Paragraph();

	private final Div screen = new Div();

	PhoneFrame() {
		addClassName("phone");
		this.bar.addClassName("phone-bar");
		this.screen.addClassName("phone-screen");
		getElement().setAttribute("role", "region");
		add(this.bar, this.screen);
	}

	/** Sets the app bar's title and names the region after it. */
	void title(String title, String regionLabel) {
		this.bar.setText(title);
		getElement().setAttribute("aria-label", regionLabel);
	}

	void show(Component... content) {
		this.screen.removeAll();
		this.screen.add(content);
	}

	Div screen() {
		return this.screen;
	}

}
