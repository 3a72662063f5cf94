package de.norderstedt.go.shell;

import java.io.IOException;

import de.norderstedt.go.accounts.AccountService;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;
import org.springframework.core.annotation.Order;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a sign-in whose account was disabled or got other roles, at the next page load:
 * the session goes and the same address is asked for again, now without a sign-in (so a
 * protected page leads to the sign-in form). It runs inside Spring Security's filters
 * (just after them in order), where the sign-in of the request is known, and before
 * Vaadin builds a page, which cannot end a session once its answer has begun. Within the
 * app, {@code SignedInCheck} does the same at every navigation.
 */
@Component
@Order(-99)
class StaleSignInFilter extends OncePerRequestFilter {

	private final AccountService accounts;

	StaleSignInFilter(AccountService accounts) {
		this.accounts = accounts;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		HttpSession session = request.getSession(false);
		if (session != null && SessionLifetimeFilter.isPageLoad(request) && !this.accounts.sessionStillValid()) {
			session.invalidate();
			SecurityContextHolder.clearContext();
			String query = request.getQueryString();
			response.sendRedirect(request.getRequestURI() + (query == null ? "" : "?" + query));
			return;
		}
		chain.doFilter(request, response);
	}

}
