package de.norderstedt.go.app;

import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.norderstedt.go.web.Texts;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The web app manifest, in German or English ({@code ?sprache=de|en}, as the page that
 * links it): what a phone or computer needs to put the portal on its home screen as an
 * app of its own. Kiosk screens link no manifest (AppHead).
 */
@RestController
public class AppManifestController {

	/** Where the manifest is served; the language comes as {@code ?sprache=}. */
	public static final String PATH = "/app/manifest.webmanifest";

	/** The colour of the app's title bar: white text on it has a contrast of 10:1. */
	public static final String THEME_COLOR = "#00417c";

	/** The colour of the screen while the app starts, behind its icon and name. */
	public static final String BACKGROUND_COLOR = "#ffffff";

	/** Icons that fill their square with a rounded tile, for every size a system asks. */
	static final List<Integer> ICON_SIZES = List.of(48, 72, 96, 144, 192, 256, 384, 512);

	/** Icons with a full-bleed background, for systems that cut their own shape. */
	static final List<Integer> MASKABLE_SIZES = List.of(192, 512);

	static final MediaType MANIFEST = new MediaType("application", "manifest+json");

	@GetMapping(PATH)
	ResponseEntity<Map<String, Object>> manifest(@RequestParam(name = "sprache", defaultValue = "de") String language) {
		Locale locale = Texts.supported(Locale.forLanguageTag(language));
		return ResponseEntity.ok()
			.contentType(MANIFEST)
			.cacheControl(CacheControl.maxAge(Duration.ofHours(1)))
			.body(manifest(locale));
	}

	/** The manifest's fields in the language. */
	static Map<String, Object> manifest(Locale locale) {
		Map<String, Object> manifest = new LinkedHashMap<>();
		// one app in both languages: the same id, whichever language installed it
		manifest.put("id", "/");
		manifest.put("lang", locale.getLanguage());
		manifest.put("dir", "ltr");
		manifest.put("name", Texts.get("app.manifest.name", locale));
		manifest.put("short_name", Texts.get("app.manifest.short-name", locale));
		manifest.put("description", Texts.get("app.manifest.description", locale));
		manifest.put("start_url", "/");
		manifest.put("scope", "/");
		manifest.put("display", "standalone");
		manifest.put("theme_color", THEME_COLOR);
		manifest.put("background_color", BACKGROUND_COLOR);
		List<Map<String, String>> icons = new ArrayList<>();
		ICON_SIZES.forEach(size -> icons.add(icon("/app/icons/icon-" + size + ".png", size, "any")));
		MASKABLE_SIZES.forEach(size -> icons.add(icon("/app/icons/maskable-" + size + ".png", size, "maskable")));
		manifest.put("icons", icons);
		manifest.put("shortcuts",
				List.of(shortcut("shell.nav.my-bookings", "/meine-buchungen", locale),
						shortcut("shell.nav.my-reservations", "/meine-reservierungen", locale),
						shortcut("shell.nav.news", "/neuigkeiten", locale)));
		return manifest;
	}

	private static Map<String, String> icon(String src, int size, String purpose) {
		Map<String, String> icon = new LinkedHashMap<>();
		icon.put("src", src);
		icon.put("sizes", size + "x" + size);
		icon.put("type", "image/png");
		icon.put("purpose", purpose);
		return icon;
	}

	private static Map<String, Object> shortcut(String nameKey, String url, Locale locale) {
		Map<String, Object> shortcut = new LinkedHashMap<>();
		shortcut.put("name", Texts.get(nameKey, locale));
		shortcut.put("url", url);
		shortcut.put("icons", List.of(icon("/app/icons/icon-96.png", 96, "any")));
		return shortcut;
	}

}
