package de.norderstedt.go.web;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.servlet.support.ServletUriComponentsBuilder;

/**
 * Absolute links to the portal, for QR codes and links that leave the screen (a phone
 * scanning a kiosk, a link sent to a device). {@code go.public-url} fixes the address
 * behind a reverse proxy; without it the address of the current request is used.
 */
@Component
public class PublicUrl {

	private final String configured;

	PublicUrl(@Value("${go.public-url:}") String configured) {
		this.configured = configured.strip().replaceAll("/+$", "");
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

}
