package de.norderstedt.go.feedback;

import org.jspecify.annotations.Nullable;

/**
 * What a person writes into the feedback form.
 *
 * @param message what is hard to use (required)
 * @param name the name they gave, if any
 * @param contact how to reach them, if they want an answer
 * @param page the address the person was looking at
 * @param language the language of the page ({@code de} or {@code en})
 */
public record FeedbackRequest(String message, @Nullable String name, @Nullable String contact, @Nullable String page,
		String language) {
}
