package de.norderstedt.go.web;

import java.util.Optional;

import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.jspecify.annotations.Nullable;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/** Assertions on the refusals services throw. */
public final class Refusals {

	private Refusals() {
	}

	/**
	 * Refused with the message key, at the field (none: about the request as a whole).
	 */
	public static void assertRefused(ThrowingCallable call, @Nullable String field, String key) {
		assertThatThrownBy(call).isInstanceOfSatisfying(Refusal.class, refusal -> {
			assertThat(refusal.messageKey()).isEqualTo(key);
			assertThat(refusal.field()).isEqualTo(Optional.ofNullable(field));
		});
	}

}
