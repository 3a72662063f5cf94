package de.norderstedt.go.speech;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import de.norderstedt.go.RunningPortalTest;
import de.norderstedt.go.accessibility.speech.SpeechRate;
import de.norderstedt.go.accessibility.speech.SpeechService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The read-aloud endpoint over real HTTP: audio for a text in a POST body, only the
 * platform's own texts in the server's cache, no response kept by any other cache, and
 * refusals.
 */
@RunningPortalTest
class SpeechEndpointTest {

	@LocalServerPort
	int port;

	@Autowired
	SpeechService speech;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void an_interface_text_comes_back_as_wav_and_is_kept_in_the_server_cache_but_in_no_other() throws Exception {
		String text = "Willkommen bei Norderstedt GO!";
		HttpResponse<byte[]> first = post(json(text, "de", "NORMAL"));
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Type")).hasValue("audio/wav");
		assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(first.headers().firstValue("ETag")).isEmpty();
		assertThat(first.headers().firstValue("X-Speech-Cache")).isEmpty();
		assertThat(new String(first.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
		assertThat(this.speech.holds(text, Locale.GERMAN, SpeechRate.NORMAL)).isTrue();

		HttpResponse<byte[]> second = post(json(text, "de", "NORMAL"));
		assertThat(second.body()).isEqualTo(first.body());
		assertThat(second.headers().map().keySet()).noneMatch(
				name -> name.toLowerCase(Locale.ROOT).contains("cache") && !name.equalsIgnoreCase("Cache-Control"));
	}

	@Test
	void what_a_person_typed_and_a_booking_code_are_spoken_but_leave_no_cache_entry() throws Exception {
		for (String personal : new String[] { "Helga Brandt, helga@example.org", "Buchungscode K7MX-9QPA" }) {
			long before = this.speech.cachedBytes();
			HttpResponse<byte[]> spoken = post(json(personal, "de", "NORMAL"));
			assertThat(spoken.statusCode()).isEqualTo(200);
			assertThat(new String(spoken.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
			assertThat(spoken.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
			assertThat(this.speech.holds(personal, Locale.GERMAN, SpeechRate.NORMAL)).isFalse();
			assertThat(this.speech.cachedBytes()).isEqualTo(before);
		}
		// a message filled with a person's data is no interface text either
		assertThat(post(json("Willkommen, Helga!", "de", "NORMAL")).statusCode()).isEqualTo(200);
		assertThat(this.speech.holds("Willkommen, Helga!", Locale.GERMAN, SpeechRate.NORMAL)).isFalse();
	}

	@Test
	void an_english_text_is_spoken_too_and_a_slower_rate_is_other_audio() throws Exception {
		String text = "Welcome to Norderstedt GO!";
		HttpResponse<byte[]> normal = post(json(text, "en", "NORMAL"));
		HttpResponse<byte[]> slow = post(json(text, "en", "SLOW"));
		assertThat(normal.statusCode()).isEqualTo(200);
		assertThat(slow.statusCode()).isEqualTo(200);
		assertThat(slow.body().length).isGreaterThan(normal.body().length);
	}

	@Test
	void a_get_with_the_text_in_the_query_is_refused_and_nothing_is_spoken() throws Exception {
		String text = "Buchungscode Q4ZT-8HRW";
		HttpResponse<byte[]> get = this.http.send(
				HttpRequest.newBuilder(uri("/speech?lang=de&rate=NORMAL&text=" + encode(text))).build(),
				HttpResponse.BodyHandlers.ofByteArray());
		assertThat(get.statusCode()).isEqualTo(405);
		assertThat(get.headers().firstValue("Allow")).hasValue("POST");
		assertThat(get.headers().firstValue("Content-Type").orElseThrow()).doesNotStartWith("audio/");
		assertThat(this.speech.holds(text, Locale.GERMAN, SpeechRate.NORMAL)).isFalse();
	}

	@Test
	void unknown_languages_rates_absurd_texts_other_sites_and_other_bodies_are_refused() throws Exception {
		assertThat(post(json("Bonjour", "fr", "NORMAL")).statusCode()).isEqualTo(400);
		assertThat(post(json("Hallo", "de", "WARP")).statusCode()).isEqualTo(400);
		assertThat(post(json("   ", "de", "NORMAL")).statusCode()).isEqualTo(400);
		assertThat(post(json("a".repeat(2_001), "de", "NORMAL")).statusCode()).isEqualTo(400);
		assertThat(post("{\"lang\":\"de\"}").statusCode()).isEqualTo(400);
		// a form post, which any site can make a browser send, is not accepted
		HttpResponse<byte[]> form = this.http.send(HttpRequest.newBuilder(uri("/speech"))
			.header("Content-Type", "application/x-www-form-urlencoded")
			.POST(HttpRequest.BodyPublishers.ofString("text=Hallo&lang=de"))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(form.statusCode()).isIn(403, 415);
		HttpResponse<byte[]> crossSite = this.http.send(HttpRequest.newBuilder(uri("/speech"))
			.header("Content-Type", "application/json")
			.header("Sec-Fetch-Site", "cross-site")
			.header("Origin", "https://elsewhere.example")
			.POST(HttpRequest.BodyPublishers.ofString(json("Hallo", "de", "NORMAL")))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
		assertThat(crossSite.statusCode()).isEqualTo(403);
	}

	private HttpResponse<byte[]> post(String body) throws IOException, InterruptedException {
		return this.http.send(HttpRequest.newBuilder(uri("/speech"))
			.header("Content-Type", "application/json")
			.header("Sec-Fetch-Site", "same-origin")
			.POST(HttpRequest.BodyPublishers.ofString(body))
			.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private URI uri(String path) {
		return URI.create("http://localhost:" + this.port + path);
	}

	private static String json(String text, String lang, String rate) {
		return "{\"text\":\"" + text.replace("\\", "\\\\").replace("\"", "\\\"") + "\",\"lang\":\"" + lang
				+ "\",\"rate\":\"" + rate + "\"}";
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
