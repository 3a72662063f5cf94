package de.norderstedt.go.kiosk.agent;

import java.io.IOException;
import java.io.Reader;
import java.net.InetAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.PublicKey;
import java.time.Duration;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.norderstedt.go.kiosk.codes.AccessCodes;
import de.norderstedt.go.kiosk.codes.CodeKeys;
import org.jspecify.annotations.Nullable;

/**
 * The locker agent's configuration.
 *
 * @param portal the portal's base address: https or wss (http or ws only to this machine,
 * e.g. {@code http://127.0.0.1:8080}); the agent connects to {@code geraete/verbindung}
 * below it
 * @param credential the device credential, sent as a bearer token
 * @param stationId the locker station this agent serves
 * @param publicKeys the Ed25519 public keys, by key id, that check access codes offline
 * (several during a key rotation)
 * @param compartments the wiring of each compartment
 * @param pulse how long a relay stays on
 * @param heartbeat the interval between heartbeats
 * @param minBackoff the first reconnect delay
 * @param maxBackoff the longest reconnect delay
 * @param stateDir where the journal and the used codes are kept across restarts
 * @param mock true for Pi4J's mock platform instead of the board's GPIO
 */
public record AgentConfig(URI portal, String credential, long stationId, CodeKeys publicKeys,
		List<CompartmentWiring> compartments, Duration pulse, Duration heartbeat, Duration minBackoff,
		Duration maxBackoff, Path stateDir, boolean mock) {

	private static final Pattern COMPARTMENT_KEY = Pattern.compile("compartment\\.(\\d+)\\.relayPin");

	private static final Pattern PUBLIC_KEY = Pattern.compile("publicKey\\.(.*)");

	private static final Pattern SHORT_DURATION = Pattern.compile("(\\d+)\\s*(ms|s|m|h)");

	/** Validates the values. */
	public AgentConfig {
		Objects.requireNonNull(portal, "portal");
		Objects.requireNonNull(credential, "credential");
		Objects.requireNonNull(publicKeys, "publicKeys");
		Objects.requireNonNull(stateDir, "stateDir");
		requireEncrypted(portal);
		compartments = List.copyOf(compartments);
		if (compartments.isEmpty()) {
			throw new IllegalArgumentException("At least one compartment must be wired");
		}
		requirePositive(pulse, "pulse");
		requirePositive(heartbeat, "heartbeat");
		requirePositive(minBackoff, "minBackoff");
		requirePositive(maxBackoff, "maxBackoff");
		if (maxBackoff.compareTo(minBackoff) < 0) {
			throw new IllegalArgumentException("maxBackoff is shorter than minBackoff");
		}
	}

	/**
	 * The WebSocket address the agent dials.
	 * @return ws(s)://host[:port]/[base/]geraete/verbindung
	 */
	public URI endpoint() {
		String scheme = switch (this.portal.getScheme().toLowerCase(Locale.ROOT)) {
			case "http", "ws" -> "ws";
			case "https", "wss" -> "wss";
			default -> throw new IllegalArgumentException("portal must be http(s) or ws(s): " + this.portal);
		};
		String path = Objects.requireNonNullElse(this.portal.getRawPath(), "");
		if (!path.endsWith("/")) {
			path = path + "/";
		}
		return URI.create(scheme + "://" + this.portal.getRawAuthority() + path + "geraete/verbindung");
	}

	/**
	 * Reads a .properties file; the keys are documented in kiosk/README.md and
	 * kiosk/agent.example.properties.
	 * @param file the file
	 * @return the configuration
	 * @throws IllegalArgumentException naming the key if a value is missing or wrong
	 * @throws java.io.UncheckedIOException if the file cannot be read
	 */
	public static AgentConfig load(Path file) {
		Properties properties = new Properties();
		try (Reader reader = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
			properties.load(reader);
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException("Cannot read " + file, ex);
		}
		// a file that could be read has a parent folder
		Path base = Objects.requireNonNull(file.toAbsolutePath().getParent());
		String credential = properties.getProperty("credential");
		String credentialFile = properties.getProperty("credentialFile");
		if ((credential == null || credential.isBlank()) && credentialFile != null) {
			try {
				// kept in its own file so the credential can be readable by the agent's
				// user only
				credential = Files.readString(base.resolve(credentialFile.strip()), StandardCharsets.UTF_8).strip();
			}
			catch (IOException ex) {
				throw new java.io.UncheckedIOException("Cannot read credentialFile " + credentialFile, ex);
			}
		}
		if (credential == null || credential.isBlank()) {
			throw new IllegalArgumentException("credential or credentialFile is missing in " + file);
		}
		return new AgentConfig(URI.create(required(properties, "portal")), credential.strip(),
				Long.parseLong(required(properties, "stationId")), publicKeys(properties), compartments(properties),
				duration(properties, "pulse", Duration.ofMillis(500)),
				duration(properties, "heartbeat", Duration.ofSeconds(20)),
				duration(properties, "minBackoff", Duration.ofSeconds(1)),
				duration(properties, "maxBackoff", Duration.ofSeconds(30)),
				base.resolve(properties.getProperty("stateDir", "state").strip()),
				Boolean.parseBoolean(properties.getProperty("mock", "false").strip()));
	}

	/**
	 * {@code publicKey.<id>} for each key by its id; a bare {@code publicKey} (files made
	 * before key ids) counts under the id derived from it. {@code legacyKeyId} names the
	 * key that checks codes of the first format; without it, the bare key does.
	 */
	private static CodeKeys publicKeys(Properties properties) {
		Map<String, PublicKey> keys = new TreeMap<>();
		@Nullable String legacyId = null;
		String bare = properties.getProperty("publicKey");
		if (bare != null && !bare.isBlank()) {
			PublicKey key = AccessCodes.publicKey(bare);
			legacyId = AccessCodes.keyId(key);
			keys.put(legacyId, key);
		}
		for (String name : properties.stringPropertyNames()) {
			Matcher matcher = PUBLIC_KEY.matcher(name);
			if (matcher.matches()) {
				String id = matcher.group(1);
				if (!AccessCodes.isKeyId(id)) {
					throw new IllegalArgumentException(
							name + ": the key id after 'publicKey.' must be 8 lower-case hexadecimal digits");
				}
				try {
					keys.put(id, AccessCodes.publicKey(required(properties, name)));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalArgumentException(name + " is not a base64 X.509 Ed25519 public key", ex);
				}
			}
		}
		if (keys.isEmpty()) {
			throw new IllegalArgumentException("Missing configuration key: publicKey.<key id>");
		}
		String legacy = properties.getProperty("legacyKeyId");
		if (legacy != null && !legacy.isBlank()) {
			legacyId = legacy.strip();
			if (!keys.containsKey(legacyId)) {
				throw new IllegalArgumentException("legacyKeyId " + legacyId + " names no publicKey.<key id>");
			}
		}
		return new CodeKeys(keys, legacyId);
	}

	private static List<CompartmentWiring> compartments(Properties properties) {
		TreeSet<Integer> numbers = new TreeSet<>();
		for (String key : properties.stringPropertyNames()) {
			Matcher matcher = COMPARTMENT_KEY.matcher(key);
			if (matcher.matches()) {
				numbers.add(Integer.parseInt(matcher.group(1)));
			}
		}
		List<CompartmentWiring> wiring = new ArrayList<>();
		for (int number : numbers) {
			String prefix = "compartment." + number + ".";
			wiring.add(new CompartmentWiring(number, Integer.parseInt(required(properties, prefix + "relayPin")),
					Integer.parseInt(required(properties, prefix + "doorPin")),
					Boolean.parseBoolean(properties.getProperty(prefix + "openWhenHigh", "true").strip())));
		}
		wiring.sort(Comparator.comparingInt(CompartmentWiring::number));
		return wiring;
	}

	private static String required(Properties properties, String key) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			throw new IllegalArgumentException("Missing configuration key: " + key);
		}
		return value.strip();
	}

	/** Accepts "500ms", "20s", "5m", "1h" or ISO-8601 such as "PT0.5S". */
	static Duration duration(Properties properties, String key, Duration fallback) {
		String value = properties.getProperty(key);
		if (value == null || value.isBlank()) {
			return fallback;
		}
		String text = value.strip();
		Matcher matcher = SHORT_DURATION.matcher(text);
		if (matcher.matches()) {
			long amount = Long.parseLong(matcher.group(1));
			return switch (matcher.group(2)) {
				case "ms" -> Duration.ofMillis(amount);
				case "s" -> Duration.ofSeconds(amount);
				case "m" -> Duration.ofMinutes(amount);
				default -> Duration.ofHours(amount);
			};
		}
		try {
			return Duration.parse(text);
		}
		catch (DateTimeParseException ex) {
			throw new IllegalArgumentException(key + " is not a duration (e.g. 500ms, 20s, PT1M): " + text, ex);
		}
	}

	/**
	 * Whoever reads or changes an unencrypted connection learns the device credential and
	 * could talk to the agent as the portal: only a portal on this very machine may be
	 * reached without TLS.
	 */
	private static void requireEncrypted(URI portal) {
		String scheme = Objects.requireNonNullElse(portal.getScheme(), "").toLowerCase(Locale.ROOT);
		switch (scheme) {
			case "https", "wss" -> {
			}
			case "http", "ws" -> {
				if (!isLoopback(portal)) {
					throw new IllegalArgumentException(
							"portal must be an https:// or wss:// address (http:// and ws:// "
									+ "only to this machine, e.g. http://127.0.0.1:8080): " + portal);
				}
			}
			default -> throw new IllegalArgumentException("portal must be an https:// or wss:// address: " + portal);
		}
	}

	/** A loopback address or "localhost", without asking a name server. */
	static boolean isLoopback(URI uri) {
		String host = uri.getHost();
		if (host == null) {
			return false;
		}
		if (host.startsWith("[") && host.endsWith("]")) {
			host = host.substring(1, host.length() - 1);
		}
		if (host.equalsIgnoreCase("localhost")) {
			return true;
		}
		try {
			return InetAddress.ofLiteral(host).isLoopbackAddress();
		}
		catch (IllegalArgumentException ex) {
			// a name, not an address
			return false;
		}
	}

	private static void requirePositive(Duration duration, String name) {
		if (duration == null || duration.isNegative() || duration.isZero()) {
			throw new IllegalArgumentException(name + " must be positive");
		}
	}

}
