package de.norderstedt.go.content;

import org.jspecify.annotations.Nullable;

/**
 * A picture for a step, made for this project.
 *
 * @param file the file's path inside the tutorial's folder, e.g. {@code images/tap.svg}
 * @param alt what the picture shows, for people who cannot see it
 */
public record Image(@Nullable String file, @Nullable Text alt) {
}
