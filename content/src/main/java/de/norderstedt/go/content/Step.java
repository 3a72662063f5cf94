package de.norderstedt.go.content;

import org.jspecify.annotations.Nullable;

/**
 * One step of a tutorial: a short text, maybe a picture, maybe something to practise.
 *
 * @param id the step's id within the tutorial; progress is kept by it
 * @param title the step's heading
 * @param text what the step explains; paragraphs are separated by a blank line, lines
 * starting with "- " form a list
 * @param simple the same in simple language, when the text is not simple enough yet
 * @param speech what to say aloud when it differs from the text
 * @param image a picture with its alternative text
 * @param practice something to do
 */
public record Step(@Nullable String id, @Nullable Text title, @Nullable Text text, @Nullable Text simple,
		@Nullable Text speech, @Nullable Image image, @Nullable Practice practice) {
}
