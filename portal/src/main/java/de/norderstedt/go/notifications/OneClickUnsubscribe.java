package de.norderstedt.go.notifications;

import de.norderstedt.go.ratelimit.RateLimited;
import de.norderstedt.go.ratelimit.RateLimits;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerResponse;

/**
 * The one-click unsubscribe of RFC 8058: mail programs POST to the address in
 * {@code List-Unsubscribe}, without a session or a CSRF token, and all e-mail to the
 * address stops. A GET of the same address (a person opening the link, or a link scanner)
 * is left to the page that asks first. A functional route, because it matches POST only
 * and lets every other request of the path through to that page. Counted as a code lookup
 * ({@code go.rate-limits.code-lookups}): over the limit, 429 with {@code Retry-After}.
 */
@Configuration(proxyBeanMethods = false)
class OneClickUnsubscribe {

	@Bean
	RouterFunction<ServerResponse> oneClickUnsubscribeRoute(EmailAddresses addresses, RateLimits rateLimits) {
		return RouterFunctions.route().POST(EmailAddresses.UNSUBSCRIBE_PATH + "{token}", request -> {
			try {
				// a token lookup like any other code lookup
				rateLimits.checkLookup(request.pathVariable("token"));
			}
			catch (RateLimited refusal) {
				return ServerResponse.status(HttpStatus.TOO_MANY_REQUESTS)
					.header(HttpHeaders.RETRY_AFTER, Long.toString(refusal.retryAfterSeconds()))
					.header(HttpHeaders.CACHE_CONTROL, "no-store")
					.contentType(MediaType.TEXT_PLAIN)
					.body("Too many tries. Retry after " + refusal.retryAfterSeconds() + " seconds.\n");
			}
			boolean done = addresses.unsubscribe(request.pathVariable("token"));
			return ServerResponse.status(done ? HttpStatus.OK : HttpStatus.NOT_FOUND)
				.header(HttpHeaders.CACHE_CONTROL, "no-store")
				.contentType(MediaType.TEXT_PLAIN)
				.body(done ? "Unsubscribed.\n" : "Unknown link.\n");
		}).build();
	}

}
