package de.norderstedt.go.tutorials.ui;

import java.util.Optional;
import java.util.function.Consumer;

import de.norderstedt.go.tutorials.LearningService;
import de.norderstedt.go.tutorials.ResumeCode;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;

/**
 * The field for a resume code and "Weitermachen": a known code opens its step, anything
 * else is explained at the field and changes nothing.
 */
class ResumeForm extends Div {

	private final LearningService learning;

	private final Consumer<ResumeCode> onResume;

	private final TextField code = new TextField();

	private final Button submit = new Button();

	ResumeForm(LearningService learning, Consumer<ResumeCode> onResume) {
		this.learning = learning;
		this.onResume = onResume;
		addClassName("tutorial-resume-form");
		this.code.setAutocomplete(Autocomplete.OFF);
		this.code.getElement().setAttribute("autocapitalize", "characters");
		this.code.getElement().setAttribute("spellcheck", "false");
		this.submit.addThemeName("primary");
		this.submit.addClickListener(e -> submit(this.code.getValue()));
		this.submit.addClickShortcut(Key.ENTER).listenOn(this.code);
		add(this.code, this.submit);
	}

	/** Opens the step of a code, or says why it cannot. */
	void submit(String typed) {
		this.code.setValue(typed);
		Optional<ResumeCode> found = this.learning.resume(typed);
		if (found.isEmpty()) {
			this.code.setErrorMessage(
					getTranslation(typed.isBlank() ? "tutorials.resume.empty" : "tutorials.resume.unknown"));
			this.code.setInvalid(true);
			return;
		}
		this.code.setInvalid(false);
		this.onResume.accept(found.get());
	}

	void texts() {
		this.code.setLabel(getTranslation("tutorials.resume.field"));
		this.code.setHelperText(getTranslation("tutorials.resume.field.help"));
		this.submit.setText(getTranslation("tutorials.resume.submit"));
		if (this.code.isInvalid()) {
			this.code.setErrorMessage(getTranslation(
					this.code.getValue().isBlank() ? "tutorials.resume.empty" : "tutorials.resume.unknown"));
		}
	}

}
