package de.norderstedt.go.web;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to the portal, for QR codes and links that leave the screen (a phone
 * scanning a kiosk, a link sent to a device, e-mails). {@code go.public-url}
 * ({@code GO_PUBLIC_URL}) fixes the address; it is required outside the embedded default
 * (with {@code spring.datasource.url}), where the start fails without it. Only the
 * embedded default falls back to the address of the current request (its scheme as the
 * trusted proxy reported it) or {@code http://localhost:8080}.
 */
@Component
public class PublicUrl {

	private final String configured;

	PublicUrl(@Value("${go.public-url:}") String configured, Environment environment) {
		this.configured = configured.strip().replaceAll("/+$", "");
		String databaseUrl = environment.getProperty("spring.datasource.url");
		boolean embedded = databaseUrl == null || databaseUrl.isBlank();
		if (this.configured.isEmpty() && !embedded) {
			throw new IllegalStateException("GO_PUBLIC_URL (go.public-url) is not set. Outside the embedded default "
					+ "the portal needs its public address for the links in e-mails, QR codes and one-time links, "
					+ "e.g. GO_PUBLIC_URL=https://go.norderstedt.de");
		}
		if (!this.configured.isEmpty()) {
			check(this.configured);
		}
	}

	/** The absolute address of a path of the portal ({@code path} starts with '/'). */
	public String of(String path) {
		if (!this.configured.isEmpty()) {
			return this.configured + path;
		}
		if (RequestContextHolder.getRequestAttributes() == null) {
			return "http://localhost:8080" + path;
		}
		return ServletUriComponentsBuilder.fromCurrentContextPath().path(path).build().toUriString();
	}

	private static void check(String url) {
		URI uri;
		try {
			uri = new URI(url);
		}
		catch (URISyntaxException ex) {
			throw new IllegalStateException("GO_PUBLIC_URL (go.public-url) is no address: " + url, ex);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		if (!(scheme.equals("https") || scheme.equals("http")) || uri.getHost() == null || uri.getRawQuery() != null
				|| uri.getRawFragment() != null) {
			throw new IllegalStateException("GO_PUBLIC_URL (go.public-url) must be an http(s) address "
					+ "without query, e.g. https://go.norderstedt.de, not: " + url);
		}
	}

}
