package de.norderstedt.go.database;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.GeneralSecurityException;
import java.security.KeyFactory;
import java.security.KeyPair;
import java.security.Signature;
import java.security.spec.PKCS8EncodedKeySpec;
import java.security.spec.X509EncodedKeySpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.TreeMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.jspecify.annotations.Nullable;

/**
 * The key files written by {@code bin/rotate-keys}, from a folder and from
 * {@code GO_KEY_*} environment variables (one variable per file: {@code GO_KEY_} and the
 * file name in upper case with '-' and '.' as '_', e.g.
 * {@code GO_KEY_LOCKER_CODES_0A1B2C3D_PEM}, {@code GO_KEY_KEYS_PROPERTIES}).
 * <ul>
 * <li>{@code <purpose>-<id>.pem}: a key pair, the PKCS#8 private key
 * ({@code PRIVATE KEY}) and the X.509 public key ({@code PUBLIC KEY}) as PEM blocks;</li>
 * <li>{@code <purpose>-<id>.secret}: base64 of at least 32 random bytes;</li>
 * <li>{@code keys.properties}: per purpose, {@code <purpose>.active} (the key that
 * signs), optionally {@code <purpose>.next} (staged) and {@code <purpose>.legacy} (checks
 * what was signed before key ids).</li>
 * </ul>
 * Every key file of a purpose is accepted; the active one also signs.
 */
final class KeyFiles {

	static final String STATE = "keys.properties";

	static final String ENVIRONMENT_PREFIX = "GO_KEY_";

	private static final Pattern KEY_FILE = Pattern.compile("([a-z][a-z-]*)-([0-9a-f]{8})\\.(pem|secret)");

	private static final Pattern PEM = Pattern
		.compile("-----BEGIN ([A-Z ]+)-----([A-Za-z0-9+/=\\s]+)-----END \\1-----");

	private static final byte[] PROBE = "norderstedt-go key check".getBytes(StandardCharsets.US_ASCII);

	private final String origin;

	private final Map<String, String> files;

	private final Properties state = new Properties();

	private final Map<String, KeyRing<?>> rings = new HashMap<>();

	private KeyFiles(String origin, Map<String, String> files) {
		this.origin = origin;
		this.files = files;
		String text = files.get(STATE);
		if (text != null) {
			try {
				this.state.load(new StringReader(text));
			}
			catch (IOException ex) {
				throw new IllegalStateException("Cannot read " + STATE + " in " + origin, ex);
			}
		}
	}

	/**
	 * Reads the folder (if any) and the environment.
	 * @throws IllegalStateException naming the folder or file if something cannot be read
	 */
	static KeyFiles read(@Nullable Path directory, Map<String, String> environment) {
		Map<String, String> files = new TreeMap<>();
		StringBuilder origin = new StringBuilder();
		if (directory != null) {
			origin.append(directory.toAbsolutePath());
			if (!Files.isDirectory(directory)) {
				throw new IllegalStateException("go.keys.directory " + directory.toAbsolutePath()
						+ " is not a folder: create it with bin/rotate-keys --directory " + directory + " init");
			}
			try (DirectoryStream<Path> entries = Files.newDirectoryStream(directory)) {
				for (Path entry : entries) {
					String name = String.valueOf(entry.getFileName());
					// a mounted Kubernetes Secret also holds ..data and ..<timestamp>
					// links
					if (!name.startsWith(".") && Files.isRegularFile(entry)) {
						files.put(name, Files.readString(entry, StandardCharsets.UTF_8));
					}
				}
			}
			catch (IOException ex) {
				throw new UncheckedIOException("Cannot read the key folder " + directory.toAbsolutePath(), ex);
			}
		}
		environment.forEach((variable, value) -> {
			if (variable.startsWith(ENVIRONMENT_PREFIX) && variable.length() > ENVIRONMENT_PREFIX.length()) {
				String name = fileName(variable.substring(ENVIRONMENT_PREFIX.length()));
				if (files.containsKey(name)) {
					throw new IllegalStateException(
							variable + " and the file " + name + " in the key folder both give the same key");
				}
				files.put(name, value);
				if (origin.indexOf("GO_KEY_") < 0) {
					origin.append(origin.isEmpty() ? "" : " and ").append("the GO_KEY_* environment variables");
				}
			}
		});
		return new KeyFiles(origin.toString(), files);
	}

	/**
	 * LOCKER_CODES_0A1B2C3D_PEM to locker-codes-0a1b2c3d.pem: the last '_' is the dot.
	 */
	static String fileName(String variable) {
		String lower = variable.toLowerCase(Locale.ROOT);
		int dot = lower.lastIndexOf('_');
		return (dot < 0) ? lower : lower.substring(0, dot).replace('_', '-') + "." + lower.substring(dot + 1);
	}

	/** Whether keys come from files at all (otherwise the database keeps them). */
	boolean isEmpty() {
		return this.files.isEmpty();
	}

	String origin() {
		return this.origin;
	}

	/**
	 * The key pairs of the purpose, read with the {@link KeyFactory} of the algorithm.
	 */
	@SuppressWarnings("unchecked")
	synchronized KeyRing<KeyPair> pairs(String purpose, String algorithm) {
		return (KeyRing<KeyPair>) this.rings.computeIfAbsent(purpose,
				p -> ring(p, "pem", text -> pair(p, text, algorithm)));
	}

	/** The secrets of the purpose. */
	@SuppressWarnings("unchecked")
	synchronized KeyRing<byte[]> secrets(String purpose) {
		return (KeyRing<byte[]>) this.rings.computeIfAbsent(purpose, p -> ring(p, "secret", text -> secret(p, text)));
	}

	private interface Parser<K> {

		K parse(String text);

	}

	private <K> KeyRing<K> ring(String purpose, String kind, Parser<K> parser) {
		Map<String, K> keys = new TreeMap<>();
		for (Map.Entry<String, String> file : this.files.entrySet()) {
			Matcher matcher = KEY_FILE.matcher(file.getKey());
			if (matcher.matches() && matcher.group(1).equals(purpose)) {
				if (!matcher.group(3).equals(kind)) {
					throw new IllegalStateException(file.getKey() + " in " + this.origin + ": a key of '" + purpose
							+ "' must be a ." + kind + " file");
				}
				try {
					keys.put(matcher.group(2), parser.parse(file.getValue()));
				}
				catch (IllegalArgumentException ex) {
					throw new IllegalStateException(file.getKey() + " in " + this.origin + ": " + ex.getMessage(), ex);
				}
			}
		}
		String active = this.state.getProperty(purpose + ".active", "").strip();
		if (active.isEmpty()) {
			throw new IllegalStateException("No active key for '" + purpose + "' in " + this.origin + " (" + STATE
					+ " lacks " + purpose + ".active): run bin/rotate-keys --directory <folder> init");
		}
		if (!keys.containsKey(active)) {
			throw new IllegalStateException(
					STATE + " in " + this.origin + " names " + active + " as the active key of '" + purpose + "', but "
							+ purpose + "-" + active + "." + kind + " is missing");
		}
		String legacy = this.state.getProperty(purpose + ".legacy", "").strip();
		return new KeyRing<>(active, keys, (legacy.isEmpty() || !keys.containsKey(legacy)) ? null : legacy);
	}

	private static KeyPair pair(String purpose, String text, String algorithm) {
		byte[] privateKey = null;
		byte[] publicKey = null;
		Matcher matcher = PEM.matcher(text);
		while (matcher.find()) {
			byte[] der = Base64.getMimeDecoder().decode(matcher.group(2));
			switch (matcher.group(1)) {
				case "PRIVATE KEY" -> privateKey = der;
				case "PUBLIC KEY" -> publicKey = der;
				default -> throw new IllegalArgumentException(
						"unexpected PEM block " + matcher.group(1) + " (PRIVATE KEY and PUBLIC KEY belong there)");
			}
		}
		if (privateKey == null || publicKey == null) {
			throw new IllegalArgumentException("a PRIVATE KEY and a PUBLIC KEY PEM block are both needed");
		}
		KeyPair pair;
		try {
			KeyFactory factory = KeyFactory.getInstance(algorithm);
			pair = new KeyPair(factory.generatePublic(new X509EncodedKeySpec(publicKey)),
					factory.generatePrivate(new PKCS8EncodedKeySpec(privateKey)));
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalArgumentException("not a " + algorithm + " key pair, as '" + purpose + "' needs", ex);
		}
		if (!matches(pair, algorithm)) {
			throw new IllegalArgumentException("the public key does not belong to the private key");
		}
		return pair;
	}

	/** A signature made with the private key checks with the public key. */
	private static boolean matches(KeyPair pair, String algorithm) {
		String signatureAlgorithm = algorithm.equals("EC") ? "SHA256withECDSA" : algorithm;
		try {
			Signature signer = Signature.getInstance(signatureAlgorithm);
			signer.initSign(pair.getPrivate());
			signer.update(PROBE);
			byte[] signature = signer.sign();
			Signature verifier = Signature.getInstance(signatureAlgorithm);
			verifier.initVerify(pair.getPublic());
			verifier.update(PROBE);
			return verifier.verify(signature);
		}
		catch (GeneralSecurityException ex) {
			return false;
		}
	}

	private static byte[] secret(String purpose, String text) {
		byte[] secret;
		try {
			secret = Base64.getMimeDecoder().decode(text.strip());
		}
		catch (IllegalArgumentException ex) {
			throw new IllegalArgumentException("not base64", ex);
		}
		if (secret.length < 32) {
			throw new IllegalArgumentException("a secret of '" + purpose + "' needs at least 32 bytes");
		}
		return secret;
	}

}
