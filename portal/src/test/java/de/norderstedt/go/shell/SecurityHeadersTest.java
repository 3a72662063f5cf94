package de.norderstedt.go.shell;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;

import de.norderstedt.go.RunningPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The headers of our pages over real HTTP, the report endpoint of the Content Security
 * Policy.
 */
@RunningPortalTest
class SecurityHeadersTest {

	@LocalServerPort
	int port;

	@Autowired
	TestContentSecurityReports reports;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void every_page_comes_with_the_content_security_policy_and_the_usual_headers() throws Exception {
		HttpResponse<String> home = this.http.send(request("/").build(), HttpResponse.BodyHandlers.ofString());
		String policy = home.headers().firstValue("Content-Security-Policy").orElseThrow();
		assertThat(policy).contains("default-src 'self'", "object-src 'none'", "frame-ancestors 'none'",
				"base-uri 'self'", "report-uri /csp-verstoss");
		assertThat(home.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(home.headers().firstValue("Referrer-Policy")).hasValue("same-origin");
		assertThat(home.headers().firstValue("Cross-Origin-Opener-Policy")).hasValue("same-origin");
		assertThat(home.headers().firstValue("X-Frame-Options")).hasValue("DENY");
	}

	@Test
	void the_camera_is_allowed_only_on_the_pages_that_scan() throws Exception {
		assertThat(permissions("/")).contains("camera=()").contains("microphone=()");
		assertThat(permissions("/kurse")).contains("camera=()");
		assertThat(permissions("/konto")).contains("camera=()");
		assertThat(permissions("/ideen/neu")).contains("camera=()");
		assertThat(permissions("/kiosk/locker")).contains("camera=(self)");
		assertThat(permissions("/kiosk/karte")).contains("camera=(self)");
		assertThat(permissions("/trainer/termin/12")).contains("camera=(self)");
		assertThat(permissions("/lernen/qr-code-scannen/2")).contains("camera=(self)");
	}

	@Test
	void a_violation_report_is_received_without_the_pages_query() throws Exception {
		String report = """
				{"csp-report": {"document-uri": "http://localhost/ticket?code=ABCD2345",
				"violated-directive": "img-src", "effective-directive": "img-src",
				"blocked-uri": "https://tracker.example/pixel.gif?who=me"}}""";
		HttpResponse<String> answer = this.http
			.send(request(SecurityHeaders.REPORT_PATH).header("Content-Type", "application/csp-report")
				.POST(HttpRequest.BodyPublishers.ofString(report))
				.build(), HttpResponse.BodyHandlers.ofString());
		assertThat(answer.statusCode()).isEqualTo(204);
		assertThat(this.reports.received())
			.contains(new ContentSecurityViolation("img-src", "https://tracker.example/pixel.gif", "/ticket"));
		this.reports.forget(new ContentSecurityViolation("img-src", "https://tracker.example/pixel.gif", "/ticket"));
	}

	@Test
	void pages_that_are_not_found_come_with_the_headers_too() throws Exception {
		HttpResponse<String> missing = this.http.send(request("/lernen/gibt-es-nicht").build(),
				HttpResponse.BodyHandlers.ofString());
		assertThat(missing.statusCode()).isEqualTo(404);
		assertThat(missing.headers().firstValue("Content-Security-Policy")).as(missing.headers().toString())
			.isPresent();
		assertThat(missing.headers().firstValue("Permissions-Policy")).isPresent();
	}

	private String permissions(String path) throws Exception {
		HttpResponse<Void> response = this.http.send(request(path).build(), HttpResponse.BodyHandlers.discarding());
		return response.headers()
			.firstValue("Permissions-Policy")
			.orElseThrow(() -> new AssertionError(path + " " + response.statusCode() + " " + response.headers()));
	}

	private HttpRequest.Builder request(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
	}

}
