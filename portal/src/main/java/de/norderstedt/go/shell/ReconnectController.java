package de.norderstedt.go.shell;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.CacheControl;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * Where a page goes whose session is gone: its portal instance died (the load balancer
 * sent the next request to another one, which has no session for it) or the session
 * ended. Vaadin's client comes here instead of reloading (the session-expired URL of the
 * shell's system messages); this sends the person back to the page they were on, with the
 * marker {@value #MARKER} that makes the page say what happened. A kiosk goes back to its
 * start screen. Only the path of the page is kept, from the browser's {@code Referer}
 * (same origin only, by the portal's referrer policy), never its query: nothing personal
 * travels, and the target is always a path of this portal.
 */
@RestController
public class ReconnectController {

	/** Where Vaadin's client goes when its session is gone. */
	public static final String PATH = "/neu-verbunden";

	/** The query parameter that makes a page say that the connection was rebuilt. */
	public static final String MARKER = "neu-verbunden";

	/**
	 * The session attribute that says the session began with a reconnect: a page that
	 * needs a sign-in shows the sign-in page instead, and the marker does not reach it
	 * (the sign-in page is reached by a redirect or a reroute of its own), so it learns
	 * it from here. Read once.
	 */
	public static final String SESSION_ATTRIBUTE = ReconnectController.class.getName() + ".reconnected";

	/** A path of ours: letters, digits and the usual path characters, no "//". */
	private static final Pattern PAGE = Pattern.compile("(/[A-Za-z0-9._~%!$&'()*+,;=:@-]*)+");

	@GetMapping(PATH)
	ResponseEntity<Void> reconnected(HttpServletRequest request) {
		String context = request.getContextPath();
		String page = target(request.getHeader(HttpHeaders.REFERER), context);
		request.getSession().setAttribute(SESSION_ATTRIBUTE, Boolean.TRUE);
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.LOCATION, context + page + "?" + MARKER)
			.cacheControl(CacheControl.noStore())
			.build();
	}

	/**
	 * The page (a path below the context, without it) to go back to: the referring page
	 * of this portal, a kiosk's start screen for a kiosk page, the home page otherwise.
	 */
	static String target(@Nullable String referer, String context) {
		String path = pathOf(referer);
		if (path == null || !path.startsWith(context + "/")) {
			return "/";
		}
		String page = path.substring(context.length());
		if (!PAGE.matcher(page).matches() || page.contains("//") || page.equals(PATH)) {
			return "/";
		}
		if (page.equals("/kiosk/locker") || page.startsWith("/kiosk/locker/")) {
			// a locker terminal starts again on its own start screen
			return "/kiosk/locker";
		}
		if (page.equals("/kiosk") || page.startsWith("/kiosk/")) {
			return "/kiosk/start";
		}
		return page;
	}

	private static @Nullable String pathOf(@Nullable String referer) {
		if (referer == null || referer.isBlank()) {
			return null;
		}
		try {
			return new URI(referer.strip()).getRawPath();
		}
		catch (URISyntaxException ex) {
			return null;
		}
	}

}
