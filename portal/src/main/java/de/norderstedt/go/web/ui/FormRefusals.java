package de.norderstedt.go.web.ui;

import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Consumer;

import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.HasValidation;

/**
 * Shows refusals on a form: at the field the refusal names (the field's own error text,
 * marked invalid, focused) and in the form's live region, so a screen reader says it and
 * a sighted person finds it where it can be put right. Fields are known by the names the
 * services give them; a refusal without a known field shows in the live region only.
 */
public final class FormRefusals {

	private final LiveRegion alert;

	private final Map<String, HasValidation> fields = new LinkedHashMap<>();

	private Consumer<String> speaker = text -> {
	};

	public FormRefusals(LiveRegion alert) {
		this.alert = alert;
	}

	/** The field that shows refusals of this name. */
	public FormRefusals field(String name, HasValidation field) {
		this.fields.put(name, field);
		return this;
	}

	/** Also reads each refusal aloud (at a kiosk). */
	public FormRefusals speaking(Consumer<String> speaker) {
		this.speaker = speaker;
		return this;
	}

	/** Whether a refusal concerns one of this form's fields. */
	public boolean knows(Refusal refusal) {
		return refusal.field().map(this.fields::containsKey).orElse(false);
	}

	/** Shows a refusal at its field and in the live region. */
	public void show(Refusal refusal) {
		clear();
		String text = this.alert.getTranslation(refusal.messageKey(), refusal.arguments());
		HasValidation field = refusal.field().map(this.fields::get).orElse(null);
		if (field != null) {
			field.setErrorMessage(text);
			field.setInvalid(true);
			if (field instanceof Focusable<?> focusable) {
				focusable.focus();
			}
		}
		this.alert.show(text);
		this.speaker.accept(text);
	}

	/** Takes every mark and message away. */
	public void clear() {
		this.fields.values().forEach(field -> {
			field.setInvalid(false);
			field.setErrorMessage(null);
		});
		this.alert.clear();
	}

	/**
	 * Clears the form's marks, then runs the action; a refusal it throws is shown.
	 * @return whether the action went through
	 */
	public boolean attempt(Runnable action) {
		clear();
		try {
			action.run();
			return true;
		}
		catch (Refusal refusal) {
			show(refusal);
			return false;
		}
	}

	/** The field registered under this name, if any. */
	public @Nullable HasValidation fieldNamed(String name) {
		return this.fields.get(name);
	}

}
