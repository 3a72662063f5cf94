package de.norderstedt.go.web;

import java.net.InetAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.List;

import de.norderstedt.go.RunningPortalTest;
import de.norderstedt.go.ideas.TestIdeas;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Behind the TLS proxy: X-Forwarded-Proto counts only from a trusted proxy (by default
 * this machine, 127.0.0.1). The same request from another address (127.0.0.2, also
 * loopback, but not trusted) is plain http whatever it claims.
 */
@RunningPortalTest
class ProxyAwarenessTest {

	private static final String PUBLIC_HOST = "go.norderstedt.example";

	@LocalServerPort
	int port;

	@Autowired
	TestIdeas ideas;

	@Test
	void from_the_trusted_proxy_an_https_request_gets_a_secure_cookie_hsts_and_https_links() throws Exception {
		long idea = this.ideas.published("Mehr Bänke am Ohemoor " + System.nanoTime() % 100_000);
		HttpClient proxy = client("127.0.0.1");

		HttpResponse<String> page = proxy.send(forwarded("/"), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(sessionCookie(page)).containsIgnoringCase("; Secure");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).hasValue(StrictTransportSecurity.VALUE);

		HttpResponse<String> openData = proxy.send(forwarded("/ideen/offene-daten.csv"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(openData.body()).contains("https://" + PUBLIC_HOST + "/ideen/" + idea);
		assertThat(openData.body()).doesNotContain("http://" + PUBLIC_HOST);
		assertThat(openData.headers().firstValue("Strict-Transport-Security")).isPresent();
	}

	@Test
	void from_an_untrusted_address_the_same_headers_are_ignored_and_it_stays_http() throws Exception {
		long idea = this.ideas.published("Trinkbrunnen im Stadtpark " + System.nanoTime() % 100_000);
		HttpClient stranger = client("127.0.0.2");

		HttpResponse<String> page = stranger.send(forwarded("/"), HttpResponse.BodyHandlers.ofString());
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(sessionCookie(page)).doesNotContainIgnoringCase("secure");
		assertThat(page.headers().firstValue("Strict-Transport-Security")).isEmpty();

		HttpResponse<String> openData = stranger.send(forwarded("/ideen/offene-daten.csv"),
				HttpResponse.BodyHandlers.ofString());
		assertThat(openData.body()).contains("http://localhost:" + this.port + "/ideen/" + idea);
		assertThat(openData.body()).doesNotContain(PUBLIC_HOST).doesNotContain("https://");
	}

	private HttpRequest forwarded(String path) {
		return HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path))
			.header("X-Forwarded-Proto", "https")
			.header("X-Forwarded-Host", PUBLIC_HOST)
			.header("X-Forwarded-For", "203.0.113.7")
			.build();
	}

	private static HttpClient client(String localAddress) throws Exception {
		return HttpClient.newBuilder()
			.localAddress(InetAddress.getByName(localAddress))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();
	}

	private static String sessionCookie(HttpResponse<?> response) {
		List<String> cookies = response.headers().allValues("Set-Cookie");
		return cookies.stream().filter(c -> c.startsWith("JSESSIONID=")).findFirst().orElseThrow();
	}

}
