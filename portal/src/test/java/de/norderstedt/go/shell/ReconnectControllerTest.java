package de.norderstedt.go.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Where a page whose session is gone goes back to: the same page of this portal, without
 * its query; a kiosk to its start screen; anything else to the home page.
 */
class ReconnectControllerTest {

	@Test
	void a_page_goes_back_to_its_own_path_without_its_query() {
		assertThat(ReconnectController.target("https://go.norderstedt.de/kurse/12?suche=Helga#x", ""))
			.isEqualTo("/kurse/12");
		assertThat(ReconnectController.target("http://localhost:8080/portal/schliessfaecher", "/portal"))
			.isEqualTo("/schliessfaecher");
	}

	@Test
	void a_kiosk_goes_back_to_its_start_screen_and_a_locker_terminal_to_its_own() {
		assertThat(ReconnectController.target("https://go.norderstedt.de/kiosk/rueckmeldung", ""))
			.isEqualTo("/kiosk/start");
		assertThat(ReconnectController.target("https://go.norderstedt.de/kiosk", "")).isEqualTo("/kiosk/start");
		assertThat(ReconnectController.target("https://go.norderstedt.de/kiosk/locker", "")).isEqualTo("/kiosk/locker");
	}

	@Test
	void no_page_a_strange_one_or_one_outside_the_portal_goes_home() {
		assertThat(ReconnectController.target(null, "")).isEqualTo("/");
		assertThat(ReconnectController.target("", "")).isEqualTo("/");
		assertThat(ReconnectController.target("https://go.norderstedt.de//evil.example/x", "")).isEqualTo("/");
		assertThat(ReconnectController.target("https://go.norderstedt.de/a\\b", "")).isEqualTo("/");
		assertThat(ReconnectController.target("https://go.norderstedt.de/other", "/portal")).isEqualTo("/");
		assertThat(ReconnectController.target("https://go.norderstedt.de/neu-verbunden", "")).isEqualTo("/");
		assertThat(ReconnectController.target("not a url at all", "")).isEqualTo("/");
	}

}
