package de.norderstedt.go.app;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

import javax.imageio.ImageIO;

import de.norderstedt.go.accessibility.checks.ContrastRatio;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web app manifest: names in German and English, standalone from the start page,
 * icons of the sizes it names (committed PNGs made from our SVG), and colours that white
 * text can stand on.
 */
class AppManifestTest {

	@Test
	void the_manifest_names_the_app_in_the_persons_language_and_starts_it_standalone() {
		Map<String, Object> german = AppManifestController.manifest(Locale.GERMAN);
		Map<String, Object> english = AppManifestController.manifest(Locale.ENGLISH);
		assertThat(german).containsEntry("lang", "de")
			.containsEntry("name", "Norderstedt GO! – Ihre Stadt-App")
			.containsEntry("display", "standalone")
			.containsEntry("start_url", "/")
			.containsEntry("scope", "/")
			.containsEntry("id", "/");
		assertThat(english).containsEntry("lang", "en")
			.containsEntry("name", "Norderstedt GO! – your city app")
			.containsEntry("id", german.get("id"));
		assertThat((String) german.get("description")).isNotEqualTo(english.get("description"));
		assertThat(String.valueOf(german.get("short_name"))).hasSizeLessThanOrEqualTo(15);
	}

	@Test
	void every_icon_named_is_a_png_of_its_size_with_192_and_512_for_every_purpose() throws IOException {
		@SuppressWarnings("unchecked")
		List<Map<String, String>> icons = (List<Map<String, String>>) Objects
			.requireNonNull(AppManifestController.manifest(Locale.GERMAN).get("icons"));
		assertThat(icons).extracting(icon -> icon.get("sizes") + " " + icon.get("purpose"))
			.contains("192x192 any", "512x512 any", "192x192 maskable", "512x512 maskable");
		for (Map<String, String> icon : icons) {
			int size = Integer.parseInt(String.valueOf(icon.get("sizes")).split("x")[0]);
			try (InputStream in = AppManifestTest.class.getResourceAsStream("/META-INF/resources" + icon.get("src"))) {
				assertThat(in).as(icon.get("src")).isNotNull();
				BufferedImage image = ImageIO.read(in);
				assertThat(image.getWidth()).as(icon.get("src")).isEqualTo(size);
				assertThat(image.getHeight()).as(icon.get("src")).isEqualTo(size);
			}
		}
		try (InputStream apple = AppManifestTest.class
			.getResourceAsStream("/META-INF/resources/app/icons/apple-touch-icon.png")) {
			assertThat(ImageIO.read(apple).getWidth()).isEqualTo(180);
		}
	}

	@Test
	void white_text_on_the_title_bar_and_dark_text_on_the_start_screen_reach_seven_to_one() {
		assertThat(ContrastRatio.of("#ffffff", AppManifestController.THEME_COLOR))
			.isGreaterThanOrEqualTo(ContrastRatio.AAA_TEXT);
		assertThat(ContrastRatio.of("#1a1a1a", AppManifestController.BACKGROUND_COLOR))
			.isGreaterThanOrEqualTo(ContrastRatio.AAA_TEXT);
	}

}
