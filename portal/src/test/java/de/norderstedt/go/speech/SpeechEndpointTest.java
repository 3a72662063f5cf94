package de.norderstedt.go.speech;

import java.io.IOException;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

import de.norderstedt.go.RunningPortalTest;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;

/** The read-aloud endpoint over real HTTP: audio, caching headers, and refusals. */
@RunningPortalTest
class SpeechEndpointTest {

	@LocalServerPort
	int port;

	private final HttpClient http = HttpClient.newHttpClient();

	@Test
	void a_german_sentence_comes_back_as_cacheable_wav_and_the_second_time_from_the_cache() throws Exception {
		String text = "Guten Tag, Frau Hansen. Ihr Kurs beginnt um zehn Uhr.";
		HttpResponse<byte[]> first = get("/speech?lang=de&rate=NORMAL&text=" + encode(text), null);
		assertThat(first.statusCode()).isEqualTo(200);
		assertThat(first.headers().firstValue("Content-Type")).hasValue("audio/wav");
		assertThat(first.headers().firstValue("Cache-Control").orElseThrow()).contains("max-age=31536000", "public");
		assertThat(new String(first.body(), 0, 4, StandardCharsets.US_ASCII)).isEqualTo("RIFF");
		String etag = first.headers().firstValue("ETag").orElseThrow();

		HttpResponse<byte[]> second = get("/speech?lang=de&rate=NORMAL&text=" + encode(text), null);
		assertThat(second.headers().firstValue("X-Speech-Cache")).hasValue("hit");
		assertThat(second.body()).isEqualTo(first.body());

		HttpResponse<byte[]> revalidated = get("/speech?lang=de&rate=NORMAL&text=" + encode(text), etag);
		assertThat(revalidated.statusCode()).isEqualTo(304);
		assertThat(revalidated.body()).isEmpty();
	}

	@Test
	void an_english_sentence_is_spoken_too_and_a_slower_rate_is_other_audio() throws Exception {
		String text = "Your course starts at ten.";
		HttpResponse<byte[]> normal = get("/speech?lang=en&rate=NORMAL&text=" + encode(text), null);
		HttpResponse<byte[]> slow = get("/speech?lang=en&rate=SLOW&text=" + encode(text), null);
		assertThat(normal.statusCode()).isEqualTo(200);
		assertThat(slow.statusCode()).isEqualTo(200);
		assertThat(slow.body().length).isGreaterThan(normal.body().length);
	}

	@Test
	void unknown_languages_rates_and_absurd_texts_are_refused_without_synthesis() throws Exception {
		assertThat(get("/speech?lang=fr&text=" + encode("Bonjour"), null).statusCode()).isEqualTo(400);
		assertThat(get("/speech?lang=de&rate=WARP&text=" + encode("Hallo"), null).statusCode()).isEqualTo(400);
		assertThat(get("/speech?lang=de&text=" + encode("   "), null).statusCode()).isEqualTo(400);
		assertThat(get("/speech?lang=de&text=" + encode("a".repeat(2_001)), null).statusCode()).isEqualTo(400);
		assertThat(get("/speech?lang=de", null).statusCode()).isEqualTo(400);
	}

	private HttpResponse<byte[]> get(String path, @Nullable String ifNoneMatch)
			throws IOException, InterruptedException {
		HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + path));
		if (ifNoneMatch != null) {
			request.header("If-None-Match", ifNoneMatch);
		}
		return this.http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private static String encode(String text) {
		return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
	}

}
