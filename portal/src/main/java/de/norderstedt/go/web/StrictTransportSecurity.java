package de.norderstedt.go.web;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * HSTS on every response to an https request (directly, or as the trusted proxy reports
 * it), before anything else writes: the browser then asks for this portal over https
 * only, for a year. Plain http (the embedded default, an untrusted proxy) gets none.
 * Spring Security's own HSTS header does not reach the pages Vaadin serves, so it is
 * written here, at the very start.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class StrictTransportSecurity extends OncePerRequestFilter {

	static final String HEADER = "Strict-Transport-Security";

	static final String VALUE = "max-age=31536000; includeSubDomains";

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (request.isSecure()) {
			response.setHeader(HEADER, VALUE);
		}
		chain.doFilter(request, response);
	}

}
