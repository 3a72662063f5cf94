package de.norderstedt.go.accessibility.speech;

import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jspecify.annotations.Nullable;

/**
 * German speech with the espeak-ng program (Debian package {@code espeak-ng}), one
 * process per text. The text goes to the process on stdin, never on its command line, so
 * no text can be read as an option and none shows up in process listings. Thread-safe;
 * calls run in parallel.
 */
public final class EspeakNgEngine implements SpeechEngine {

	/** Words per minute at {@link SpeechRate#NORMAL}: calmer than espeak-ng's 175. */
	static final int NORMAL_WORDS_PER_MINUTE = 160;

	// espeak-ng's accepted speed range
	private static final int MIN_WORDS_PER_MINUTE = 80;

	private static final int MAX_WORDS_PER_MINUTE = 450;

	private static final Duration DEFAULT_TIMEOUT = Duration.ofSeconds(10);

	// enough for any error message espeak-ng prints; more is cut off
	private static final int MAX_ERROR_BYTES = 4 * 1024;

	private final Path binary;

	private final Duration timeout;

	private volatile @Nullable Boolean available;

	/** Uses {@code espeak-ng} from the {@code PATH}, or {@code /usr/bin/espeak-ng}. */
	public EspeakNgEngine() {
		this(findOnPath("espeak-ng"));
	}

	/** Uses the espeak-ng program at this path. */
	public EspeakNgEngine(Path binary) {
		this(binary, DEFAULT_TIMEOUT);
	}

	EspeakNgEngine(Path binary, Duration timeout) {
		if (timeout.isNegative() || timeout.isZero()) {
			throw new IllegalArgumentException("timeout must be positive: " + timeout);
		}
		this.binary = binary;
		this.timeout = timeout;
	}

	@Override
	public String voice() {
		return "espeak-ng-de";
	}

	@Override
	public boolean supports(Locale language) {
		return "de".equals(language.getLanguage());
	}

	@Override
	public boolean isAvailable() {
		Boolean known = this.available;
		if (known == null) {
			// a race computes it twice at worst, with the same answer
			known = Files.isRegularFile(this.binary) && Files.isExecutable(this.binary);
			this.available = known;
		}
		return known;
	}

	/** The program this engine runs. */
	Path binary() {
		return this.binary;
	}

	@Override
	public byte[] synthesize(String text, SpeechRate rate) {
		if (!isAvailable()) {
			throw new SpeechException(
					"espeak-ng is not installed at " + this.binary + " (Debian: apt-get install espeak-ng)");
		}
		List<String> command = List.of(this.binary.toString(), "-v", "de", "-s", Integer.toString(wordsPerMinute(rate)),
				"-b", "1", "--stdin", "--stdout");
		Process process;
		try {
			process = new ProcessBuilder(command).start();
		}
		catch (IOException ex) {
			throw new SpeechException("could not start " + this.binary, ex);
		}
		try {
			return run(process, text);
		}
		finally {
			process.destroyForcibly();
		}
	}

	private byte[] run(Process process, String text) {
		// stdin, stdout and stderr each get a thread: no full pipe can block another
		FutureTask<@Nullable Void> input = start("espeak-ng-stdin", () -> {
			try (OutputStream stdin = process.getOutputStream()) {
				stdin.write(text.getBytes(StandardCharsets.UTF_8));
			}
			return null;
		});
		FutureTask<byte[]> output = start("espeak-ng-stdout", () -> {
			try (InputStream stdout = process.getInputStream()) {
				return stdout.readAllBytes();
			}
		});
		FutureTask<byte[]> errors = start("espeak-ng-stderr", () -> {
			try (InputStream stderr = process.getErrorStream()) {
				byte[] head = stderr.readNBytes(MAX_ERROR_BYTES);
				stderr.transferTo(OutputStream.nullOutputStream());
				return head;
			}
		});
		long deadline = System.nanoTime() + this.timeout.toNanos();
		try {
			if (!process.waitFor(this.timeout.toNanos(), TimeUnit.NANOSECONDS)) {
				throw new SpeechException("espeak-ng did not finish within " + this.timeout.toMillis() + " ms");
			}
			byte[] wav = output.get(remaining(deadline), TimeUnit.NANOSECONDS);
			String message = new String(errors.get(remaining(deadline), TimeUnit.NANOSECONDS), StandardCharsets.UTF_8)
				.strip();
			if (process.exitValue() != 0) {
				throw new SpeechException(
						"espeak-ng exited with " + process.exitValue() + (message.isEmpty() ? "" : ": " + message));
			}
			input.get(remaining(deadline), TimeUnit.NANOSECONDS);
			return validWav(wav, message);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new SpeechException("interrupted while waiting for espeak-ng", ex);
		}
		catch (TimeoutException ex) {
			throw new SpeechException("espeak-ng did not finish within " + this.timeout.toMillis() + " ms", ex);
		}
		catch (ExecutionException ex) {
			throw new SpeechException("could not talk to espeak-ng", ex.getCause());
		}
	}

	private static byte[] validWav(byte[] output, String errors) {
		try {
			// espeak-ng cannot seek back on a pipe: its header has placeholder sizes
			byte[] wav = Wav.withCorrectSizes(output);
			Wav.parse(wav);
			return wav;
		}
		catch (IllegalArgumentException ex) {
			throw new SpeechException("espeak-ng produced no valid WAV (" + output.length + " bytes"
					+ (errors.isEmpty() ? "" : ", said: " + errors) + "): " + ex.getMessage(), ex);
		}
	}

	static int wordsPerMinute(SpeechRate rate) {
		long wpm = Math.round(NORMAL_WORDS_PER_MINUTE * rate.factor());
		return (int) Math.clamp(wpm, MIN_WORDS_PER_MINUTE, MAX_WORDS_PER_MINUTE);
	}

	private static long remaining(long deadline) {
		return Math.max(0, deadline - System.nanoTime());
	}

	private static <T extends @Nullable Object> FutureTask<T> start(String name, Callable<T> work) {
		FutureTask<T> task = new FutureTask<>(work);
		Thread.ofVirtual().name(name).start(task);
		return task;
	}

	private static Path findOnPath(String program) {
		String path = System.getenv("PATH");
		if (path != null) {
			for (String directory : path.split(File.pathSeparator)) {
				if (directory.isEmpty()) {
					continue;
				}
				Path candidate = Path.of(directory, program);
				if (Files.isRegularFile(candidate) && Files.isExecutable(candidate)) {
					return candidate;
				}
			}
		}
		return Path.of("/usr/bin", program);
	}

}
