package de.norderstedt.go.devices;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import de.norderstedt.go.RunningPortalTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Ending a kiosk visit over real HTTP: only the enrolled device itself, from its own
 * page, can ask for it; another site cannot end a visit.
 */
@RunningPortalTest
class KioskVisitEndTest {

	@LocalServerPort
	int port;

	@Autowired
	TestDevices devices;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void a_kiosk_visit_ends_only_for_the_enrolled_device_itself() throws Exception {
		String credential = this.devices.enrolledKiosk("Ende-Kiosk " + System.nanoTime(), 120, "de");
		String cookie = DeviceService.CREDENTIAL_COOKIE + "=" + credential;
		assertThat(end(null, "same-origin", null)).as("no device credential").isEqualTo(403);
		assertThat(end(DeviceService.CREDENTIAL_COOKIE + "=unknown", "same-origin", null)).as("an unknown device")
			.isEqualTo(403);
		assertThat(end(cookie, "cross-site", "https://evil.example")).as("another site").isEqualTo(403);
		assertThat(end(cookie, "same-site", null)).as("a sibling site").isEqualTo(403);
		assertThat(end(cookie, null, "https://evil.example")).as("another origin").isEqualTo(403);
		assertThat(end(cookie, null, null)).as("no origin at all").isEqualTo(403);
		assertThat(end(cookie, "same-origin", null)).as("the kiosk's own page").isEqualTo(204);
		assertThat(end(cookie, null, "http://localhost:" + this.port)).as("the same origin").isEqualTo(204);
	}

	private int end(@Nullable String cookie, @Nullable String site, @Nullable String origin) throws Exception {
		HttpRequest.Builder request = request("/kiosk/ende").POST(HttpRequest.BodyPublishers.noBody());
		if (cookie != null) {
			request.header("Cookie", cookie);
		}
		if (site != null) {
			request.header("Sec-Fetch-Site", site);
		}
		if (origin != null) {
			request.header("Origin", origin);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.discarding()).statusCode();
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

}
