package de.norderstedt.go.tutorials.ui;

import java.util.Optional;

import de.norderstedt.go.ratelimit.RateLimited;
import de.norderstedt.go.ratelimit.RateLimits;
import org.jspecify.annotations.Nullable;
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

	private final RateLimits rateLimits;

	/** The key of the rate limit's text while the field shows it, and its arguments. */
	private @Nullable String limitText;

	private Object[] limitArguments = new Object[0];

	ResumeForm(LearningService learning, RateLimits rateLimits, Consumer<ResumeCode> onResume) {
		this.rateLimits = rateLimits;
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
		find(typed).ifPresent(this.onResume);
	}

	/**
	 * The code's step, if the code is known and the lookup is within the rate limit;
	 * otherwise the field says why not.
	 */
	Optional<ResumeCode> find(String typed) {
		this.code.setValue(typed);
		this.limitText = null;
		if (!typed.isBlank()) {
			try {
				this.rateLimits.checkLookup(typed);
			}
			catch (RateLimited refusal) {
				this.limitText = refusal.messageKey();
				this.limitArguments = refusal.arguments();
				this.code.setErrorMessage(getTranslation(refusal.messageKey(), refusal.arguments()));
				this.code.setInvalid(true);
				return Optional.empty();
			}
		}
		Optional<ResumeCode> found = this.learning.resume(typed);
		if (found.isEmpty()) {
			this.code.setErrorMessage(
					getTranslation(typed.isBlank() ? "tutorials.resume.empty" : "tutorials.resume.unknown"));
			this.code.setInvalid(true);
			return Optional.empty();
		}
		this.code.setInvalid(false);
		return found;
	}

	void texts() {
		this.code.setLabel(getTranslation("tutorials.resume.field"));
		this.code.setHelperText(getTranslation("tutorials.resume.field.help"));
		this.submit.setText(getTranslation("tutorials.resume.submit"));
		String limited = this.limitText;
		if (this.code.isInvalid() && limited != null) {
			this.code.setErrorMessage(getTranslation(limited, this.limitArguments));
		}
		else if (this.code.isInvalid()) {
			this.code.setErrorMessage(getTranslation(
					this.code.getValue().isBlank() ? "tutorials.resume.empty" : "tutorials.resume.unknown"));
		}
	}

}
