package de.norderstedt.go.courses.ui;

import java.io.Serializable;
import java.util.Locale;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.PurposeNote;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What the booking screens ask a person to type: the name, and a phone number or an
 * e-mail address. The fields stay on the page (hidden on the steps that do not ask for
 * them), so that their browser side and what they hold survive the steps; nothing is
 * remembered by the browser for the next person.
 */
final class BookingFields implements Serializable {

	private final TextField name = new TextField();

	private final TextField phone = new TextField();

	private final TextField email = new TextField();

	private final PurposeNote purpose = new PurposeNote("privacy.purpose.booking");

	/**
	 * Phone and e-mail side by side where they fit (go.css): the field a person types in
	 * and "Weiter" below stay above the on-screen keyboard together.
	 */
	private final Div contact = new Div();

	BookingFields() {
		this.contact.addClassName("kiosk-contact-fields");
		this.contact.add(this.phone, this.email);
		this.name.setAutocomplete(Autocomplete.OFF);
		this.phone.setAutocomplete(Autocomplete.OFF);
		this.email.setAutocomplete(Autocomplete.OFF);
	}

	/**
	 * The fields, in the order they are asked for, after why we ask: so that "Weiter"
	 * follows the field right away and stays above the on-screen keyboard with it, also
	 * at 200 % text.
	 */
	Component[] components() {
		return new Component[] { this.purpose, this.name, this.contact };
	}

	/** Shows refusals in the region, at the field they name. */
	FormRefusals refusals(LiveRegion message) {
		return new FormRefusals(message).field("name", this.name).field("phone", this.phone).field("email", this.email);
	}

	/** Shows the fields the step asks for, labelled in the page's language. */
	void show(BookingStep step, Component texts) {
		this.name.setVisible(step == BookingStep.NAME);
		this.phone.setVisible(step == BookingStep.CONTACT);
		this.email.setVisible(step == BookingStep.CONTACT);
		this.purpose.setVisible(step == BookingStep.NAME);
		this.name.setLabel(texts.getTranslation("kiosk.courses.name"));
		this.phone.setLabel(texts.getTranslation("kiosk.courses.phone"));
		this.email.setLabel(texts.getTranslation("kiosk.courses.email"));
	}

	/** The fields are in the browser. */
	void attached() {
		// the on-screen keyboard shows the number pad for phone numbers
		withInput(this.phone, "input.setAttribute('inputmode', $0);", "tel");
		withInput(this.email, "input.setAttribute('inputmode', $0);", "email");
	}

	void clear() {
		this.name.clear();
		this.phone.clear();
		this.email.clear();
	}

	/** The booking of the date with what was typed, in the language of the screen. */
	BookingRequest request(long dateId, Locale locale) {
		return new BookingRequest(dateId, this.name.getValue(), this.phone.getValue(), this.email.getValue(), false,
				false, Language.of(locale));
	}

	String name() {
		return this.name.getValue();
	}

	String phone() {
		return this.phone.getValue();
	}

	String email() {
		return this.email.getValue();
	}

	/** The phone number typed, if any. */
	@Nullable String phoneNumber() {
		return Input.blankToNull(this.phone.getValue());
	}

	/** The e-mail address typed, if any. */
	@Nullable String emailAddress() {
		return Input.blankToNull(this.email.getValue());
	}

	TextField nameField() {
		return this.name;
	}

	TextField phoneField() {
		return this.phone;
	}

	/**
	 * Runs a script on the field's inner input element (as {@code input}) once the
	 * browser has rendered it.
	 */
	static void withInput(TextField field, String script, Serializable... parameters) {
		field.getElement().executeJs("""
				const field = this;
				const set = () => {
				  const input = field.inputElement || field.querySelector('input');
				  if (!input) { requestAnimationFrame(set); return; }
				""" + script + """
				};
				set();""", parameters);
	}

}
