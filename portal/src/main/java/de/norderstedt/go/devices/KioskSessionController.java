package de.norderstedt.go.devices;

import java.util.Locale;
import java.util.Optional;

import de.norderstedt.go.web.Texts;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpSession;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.util.HtmlUtils;

/**
 * The beginning and the end of a visit at a public touchscreen.
 * <p>
 * The welcome screen is a plain page without a server session: a kiosk waiting for the
 * next person holds nothing of the last one, not even a session cookie. Touching it
 * starts the visit in the kiosk views. Ending a visit (the "Fertig" button or the idle
 * timeout) invalidates the server session and expires every cookie but the device
 * credential; kiosk-session.js then clears the browser's storage and comes back here.
 */
@RestController
class KioskSessionController {

	private final DeviceService devices;

	KioskSessionController(DeviceService devices) {
		this.devices = devices;
	}

	@GetMapping("/kiosk")
	ResponseEntity<String> welcome(
			@CookieValue(name = DeviceService.CREDENTIAL_COOKIE, required = false) @Nullable String credential,
			@RequestParam(name = "beendet", required = false) @Nullable String ended, HttpServletRequest request) {
		Optional<Device> device = credential == null ? Optional.empty() : this.devices.authenticate(credential);
		if (device.isEmpty()) {
			return ResponseEntity.status(HttpStatus.SEE_OTHER)
				.header(HttpHeaders.LOCATION, request.getContextPath() + DeviceController.NOT_ENROLLED_PAGE)
				.build();
		}
		ResponseEntity.BodyBuilder response = ResponseEntity.ok()
			.contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noStore());
		if (ended != null) {
			// the wipe again: a request of the abandoned page may have started a session
			// between the wipe and this page
			forgetVisit(request, response);
		}
		return response.body(WelcomePage.render(device.get(), ended != null));
	}

	/**
	 * Ends the visit on the server side. {@code Clear-Site-Data} asks the browser to
	 * clear caches and storage too; kiosk-session.js does the same itself for browsers
	 * that ignore it.
	 */
	@PostMapping("/kiosk/ende")
	ResponseEntity<Void> end(
			@CookieValue(name = DeviceService.CREDENTIAL_COOKIE, required = false) @Nullable String credential,
			HttpServletRequest request) {
		// Not a CSRF-token endpoint (the page that calls it is being wiped), so it asks
		// for what another site cannot give: an enrolled device's credential and a
		// request from our own pages.
		if (credential == null || !sameOrigin(request) || this.devices.authenticate(credential).isEmpty()) {
			return ResponseEntity.status(HttpStatus.FORBIDDEN).cacheControl(CacheControl.noStore()).build();
		}
		ResponseEntity.HeadersBuilder<?> response = ResponseEntity.noContent()
			.header("Clear-Site-Data", "\"cache\", \"storage\"")
			.cacheControl(CacheControl.noStore());
		forgetVisit(request, response);
		return response.build();
	}

	/**
	 * Whether the request comes from one of our own pages: the browser's
	 * {@code Sec-Fetch-Site}, or where a browser does not send it, the {@code Origin}
	 * compared with this request's own origin. A request with neither is refused.
	 */
	static boolean sameOrigin(HttpServletRequest request) {
		String site = request.getHeader("Sec-Fetch-Site");
		if (site != null) {
			return "same-origin".equals(site);
		}
		String origin = request.getHeader(HttpHeaders.ORIGIN);
		if (origin == null) {
			return false;
		}
		int port = request.getServerPort();
		String scheme = request.getScheme();
		boolean defaultPort = ("http".equals(scheme) && port == 80) || ("https".equals(scheme) && port == 443);
		String own = scheme + "://" + request.getServerName() + (defaultPort ? "" : ":" + port);
		return own.equalsIgnoreCase(origin);
	}

	/**
	 * Invalidates the request's session and expires every cookie it brought but the
	 * device credential.
	 */
	private static void forgetVisit(HttpServletRequest request, ResponseEntity.HeadersBuilder<?> response) {
		HttpSession session = request.getSession(false);
		if (session != null) {
			session.invalidate();
		}
		Cookie[] cookies = request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (!DeviceService.CREDENTIAL_COOKIE.equals(cookie.getName())) {
					response.header(HttpHeaders.SET_COOKIE,
							ResponseCookie.from(cookie.getName(), "")
								.path(request.getContextPath().isEmpty() ? "/" : request.getContextPath())
								.maxAge(0)
								.build()
								.toString());
				}
			}
		}
	}

	/** The welcome screen in the device's language. */
	static final class WelcomePage {

		private WelcomePage() {
		}

		static String render(Device device, boolean ended) {
			Locale locale = device.language().locale();
			String lang = Texts.supported(locale).getLanguage();
			StringBuilder offers = new StringBuilder();
			for (DeviceFeature feature : DeviceFeature.values()) {
				if (device.features().contains(feature)) {
					offers.append("<li><a class=\"kiosk-offer\" href=\"")
						.append(feature.path())
						.append("?sprache=")
						.append(lang)
						.append("\"><span class=\"kiosk-offer-title\">")
						.append(text(feature.titleKey(), locale))
						.append("</span><span class=\"kiosk-offer-text\">")
						.append(text(feature.descriptionKey(), locale))
						.append("</span></a></li>");
				}
			}
			String status = ended ? "<p class=\"kiosk-ended\" role=\"status\">" + text("kiosk.ended", locale) + "</p>"
					: "<p class=\"kiosk-ended\" role=\"status\"></p>";
			return """
					<!DOCTYPE html>
					<html lang="%1$s" data-text-size="100" data-contrast="normal" data-motion="normal">
					<head>
					<meta charset="utf-8">
					<meta name="viewport" content="width=device-width, initial-scale=1">
					<meta name="color-scheme" content="light">
					<title>%2$s – Norderstedt GO!</title>
					<link rel="stylesheet" href="styles/go.css">
					<script src="scripts/read-aloud.js" defer></script>
					<script src="scripts/kiosk-welcome.js" defer></script>
					<script src="scripts/kiosk-heartbeat.js" defer></script>
					</head>
					<body>
					<main id="main" class="kiosk kiosk-welcome" data-lang="%1$s">
					<h1>%3$s</h1>
					<p>%4$s</p>
					%5$s
					<a class="kiosk-begin" href="kiosk/start?sprache=%1$s">%6$s</a>
					<section aria-labelledby="kiosk-language-heading">
					<h2 id="kiosk-language-heading">%7$s</h2>
					<div class="kiosk-languages">
					<a lang="de" hreflang="de" href="kiosk/start?sprache=de">Deutsch</a>
					<a lang="en" hreflang="en" href="kiosk/start?sprache=en">English</a>
					</div>
					</section>
					<section aria-labelledby="kiosk-offers-heading">
					<h2 id="kiosk-offers-heading">%8$s</h2>
					<ul class="kiosk-offers">%9$s</ul>
					</section>
					<button type="button" class="kiosk-read-aloud read-aloud-skip" data-stop="%11$s">%10$s</button>
					</main>
					</body>
					</html>
					""".formatted(lang, text("kiosk.start.title", locale), text("kiosk.start.welcome", locale),
					text("kiosk.start.intro", locale), status, text("kiosk.start.begin", locale),
					text("kiosk.start.language", locale), text("kiosk.offers.heading", locale), offers,
					text("read-aloud.read", locale), text("read-aloud.stop", locale));
		}

		private static String text(String key, Locale locale) {
			return HtmlUtils.htmlEscape(Texts.get(key, locale));
		}

	}

}
