package de.norderstedt.go.content;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Optional;

/**
 * Where tutorial files come from: the folder {@code content/tutorials} while writing, or
 * the classpath ({@code tutorials/}) in the running portal.
 */
public interface ContentSource {

	/** The bytes of a file, by its path relative to the tutorials folder. */
	Optional<byte[]> read(String path);

	/** The tutorials shipped with this module, from the classpath. */
	static ContentSource classpath() {
		ClassLoader loader = ContentSource.class.getClassLoader();
		return path -> {
			if (path.contains("..")) {
				return Optional.empty();
			}
			try (InputStream in = loader.getResourceAsStream("tutorials/" + path)) {
				return in == null ? Optional.empty() : Optional.of(in.readAllBytes());
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

	/** The tutorials in a folder, e.g. {@code content/tutorials} or a test fixture. */
	static ContentSource directory(Path root) {
		Path base = root.toAbsolutePath().normalize();
		return path -> {
			Path file = base.resolve(path).normalize();
			if (!file.startsWith(base) || !Files.isRegularFile(file)) {
				return Optional.empty();
			}
			try {
				return Optional.of(Files.readAllBytes(file));
			}
			catch (IOException ex) {
				throw new UncheckedIOException(ex);
			}
		};
	}

}
