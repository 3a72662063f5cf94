package de.norderstedt.go.ratelimit;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

/**
 * The client address a limit counts by: the one the servlet container reports for the
 * request being handled (what a trusted proxy forwarded, once forwarded headers are
 * configured). Vaadin's requests from the browser (its XHR requests, also with push) are
 * servlet requests too. An IPv4 address counts as itself; an IPv6 address by its /64
 * prefix, which one connection usually owns whole (so rotating addresses inside it gains
 * nothing).
 */
final class ClientAddresses {

	private ClientAddresses() {
	}

	/** The current request's client address, as the bytes that are hashed. */
	static Optional<byte[]> current() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes attributes) {
			HttpServletRequest request = attributes.getRequest();
			return Optional.of(of(request.getRemoteAddr()));
		}
		return Optional.empty();
	}

	static byte[] of(@Nullable String remoteAddress) {
		String address = remoteAddress == null ? "" : remoteAddress.strip();
		// only literal addresses are parsed, so that no name is ever looked up
		if (!address.isEmpty() && address.length() <= 64 && address.matches("[0-9a-fA-F:.%\\[\\]]+")) {
			try {
				byte[] bytes = InetAddress.getByName(address.replaceAll("%.*$", "")).getAddress();
				return bytes.length == 4 ? bytes : Arrays.copyOf(bytes, 8);
			}
			catch (UnknownHostException ex) {
				// not an address after all: falls through
			}
		}
		return ("other:" + address).getBytes(StandardCharsets.UTF_8);
	}

}
