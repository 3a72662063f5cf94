package de.norderstedt.go.tutorials.ui;

import java.util.Locale;

import de.norderstedt.go.content.Practice;
import de.norderstedt.go.content.Text;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Type the answer into a field (at the kiosk with the on-screen keyboard) and check it.
 * Case and extra spaces do not matter; a wrong answer says what to type.
 */
class TypePractice extends PracticeView {

	private final Practice.Type practice;

	private final TextField field = new TextField();

	private final Button check = new Button();

	TypePractice(Practice.Type practice, Listener listener, Locale locale) {
		super(listener, locale);
		this.practice = practice;
		addClassName("practice-type");
		this.field.setAutocomplete(Autocomplete.OFF);
		this.field.getElement().setAttribute("autocapitalize", "off");
		this.field.getElement().setAttribute("spellcheck", "false");
		this.check.addClickListener(e -> check());
		this.check.addClickShortcut(com.vaadin.flow.component.Key.ENTER).listenOn(this.field);
		Div row = new Div(this.field, this.check);
		row.addClassName("practice-type-row");
		add(row);
		render();
	}

	@Override
	void restart() {
		this.field.clear();
		super.restart();
	}

	private void check() {
		String answer = Text.in(this.practice.answer(), this.locale);
		if (normal(this.field.getValue()).equals(normal(answer))) {
			this.field.setInvalid(false);
			complete(null);
		}
		else {
			String explanation = getTranslation("tutorials.type.wrong", answer);
			this.field.setErrorMessage(explanation);
			this.field.setInvalid(true);
			this.listener.wrong(explanation);
		}
	}

	static String normal(String text) {
		return text.strip().replaceAll("\\s+", " ").toLowerCase(Locale.ROOT);
	}

	@Override
	protected void render() {
		this.field.setLabel(Text.in(this.practice.field(), this.locale));
		this.field.setReadOnly(isDone());
		this.check.setText(getTranslation("tutorials.type.check"));
		this.check.setVisible(!isDone());
		this.field.getElement().getClassList().set("practice-target", !isDone());
	}

}
