package de.norderstedt.go.shell;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.DispatcherType;
import jakarta.servlet.FilterChain;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.http.server.PathContainer;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.pattern.PathPattern;
import org.springframework.web.util.pattern.PathPatternParser;

/**
 * The headers that tell the browser what a page of ours may do: the Content Security
 * Policy, the Permissions Policy (the camera only on the pages that scan), and the
 * cross-origin isolation of our windows.
 * <p>
 * Vaadin needs {@code 'unsafe-inline'} (its bootstrap page starts the client engine with
 * an inline script, and its components set inline styles) and {@code 'unsafe-eval'} (the
 * engine turns the JavaScript the server sends, {@code executeJs} and event data, into
 * functions). Everything else is locked to our own origin: no script, style, image,
 * connection or frame from anywhere else, no plugins, no foreign {@code <base>} or form
 * target, and no other site may frame our pages. Violations are reported to
 * {@value #REPORT_PATH}.
 * <p>
 * A servlet filter rather than one of Spring Security's header writers: a page that is
 * not found or refused is answered by an error dispatch of the container, which Spring
 * Security's filters do not see again (its answer came without any of their headers).
 * This filter writes its headers, and the frame, type and referrer headers Spring
 * Security writes on other answers, on every dispatch, before the answer is written.
 */
public final class SecurityHeaders extends OncePerRequestFilter {

	/** Where browsers send Content Security Policy violation reports. */
	public static final String REPORT_PATH = "/csp-verstoss";

	/**
	 * The pages that may use the camera for their QR scanner: the kiosk screens (the
	 * profile card scan and the locker terminal; a kiosk is the city's own device, and
	 * its screens are reached inside the app from its start screen), the trainer's
	 * check-in on a course date and the tutorial steps (a scan practice). A portal page
	 * reached inside the app from a page without the camera loads itself again to get it
	 * (qr-scanner.js).
	 */
	static final List<String> CAMERA_PAGES = List.of("/kiosk/**", "/trainer/termin/*", "/lernen/*", "/lernen/*/*");

	private static final List<PathPattern> CAMERA_PATTERNS = CAMERA_PAGES.stream()
		.map(PathPatternParser.defaultInstance::parse)
		.toList();

	private static final String POLICY = String.join("; ", "default-src 'self'",
			"script-src 'self' 'unsafe-inline' 'unsafe-eval'", "style-src 'self' 'unsafe-inline'",
			"img-src 'self' data: blob:", "font-src 'self' data:", "media-src 'self' data: blob:", "connect-src 'self'",
			"worker-src 'self'", "manifest-src 'self'", "frame-src 'self'", "object-src 'none'", "base-uri 'self'",
			"form-action 'self'", "frame-ancestors 'none'");

	private static final String PERMISSIONS = "accelerometer=(), autoplay=(self), display-capture=(), geolocation=(), "
			+ "gyroscope=(), magnetometer=(), microphone=(), midi=(), payment=(), usb=(), serial=(), hid=(), "
			+ "camera=";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		response.setHeader("Content-Security-Policy",
				POLICY + "; report-uri " + request.getContextPath() + REPORT_PATH);
		response.setHeader("Permissions-Policy", PERMISSIONS + (allowsCamera(request) ? "(self)" : "()"));
		response.setHeader("Cross-Origin-Opener-Policy", "same-origin");
		response.setHeader("X-Permitted-Cross-Domain-Policies", "none");
		response.setHeader("X-Content-Type-Options", "nosniff");
		response.setHeader("X-Frame-Options", "DENY");
		response.setHeader("Referrer-Policy", "same-origin");
		chain.doFilter(request, response);
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** Whether the page at this request's path may use the camera. */
	static boolean allowsCamera(HttpServletRequest request) {
		// an error dispatch: the page that was asked for
		Object original = request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI);
		String uri = original instanceof String asked ? asked : request.getRequestURI();
		String path = uri.substring(Math.min(uri.length(), request.getContextPath().length()));
		PathContainer container = PathContainer.parsePath(path.isEmpty() ? "/" : path);
		return CAMERA_PATTERNS.stream().anyMatch(pattern -> pattern.matches(container));
	}

	/** Puts the headers before everything else, on requests and error dispatches. */
	@Configuration(proxyBeanMethods = false)
	static class Registration {

		@Bean
		FilterRegistrationBean<SecurityHeaders> securityHeaders() {
			FilterRegistrationBean<SecurityHeaders> registration = new FilterRegistrationBean<>(new SecurityHeaders());
			registration.setDispatcherTypes(DispatcherType.REQUEST, DispatcherType.ERROR, DispatcherType.ASYNC);
			registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
			return registration;
		}

	}

}
