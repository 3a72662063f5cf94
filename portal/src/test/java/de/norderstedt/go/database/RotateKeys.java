package de.norderstedt.go.database;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

import org.jspecify.annotations.Nullable;

/** Runs {@code bin/rotate-keys} of this working copy, as an administrator would. */
public final class RotateKeys {

	private RotateKeys() {
	}

	/** Runs a step on the folder; fails with the script's output if it fails. */
	public static String run(Path folder, String... arguments) {
		return run(folder, null, arguments);
	}

	/** Runs a step with something on standard input. */
	public static String run(Path folder, byte @Nullable [] input, String... arguments) {
		Outcome outcome = attempt(folder, input, arguments);
		if (outcome.exitCode() != 0) {
			throw new IllegalStateException("bin/rotate-keys " + List.of(arguments) + " failed: " + outcome.output());
		}
		return outcome.output();
	}

	/** What the script said and its exit code. */
	public record Outcome(int exitCode, String output) {
	}

	/** Runs a step and returns its outcome, failed or not. */
	public static Outcome attempt(Path folder, byte @Nullable [] input, String... arguments) {
		Path script = Path.of("..", "bin", "rotate-keys").toAbsolutePath().normalize();
		List<String> command = new ArrayList<>(List.of(script.toString(), "--directory", folder.toString()));
		command.addAll(List.of(arguments));
		try {
			Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
			if (input != null) {
				process.getOutputStream().write(input);
			}
			process.getOutputStream().close();
			String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
			if (!process.waitFor(60, TimeUnit.SECONDS)) {
				process.destroyForcibly();
				throw new IllegalStateException("bin/rotate-keys " + command + " did not finish");
			}
			return new Outcome(process.exitValue(), output);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
