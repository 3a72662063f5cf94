package de.norderstedt.go.accounts;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.HashSet;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.zip.GZIPInputStream;

import org.springframework.stereotype.Component;

/**
 * The passwords people choose most often (see {@code accounts/common-passwords.README.md}
 * for the source): refused when someone sets a password, whatever its length. Compared
 * without regard to case. Read once, at the first check.
 */
@Component
class CommonPasswords {

	private static final String LIST = "/accounts/common-passwords.txt.gz";

	private volatile Set<String> passwords = Set.of();

	private volatile boolean loaded;

	boolean contains(String password) {
		return list().contains(password.toLowerCase(Locale.ROOT));
	}

	private Set<String> list() {
		if (!this.loaded) {
			synchronized (this) {
				if (!this.loaded) {
					this.passwords = load();
					this.loaded = true;
				}
			}
		}
		return this.passwords;
	}

	private static Set<String> load() {
		Set<String> passwords = new HashSet<>(150_000);
		try (InputStream stream = Objects.requireNonNull(CommonPasswords.class.getResourceAsStream(LIST), LIST);
				BufferedReader lines = new BufferedReader(
						new InputStreamReader(new GZIPInputStream(stream), StandardCharsets.UTF_8))) {
			for (String line = lines.readLine(); line != null; line = lines.readLine()) {
				passwords.add(line);
			}
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return Set.copyOf(passwords);
	}

}
