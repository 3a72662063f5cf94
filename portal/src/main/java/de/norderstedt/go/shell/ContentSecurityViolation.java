package de.norderstedt.go.shell;

/**
 * A browser reported that our Content Security Policy blocked something on one of our
 * pages.
 *
 * @param directive the directive that blocked it (e.g. {@code script-src-elem})
 * @param blocked what was blocked: an address without its query, or {@code inline},
 * {@code eval}
 * @param page the path of the page it happened on, without its query
 */
public record ContentSecurityViolation(String directive, String blocked, String page) {
}
