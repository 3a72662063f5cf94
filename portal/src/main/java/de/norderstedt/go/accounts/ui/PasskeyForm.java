package de.norderstedt.go.accounts.ui;

import java.util.function.Consumer;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import de.norderstedt.go.accounts.PasskeyRegistration;
import de.norderstedt.go.accounts.PasskeyService;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;

/**
 * Making a passkey: a name for it (checked first, refused at the field), then the browser
 * asks the device for the fingerprint, face or PIN. Says in words how it went.
 */
class PasskeyForm extends Div implements LocaleChangeObserver {

	private final PasskeyService passkeys;

	private final Consumer<String> added;

	private final TextField label = new TextField();

	private final Button add = new Button();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("label", this.label);

	/**
	 * @param added what follows a new passkey, with its name (the form has already said
	 * so in its status)
	 */
	PasskeyForm(PasskeyService passkeys, Consumer<String> added) {
		this.passkeys = passkeys;
		this.added = added;
		addClassName("idea-form");
		this.label.setMaxLength(PasskeyService.MAX_LABEL_LENGTH * 2);
		this.add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.add.addClickListener(e -> add());
		add(this.label, this.add, this.alert, this.status);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		PasskeyCeremony.prepare(event.getUI());
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.label.setLabel(getTranslation("accounts.passkeys.label"));
		this.label.setHelperText(getTranslation("accounts.passkeys.label.help", PasskeyService.MAX_LABEL_LENGTH));
		this.add.setText(getTranslation("accounts.passkeys.add"));
	}

	/** Says something that concerns the list, e.g. a passkey removed. */
	void say(String message) {
		this.refusals.clear();
		this.status.show(message);
	}

	void focusName() {
		this.label.focus();
	}

	private void add() {
		this.status.clear();
		String[] checked = new String[1];
		if (!this.refusals.attempt(() -> checked[0] = this.passkeys.checkLabel(this.label.getValue()))) {
			return;
		}
		PasskeyRegistration registration = this.passkeys.startRegistration();
		this.add.setEnabled(false);
		getUI().ifPresent(ui -> PasskeyCeremony.register(ui, registration.json(), answer -> {
			this.add.setEnabled(true);
			if (answer.startsWith("{")) {
				if (this.refusals.attempt(() -> this.passkeys.finishRegistration(registration, answer, checked[0]))) {
					this.label.clear();
					this.status.show(getTranslation("accounts.passkeys.added", checked[0]));
					this.added.accept(checked[0]);
				}
			}
			else {
				this.refusals.show(new Refusal("accounts.passkeys.outcome." + outcome(answer)));
			}
		}));
	}

	/** The outcome words the script gives, each with its own sentence. */
	static String outcome(String word) {
		return switch (word) {
			case "cancelled", "exists", "unsupported", "refused" -> word;
			default -> "error";
		};
	}

}
