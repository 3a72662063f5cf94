package de.norderstedt.go.accessibility.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class EspeakNgEngineTest {

	private static final String SENTENCE = "Willkommen in der Stadtbibliothek Norderstedt. Tippen Sie auf Weiter.";

	private static final EspeakNgEngine engine = new EspeakNgEngine();

	@TempDir
	Path directory;

	@BeforeAll
	static void espeak_ng_is_installed() {
		// German speech is part of the product: a missing program is a failure, not a
		// skip
		assertThat(engine.isAvailable())
			.as("espeak-ng must be installed at %s for German speech: apt-get install espeak-ng (bin/test does it)",
					engine.binary())
			.isTrue();
	}

	@Test
	void a_german_sentence_is_spoken_with_audible_speech() {
		byte[] audio = engine.synthesize(SENTENCE, SpeechRate.NORMAL);

		Wav wav = SpeechAssertions.assertSpeechOf(audio, SENTENCE);
		assertThat(wav.sampleRate()).isEqualTo(22_050);
	}

	@Test
	void umlauts_and_sharp_s_are_spoken_as_letters_not_as_bytes() {
		// read as Latin-1 bytes, "ü" would be two letters and the sentence audibly longer
		String withUmlauts = "Grüße aus Glashütte: Die Bürgerinnen öffnen Türen für Nachbarn.";
		String transcribed = "Gruesse aus Glashuette: Die Buergerinnen oeffnen Tueren fuer Nachbarn.";

		Wav umlauts = SpeechAssertions.assertSpeechOf(engine.synthesize(withUmlauts, SpeechRate.NORMAL), withUmlauts);
		Wav ascii = Wav.parse(engine.synthesize(transcribed, SpeechRate.NORMAL));

		// the transcription is pronounced the same, so the two should last about as long
		assertThat(umlauts.seconds()).isBetween(ascii.seconds() * 0.8, ascii.seconds() * 1.2);
	}

	@Test
	void slow_german_speech_lasts_longer_than_fast_speech() {
		double slow = Wav.parse(engine.synthesize(SENTENCE, SpeechRate.SLOW)).seconds();
		double normal = Wav.parse(engine.synthesize(SENTENCE, SpeechRate.NORMAL)).seconds();
		double fast = Wav.parse(engine.synthesize(SENTENCE, SpeechRate.FAST)).seconds();

		assertThat(slow).isGreaterThan(normal);
		assertThat(normal).isGreaterThan(fast);
	}

	@Test
	void text_that_looks_like_options_is_spoken_and_not_obeyed() {
		// on the command line, "--help" would print help text instead of a WAV file
		byte[] audio = engine.synthesize("--help -v en -w /tmp/x.wav", SpeechRate.NORMAL);

		Wav wav = SpeechAssertions.assertWellFormedWav(audio);
		assertThat(wav.rms()).isGreaterThan(SpeechAssertions.MIN_RMS);
	}

	@Test
	void parallel_requests_each_get_their_own_complete_audio() throws Exception {
		byte[] expected = engine.synthesize(SENTENCE, SpeechRate.NORMAL);
		List<Future<byte[]>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			for (int i = 0; i < 8; i++) {
				results.add(pool.submit(() -> engine.synthesize(SENTENCE, SpeechRate.NORMAL)));
			}
			for (Future<byte[]> result : results) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
	}

	@Test
	void the_rate_sets_the_words_per_minute_around_160() {
		assertThat(EspeakNgEngine.wordsPerMinute(SpeechRate.SLOW)).isEqualTo(120);
		assertThat(EspeakNgEngine.wordsPerMinute(SpeechRate.NORMAL)).isEqualTo(160);
		assertThat(EspeakNgEngine.wordsPerMinute(SpeechRate.FAST)).isEqualTo(208);
	}

	@Test
	void only_german_is_supported() {
		assertThat(engine.voice()).isEqualTo("espeak-ng-de");
		assertThat(engine.supports(Locale.GERMAN)).isTrue();
		assertThat(engine.supports(Locale.of("de", "AT"))).isTrue();
		assertThat(engine.supports(Locale.ENGLISH)).isFalse();
		assertThat(engine.supports(Locale.FRENCH)).isFalse();
	}

	@Test
	void the_text_goes_to_stdin_and_the_placeholder_sizes_are_patched() throws IOException {
		Path fake = script("""
				cat > "$0.stdin"
				for argument in "$@"; do printf '%s\\n' "$argument"; done > "$0.args"
				cat "$0.wav"
				""");
		byte[] streamed = Wav.encode(new byte[2_000], 22_050, 1, 16);
		// espeak-ng's placeholders
		streamed[4] = 0x24;
		streamed[5] = (byte) 0xF0;
		streamed[6] = (byte) 0xFF;
		streamed[7] = 0x7F;
		streamed[40] = 0;
		streamed[41] = (byte) 0xF0;
		streamed[42] = (byte) 0xFF;
		streamed[43] = 0x7F;
		Files.write(Path.of(fake + ".wav"), streamed);
		String text = "Grüße; rm -rf / --help";

		byte[] audio = new EspeakNgEngine(fake).synthesize(text, SpeechRate.SLOW);

		assertThat(Files.readString(Path.of(fake + ".stdin"), StandardCharsets.UTF_8)).isEqualTo(text);
		assertThat(Files.readAllLines(Path.of(fake + ".args"))).containsExactly("-v", "de", "-s", "120", "-b", "1",
				"--stdin", "--stdout");
		assertThat(SpeechAssertions.assertWellFormedWav(audio).frames()).isEqualTo(1_000);
	}

	@Test
	void a_missing_program_is_unavailable_and_synthesis_says_how_to_install_it() {
		EspeakNgEngine missing = new EspeakNgEngine(this.directory.resolve("espeak-ng"));

		assertThat(missing.isAvailable()).isFalse();
		assertThatExceptionOfType(SpeechException.class)
			.isThrownBy(() -> missing.synthesize("Hallo", SpeechRate.NORMAL))
			.withMessageContaining("apt-get install espeak-ng");
	}

	@Test
	void a_failing_program_is_reported_with_its_exit_code_and_message() throws IOException {
		Path fake = script("""
				echo "Failed to read voice 'de'" >&2
				exit 3
				""");

		assertThatExceptionOfType(SpeechException.class)
			.isThrownBy(() -> new EspeakNgEngine(fake).synthesize("Hallo", SpeechRate.NORMAL))
			.withMessageContaining("exited with 3")
			.withMessageContaining("Failed to read voice 'de'");
	}

	@Test
	void output_that_is_not_a_wav_file_is_an_error() throws IOException {
		Path fake = script("""
				cat > /dev/null
				echo "this is not audio"
				""");

		assertThatExceptionOfType(SpeechException.class)
			.isThrownBy(() -> new EspeakNgEngine(fake).synthesize("Hallo", SpeechRate.NORMAL))
			.withMessageContaining("no valid WAV");
	}

	@Test
	void a_program_that_hangs_is_stopped_at_the_timeout() throws IOException {
		Path fake = script("""
				exec sleep 60
				""");
		EspeakNgEngine hanging = new EspeakNgEngine(fake, Duration.ofMillis(300));

		assertThatExceptionOfType(SpeechException.class)
			.isThrownBy(() -> hanging.synthesize("Hallo", SpeechRate.NORMAL))
			.withMessageContaining("did not finish within 300 ms");
	}

	private Path script(String body) throws IOException {
		Path script = this.directory.resolve("espeak-ng");
		Files.writeString(script, "#!/bin/sh\n" + body);
		Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
		return script;
	}

}
