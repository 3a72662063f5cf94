package de.norderstedt.go.news;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Set;

import de.norderstedt.go.RunningPortalTest;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.PictureCleaner;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.TestPictures;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * A phone photo with its GPS position goes in; what every reader is served is its pixels
 * only, of the kind they decode as.
 */
@RunningPortalTest
class PictureServedWithoutExifTest {

	@LocalServerPort
	int port;

	@Autowired
	NewsDeskService desk;

	@Autowired
	NewsService news;

	@Autowired
	TestAccounts accounts;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void an_uploaded_jpeg_with_a_gps_position_is_served_without_any_exif() throws Exception {
		byte[] photo = TestPictures.jpegWithGps(1);
		long id = publish(new NewsImage(photo, "image/png", "Ein Gehweg", "A pavement"));

		HttpResponse<byte[]> served = HttpClient.newHttpClient()
			.send(HttpRequest.newBuilder(URI.create("http://localhost:" + this.port + "/neuigkeiten/bilder/" + id))
				.build(), HttpResponse.BodyHandlers.ofByteArray());

		assertThat(served.statusCode()).isEqualTo(200);
		// the kind it decodes as, not the one the browser claimed
		assertThat(served.headers().firstValue("Content-Type")).hasValue("image/jpeg");
		assertThat(served.body()).startsWith((byte) 0xFF, (byte) 0xD8);
		assertThat(TestPictures.hasApp1(served.body())).isFalse();
		assertThat(TestPictures.contains(served.body(), "Exif")).isFalse();
		assertThat(served.body()).isNotEqualTo(photo);
	}

	@Test
	void a_png_header_on_a_non_image_and_a_decompression_bomb_are_refused_in_words() {
		assertThatThrownBy(() -> publish(new NewsImage(TestPictures.pngHeaderOnText(), "image/png", "Bild", "Picture")))
			.isInstanceOfSatisfying(Refusal.class, refusal -> assertThat(refusal.text(java.util.Locale.GERMAN))
				.isEqualTo("Das Bild muss ein JPEG oder PNG sein."));
		assertThatThrownBy(
				() -> publish(new NewsImage(TestPictures.pngDeclaring(50_000, 50_000), "image/png", "Bild", "Picture")))
			.isInstanceOfSatisfying(Refusal.class,
					refusal -> assertThat(refusal.messageKey()).isEqualTo(PictureCleaner.TOO_MANY_PIXELS));
	}

	private long publish(NewsImage image) {
		long topic = this.news.topics().getFirst().id();
		this.accounts.ensure("picture-editor", Role.EDITOR);
		this.accounts.signIn("picture-editor");
		try {
			return this.desk.create(new NewAnnouncement("Glatteis " + System.nanoTime() % 100_000, "Es ist glatt.",
					null, null, false, Set.of(topic), Set.of(), image, null));
		}
		finally {
			this.accounts.signOut();
		}
	}

}
