package de.norderstedt.go.notifications;

import java.net.Inet4Address;
import java.net.Inet6Address;
import java.net.InetAddress;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.UnknownHostException;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.core.env.Environment;
import org.springframework.stereotype.Component;

/**
 * Which push endpoints the server posts to, so that nobody can make it post into its own
 * network. A browser's endpoint must be {@code https} on one of the known push services
 * ({@code go.notifications.push.allowed-hosts}: the browsers' own, by default). Where the
 * list is configured otherwise ({@code *} admits any host), the host name is resolved and
 * refused when any of its addresses is of this machine or a private network. The same
 * check runs for every send, as the address the connection then uses (see
 * {@link #resolve}): a name that resolved to a public address when the browser subscribed
 * and to a private one later is refused then, and no second lookup can change the address
 * between the check and the connection. Addresses of this machine are admitted only for
 * tests and the local fake push service ({@code allow-local-endpoints}, and the embedded
 * default).
 */
@Component
class PushEndpoints {

	static final String ERROR = "notifications.push.error.endpoint";

	private static final int MAX_ENDPOINT = 2000;

	/** Looks a host name up; the system's resolver outside tests. */
	@FunctionalInterface
	interface Lookup {

		InetAddress[] lookup(String host) throws UnknownHostException;

	}

	/** A host name that resolves to an address the server must not post to. */
	static final class NonPublicAddress extends UnknownHostException {

		NonPublicAddress(String host) {
			super("push endpoint " + host + " resolves to a non-public address");
		}

	}

	private final List<String> allowedHosts;

	private final boolean allowLocal;

	private final Lookup lookup;

	@Autowired
	PushEndpoints(PushProperties properties, Environment environment) {
		// the embedded default runs on one machine, with the fake push service if any
		this(properties.allowedHosts(), properties.allowLocalEndpoints() || embedded(environment),
				InetAddress::getAllByName);
	}

	PushEndpoints(List<String> allowedHosts, boolean allowLocal, Lookup lookup) {
		this.allowedHosts = allowedHosts.stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
		this.allowLocal = allowLocal;
		this.lookup = lookup;
	}

	/** Whether endpoints on this machine are admitted (tests, the embedded default). */
	boolean allowsLocal() {
		return this.allowLocal;
	}

	/**
	 * The endpoint, when the server may post to it.
	 * @throws Refusal when it is no https address of a known push service (or, where any
	 * host is admitted, when its name resolves to an address of this machine or a private
	 * network)
	 */
	String check(@Nullable String endpoint) {
		String text = endpoint == null ? "" : endpoint.strip();
		if (text.isEmpty() || text.length() > MAX_ENDPOINT) {
			throw new Refusal(ERROR);
		}
		URI uri;
		try {
			uri = new URI(text);
		}
		catch (URISyntaxException ex) {
			throw new Refusal(ERROR);
		}
		String scheme = uri.getScheme() == null ? "" : uri.getScheme().toLowerCase(Locale.ROOT);
		String host = uri.getHost();
		if (host == null || uri.getRawUserInfo() != null || uri.getRawFragment() != null
				|| !(scheme.equals("https") || scheme.equals("http"))) {
			throw new Refusal(ERROR);
		}
		if (isLocalName(host)) {
			if (!this.allowLocal) {
				throw new Refusal(ERROR);
			}
			return text;
		}
		if (!scheme.equals("https")) {
			throw new Refusal(ERROR);
		}
		if (isLiteral(host) && !this.allowedHosts.contains("*")) {
			// push services are reached by name
			throw new Refusal(ERROR);
		}
		if (!allowedHost(host)) {
			throw new Refusal(ERROR);
		}
		if (!listed(host)) {
			// admitted as any host: its addresses must be public now (and at every send)
			try {
				resolve(unbracketed(host));
			}
			catch (UnknownHostException ex) {
				throw new Refusal(ERROR);
			}
		}
		return text;
	}

	/** Whether the host is one of the known push services (or any host is admitted). */
	boolean allowedHost(String host) {
		return this.allowedHosts.contains("*") || listed(host);
	}

	/** Whether the host is named in the list (itself, or under a {@code *.domain}). */
	private boolean listed(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		for (String allowed : this.allowedHosts) {
			if (allowed.equals(name) || (allowed.startsWith("*.") && name.endsWith(allowed.substring(1)))) {
				return true;
			}
		}
		return false;
	}

	/**
	 * The addresses of the host, all public, for the one connection that uses them.
	 * @throws UnknownHostException when the name does not resolve or any of its addresses
	 * is of this machine or a private network (and that is not admitted)
	 */
	InetAddress[] resolve(String host) throws UnknownHostException {
		InetAddress[] addresses = this.lookup.lookup(host);
		if (addresses.length == 0) {
			throw new UnknownHostException(host);
		}
		if (!this.allowLocal) {
			for (InetAddress address : addresses) {
				if (!isPublic(address)) {
					throw new NonPublicAddress(host);
				}
			}
		}
		return addresses;
	}

	/**
	 * Not this machine, not a private, link-local, shared (carrier NAT), multicast or
	 * reserved network.
	 */
	static boolean isPublic(InetAddress address) {
		if (address.isLoopbackAddress() || address.isAnyLocalAddress() || address.isSiteLocalAddress()
				|| address.isLinkLocalAddress() || address.isMulticastAddress()) {
			return false;
		}
		byte[] b = address.getAddress();
		if (address instanceof Inet4Address) {
			int first = b[0] & 0xFF;
			int second = b[1] & 0xFF;
			return !(first == 0 || first >= 240 || (first == 100 && second >= 64 && second < 128)
					|| (first == 192 && second == 0 && (b[2] & 0xFF) == 0) || (first == 198 && (second & 0xFE) == 18));
		}
		if (address instanceof Inet6Address) {
			int first = b[0] & 0xFF;
			// unique local fc00::/7, and IPv4 inside IPv6 (mapped ::ffff:0:0/96, NAT64
			// 64:ff9b::/96) judged by the IPv4 address
			if ((first & 0xFE) == 0xFC) {
				return false;
			}
			boolean mapped = true;
			for (int i = 0; i < 10; i++) {
				mapped &= b[i] == 0;
			}
			mapped &= (b[10] & 0xFF) == 0xFF && (b[11] & 0xFF) == 0xFF;
			boolean nat64 = (b[0] & 0xFF) == 0x00 && (b[1] & 0xFF) == 0x64 && (b[2] & 0xFF) == 0xFF
					&& (b[3] & 0xFF) == 0x9B;
			if (mapped || nat64) {
				try {
					return isPublic(InetAddress.getByAddress(new byte[] { b[12], b[13], b[14], b[15] }));
				}
				catch (UnknownHostException ex) {
					return false;
				}
			}
		}
		return true;
	}

	private static boolean isLocalName(String host) {
		String name = host.toLowerCase(Locale.ROOT);
		return name.equals("localhost") || name.endsWith(".localhost") || name.equals("127.0.0.1")
				|| name.equals("[::1]");
	}

	private static boolean isLiteral(String host) {
		return host.startsWith("[") || host.chars().allMatch(c -> Character.isDigit(c) || c == '.');
	}

	private static String unbracketed(String host) {
		return host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
	}

	private static boolean embedded(Environment environment) {
		String databaseUrl = environment.getProperty("spring.datasource.url");
		return databaseUrl == null || databaseUrl.isBlank();
	}

}
