package de.norderstedt.go.tutorials.ui;

import java.io.Serializable;
import java.util.Locale;

import de.norderstedt.go.content.Step;
import de.norderstedt.go.content.Text;
import de.norderstedt.go.content.Tutorial;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;

/**
 * What the player shows above the practice: the tutorial's name, "Schritt 3 von 7" with
 * its bar, and the step's heading, picture and text; or the same parts of the finish
 * screen.
 */
final class StepContent implements Serializable {

	/** The player, for its texts in the page's language. */
	private final Component texts;

	private final Paragraph name = new Paragraph();

	private final Paragraph progress = new Paragraph();

	private final Div bar = new Div();

	private final H1 heading = new H1();

	private final Image image = new Image();

	private final Div text = new Div();

	StepContent(Component texts) {
		this.texts = texts;
		this.name.addClassName("tutorial-name");
		this.progress.addClassName("tutorial-progress");
		this.progress.setId("tutorial-progress");
		this.bar.addClassName("tutorial-bar");
		this.bar.getElement().setAttribute("aria-hidden", "true");
		this.bar.add(new Div());
		this.image.addClassName("tutorial-image");
		this.text.addClassName("tutorial-text");
	}

	/** The parts in the order they show. */
	Component[] components() {
		return new Component[] { this.name, this.progress, this.bar, this.heading, this.image, this.text };
	}

	/**
	 * A step (0-based) of the tutorial.
	 * @param stepText the step's text, or its simple-language variant
	 */
	void step(Tutorial tutorial, int index, Step step, Text stepText, Locale locale) {
		int total = tutorial.stepsOrEmpty().size();
		top(tutorial, locale, Math.round(100.0 * (index + 1) / total));
		this.progress.setText(this.texts.getTranslation("tutorials.step", index + 1, total));
		this.heading.setText(Text.in(step.title(), locale));
		if (step.image() != null) {
			this.image.setSrc("/lernen/bilder/" + TutorialPlayers.slugOf(tutorial) + "/" + step.image().file());
			this.image.setAlt(Text.in(step.image().alt(), locale));
			this.image.setVisible(true);
		}
		else {
			this.image.setVisible(false);
		}
		this.text.removeAll();
		TutorialTexts.blocks(stepText.in(locale)).forEach(this.text::add);
	}

	/** The finish screen, its text in paragraphs. */
	void finish(Tutorial tutorial, Locale locale, String... paragraphs) {
		top(tutorial, locale, 100);
		this.image.setVisible(false);
		this.progress.setText(this.texts.getTranslation("tutorials.finish.progress", tutorial.stepsOrEmpty().size()));
		this.heading.setText(this.texts.getTranslation("tutorials.finish.heading"));
		this.text.removeAll();
		for (String paragraph : paragraphs) {
			this.text.add(new Paragraph(paragraph));
		}
	}

	private void top(Tutorial tutorial, Locale locale, long percent) {
		this.name.setText(Text.in(tutorial.title(), locale));
		this.bar.getChildren().findFirst().ifPresent(fill -> fill.getElement().getStyle().set("width", percent + "%"));
	}

	/** Moves the focus to the heading (a new screen shows). */
	void focus() {
		this.heading.getElement().executeJs("this.setAttribute('tabindex','-1'); this.focus()");
	}

	/** The heading and the text, as said aloud. */
	String spoken() {
		return this.heading.getText() + ". " + this.text.getElement().getTextRecursively();
	}

	/** "Tippen (Schritt 2 von 6)". */
	String title() {
		return this.heading.getText() + " (" + this.progress.getText() + ")";
	}

}
