package de.norderstedt.go.shell.ui;

import java.util.Set;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.ui.CurrentPreferences;
import de.norderstedt.go.app.AppManifestController;
import de.norderstedt.go.devices.DeviceService;
import jakarta.servlet.http.Cookie;
import org.jspecify.annotations.Nullable;
import org.jsoup.nodes.Element;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/**
 * What makes a portal page installable, in its head: the manifest in the person's
 * language, the title bar's colour and the icons. Kiosk screens get none of it (no
 * manifest, so no browser offers to install anything there), and neither does any page on
 * a browser enrolled as a kiosk device.
 */
@Component
class AppHead implements VaadinServiceInitListener {

	static final String LANGUAGE_PARAMETER = "sprache";

	private static final Set<String> LANGUAGES = Set.of("de", "en");

	private final CurrentPreferences preferences;

	AppHead(CurrentPreferences preferences) {
		this.preferences = preferences;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(response -> {
			VaadinRequest request = response.getVaadinRequest();
			if (isKioskPage(request) || onKioskDevice(request)) {
				return;
			}
			Element head = response.getDocument().head();
			String context = request.getContextPath();
			head.appendElement("link")
				.attr("rel", "manifest")
				.attr("href", context + AppManifestController.PATH + "?sprache=" + language(request));
			head.appendElement("meta").attr("name", "theme-color").attr("content", AppManifestController.THEME_COLOR);
			head.appendElement("link")
				.attr("rel", "icon")
				.attr("type", "image/svg+xml")
				.attr("href", context + "/app/icons/icon.svg");
			head.appendElement("link")
				.attr("rel", "icon")
				.attr("type", "image/png")
				.attr("sizes", "48x48")
				.attr("href", context + "/app/icons/icon-48.png");
			head.appendElement("link")
				.attr("rel", "apple-touch-icon")
				.attr("href", context + "/app/icons/apple-touch-icon.png");
		});
	}

	/** Kiosk screens, and the device enrollment that leads to them. */
	static boolean isKioskPage(VaadinRequest request) {
		String path = request.getPathInfo();
		if (path == null) {
			String uri = request instanceof com.vaadin.flow.server.VaadinServletRequest servlet
					? servlet.getRequestURI().substring(request.getContextPath().length()) : "";
			path = uri;
		}
		return path.equals("/kiosk") || path.startsWith("/kiosk/") || path.startsWith("/geraete/");
	}

	/**
	 * Whether the request comes from a browser enrolled as a kiosk device (it carries the
	 * device credential, valid or not): no app there.
	 */
	static boolean onKioskDevice(@Nullable VaadinRequest request) {
		Cookie[] cookies = request == null ? null : request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (DeviceService.CREDENTIAL_COOKIE.equals(cookie.getName())) {
					return true;
				}
			}
		}
		return false;
	}

	private String language(VaadinRequest request) {
		String chosen = request.getParameter(LANGUAGE_PARAMETER);
		if (chosen != null && LANGUAGES.contains(chosen)) {
			return chosen;
		}
		Language language = this.preferences.get().language();
		return language.code();
	}

}
