package de.norderstedt.go.app.ui;

import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The offline page is a whole page in plain language, in each language, with the places
 * the service worker fills in, and no script.
 */
class OfflinePageTest {

	@Test
	void the_offline_page_says_what_happened_in_each_language_and_has_room_for_the_kept_pages() {
		String german = OfflinePageController.html(Locale.GERMAN);
		assertThat(german).startsWith("<!DOCTYPE html>")
			.contains("<html lang=\"de\" data-text-size=\"100\" data-contrast=\"normal\">")
			.contains("<h1>Keine Verbindung zum Internet</h1>")
			.contains("id=\"saved\"")
			.contains("id=\"nothing-saved\"")
			.doesNotContain("<script");
		String english = OfflinePageController.html(Locale.ENGLISH);
		assertThat(english).contains("<html lang=\"en\"").contains("<h1>No connection to the internet</h1>");
	}

}
