package de.norderstedt.go.accessibility.speech;

import java.util.Arrays;
import java.util.Locale;
import java.util.function.IntFunction;

/**
 * Prints how long {@link SpeechService#speak} takes until the audio is there, uncached
 * and cached, for German and English with the default engines. A command, not a test:
 * figures depend on the machine. Run with
 * {@code ./mvnw -q -B -pl accessibility exec:java -Dexec.mainClass=de.norderstedt.go.accessibility.speech.SpeechBenchmark}.
 */
public final class SpeechBenchmark {

	private static final int ROUNDS = 10;

	private static final double CACHED_TARGET_MS = 20;

	private static final double UNCACHED_TARGET_MS = 150;

	private static final String[] GERMAN_PLACES = { "Stadtbibliothek", "Rathaus", "Stadtpark", "Volkshochschule",
			"Bürgerhaus" };

	private static final String[] ENGLISH_PLACES = { "city library", "town hall", "city park", "adult school",
			"community centre" };

	private SpeechBenchmark() {
	}

	public static void main(String[] args) {
		SpeechService service = new SpeechService(SpeechService.defaultEngines(), 64L * 1024 * 1024);
		// canSpeak loads the FreeTTS voice and checks for the espeak-ng program
		long readyStart = System.nanoTime();
		boolean german = service.canSpeak(Locale.GERMAN);
		boolean english = service.canSpeak(Locale.ENGLISH);
		System.out.printf(Locale.ROOT, "engines ready: %.1f ms%n", millisSince(readyStart));
		if (!german) {
			System.out.println("espeak-ng is missing (looked for " + new EspeakNgEngine().binary()
					+ "): install it with apt-get install espeak-ng");
			System.exit(1);
		}
		if (!english) {
			System.out.println("FreeTTS could not load its kevin16 voice");
			System.exit(1);
		}
		System.out.printf(Locale.ROOT,
				"targets: cached <= %.0f ms, uncached <= %.0f ms (time until the audio is there)%n", CACHED_TARGET_MS,
				UNCACHED_TARGET_MS);
		measure(service, Locale.GERMAN, "de", "Hallo, das ist ein Test zum Aufwärmen.",
				round -> "Ihr Kurs Nummer " + (round + 1) + " beginnt um " + (9 + round % 9) + " Uhr in der "
						+ GERMAN_PLACES[round % GERMAN_PLACES.length] + ".",
				"Willkommen in Norderstedt. Tippen Sie auf Weiter, um zu beginnen.");
		measure(service, Locale.ENGLISH, "en", "Hello, this is a sentence to warm up.",
				round -> "Your course number " + (round + 1) + " starts at " + (9 + round % 9) + " o'clock in the "
						+ ENGLISH_PLACES[round % ENGLISH_PLACES.length] + ".",
				"Welcome to Norderstedt. Tap Next to begin.");
		System.out.printf(Locale.ROOT, "cache holds %.1f KiB%n", service.cachedBytes() / 1024.0);
	}

	private static void measure(SpeechService service, Locale language, String label, String warmUp,
			IntFunction<String> uniqueSentence, String repeatedSentence) {
		// the first call loads the voice or starts the program from a cold disk cache
		long warmUpStart = System.nanoTime();
		speak(service, warmUp, language, false);
		System.out.printf(Locale.ROOT, "%s warm-up: %.1f ms%n", label, millisSince(warmUpStart));

		double[] uncached = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			String sentence = uniqueSentence.apply(round);
			long start = System.nanoTime();
			speak(service, sentence, language, false);
			uncached[round] = millisSince(start);
		}
		print(label + " uncached", uncached, UNCACHED_TARGET_MS);

		speak(service, repeatedSentence, language, false);
		double[] cached = new double[ROUNDS];
		for (int round = 0; round < ROUNDS; round++) {
			long start = System.nanoTime();
			speak(service, repeatedSentence, language, true);
			cached[round] = millisSince(start);
		}
		print(label + " cached", cached, CACHED_TARGET_MS);
	}

	private static void speak(SpeechService service, String text, Locale language, boolean expectCached) {
		Speech speech = service.speak(text, language, SpeechRate.NORMAL)
			.orElseThrow(() -> new IllegalStateException("no engine for " + language));
		if (speech.fromCache() != expectCached) {
			throw new IllegalStateException("expected " + (expectCached ? "a cached" : "an uncached") + " result for '"
					+ text + "' (" + language + ")");
		}
	}

	private static void print(String label, double[] millis, double target) {
		double[] sorted = millis.clone();
		Arrays.sort(sorted);
		int n = sorted.length;
		double median = (n % 2 == 1) ? sorted[n / 2] : (sorted[n / 2 - 1] + sorted[n / 2]) / 2;
		double max = sorted[n - 1];
		System.out.printf(Locale.ROOT, "%s: median %.1f ms, max %.1f ms (%d runs), target <= %.0f ms: %s%n", label,
				median, max, n, target, (max <= target) ? "met" : (median <= target) ? "median met" : "missed");
	}

	private static double millisSince(long start) {
		return (System.nanoTime() - start) / 1e6;
	}

}
