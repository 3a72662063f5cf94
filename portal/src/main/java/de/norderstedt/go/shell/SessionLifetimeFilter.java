package de.norderstedt.go.shell;

import java.io.IOException;
import java.time.Clock;
import java.time.Duration;

import de.norderstedt.go.accounts.SessionProperties;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpMethod;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a session older than {@code go.sessions.absolute-lifetime} at its next request,
 * however active it was (push and heartbeats keep a page busy for ever; the idle timeout
 * never strikes then). A person who was signed in then sees the sign-in page, which says
 * why.
 * <p>
 * A page load is sent to the sign-in page at once. A request of an open page (Vaadin's
 * own requests) finds its session gone; Vaadin's client loads the page again, and that
 * page load finds the mark this filter left in the new session and goes to the sign-in
 * page too. Runs before Spring Security's filters, so the old sign-in is never read.
 */
@Component
@Order(-200)
class SessionLifetimeFilter extends OncePerRequestFilter {

	/** The path of the sign-in page, with the query that makes it say why. */
	static final String SIGN_IN_AFTER_LIFETIME = "/anmelden?abgelaufen";

	/** Marks a session that replaced one ended here, until the next page load. */
	static final String ENDED = SessionLifetimeFilter.class.getName() + ".ENDED";

	/** Where Spring Security keeps a session's sign-in. */
	private static final String SIGN_IN = HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY;

	private final Duration lifetime;

	private final Clock clock;

	@Autowired
	SessionLifetimeFilter(SessionProperties properties) {
		// the servlet container's clock, which dated the session; not the application's
		// clock, which tests move
		this(properties, Clock.systemUTC());
	}

	SessionLifetimeFilter(SessionProperties properties, Clock clock) {
		this.lifetime = properties.absoluteLifetime();
		this.clock = clock;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null) {
			if (tooOld(session)) {
				boolean signedIn = session.getAttribute(SIGN_IN) != null;
				session.invalidate();
				// an anonymous visit (a kiosk, a locker terminal) just starts afresh
				session = request.getSession(signedIn);
				if (session != null) {
					session.setAttribute(ENDED, Boolean.TRUE);
				}
			}
			if (session != null && session.getAttribute(ENDED) != null && isPageLoad(request)) {
				session.removeAttribute(ENDED);
				response.sendRedirect(request.getContextPath() + SIGN_IN_AFTER_LIFETIME);
				return;
			}
		}
		chain.doFilter(request, response);
	}

	private boolean tooOld(HttpSession session) {
		try {
			return this.clock.millis() - session.getCreationTime() > this.lifetime.toMillis();
		}
		catch (IllegalStateException ex) {
			// invalidated by another request meanwhile
			return false;
		}
	}

	/**
	 * A person's page load: a GET for an HTML document that is not one of Vaadin's own
	 * requests (they carry {@code v-r}) and not the sign-in page itself.
	 */
	static boolean isPageLoad(HttpServletRequest request) {
		if (!HttpMethod.GET.matches(request.getMethod()) || request.getParameter("v-r") != null) {
			return false;
		}
		String path = request.getRequestURI().substring(request.getContextPath().length());
		if (path.startsWith("/VAADIN/") || path.equals("/anmelden")) {
			return false;
		}
		String accept = request.getHeader(HttpHeaders.ACCEPT);
		return accept != null && accept.contains("text/html");
	}

}
