package de.norderstedt.go.web;

import java.util.Optional;

import org.jspecify.annotations.Nullable;

/**
 * Why a request was refused: the key of a UI text, its arguments, and the field of the
 * form it concerns (when one does). Nothing was changed. The one refusal type of the
 * platform; a feature subclasses it only where the name adds meaning to a caller.
 */
public class Refusal extends RuntimeException {

	private final String messageKey;

	private final transient Object[] arguments;

	private final @Nullable String field;

	/** A refusal that concerns the request as a whole, not one field. */
	public Refusal(String messageKey, Object... arguments) {
		this(null, messageKey, arguments);
	}

	protected Refusal(@Nullable String field, String messageKey, Object... arguments) {
		super(field == null ? messageKey : field + ": " + messageKey, null, false, false);
		this.messageKey = messageKey;
		this.arguments = arguments.clone();
		this.field = field;
	}

	/** A refusal of what was typed or chosen in one field, e.g. {@code "name"}. */
	public static Refusal at(String field, String messageKey, Object... arguments) {
		return new Refusal(field, messageKey, arguments);
	}

	public String messageKey() {
		return this.messageKey;
	}

	public Object[] arguments() {
		return this.arguments.clone();
	}

	/** The form field this refusal concerns, by the name the service gives it. */
	public Optional<String> field() {
		return Optional.ofNullable(this.field);
	}

	/** The message in German or English. */
	public String text(java.util.Locale locale) {
		return Texts.get(this.messageKey, locale, this.arguments);
	}

}
