package de.norderstedt.go.accessibility.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class FreeTtsEngineTest {

	private static final String SENTENCE = "Welcome to the city library of Norderstedt. Tap Next to continue.";

	private final FreeTtsEngine engine = new FreeTtsEngine();

	@Test
	void the_kevin16_voice_loads_from_the_jar() {
		assertThat(this.engine.isAvailable()).as("FreeTTS voice kevin16 loads").isTrue();
	}

	@Test
	void an_english_sentence_is_spoken_with_audible_speech() {
		byte[] audio = this.engine.synthesize(SENTENCE, SpeechRate.NORMAL);

		Wav wav = SpeechAssertions.assertSpeechOf(audio, SENTENCE);
		assertThat(wav.sampleRate()).isEqualTo(16_000);
	}

	@Test
	void slow_english_speech_lasts_longer_than_fast_speech() {
		double slow = Wav.parse(this.engine.synthesize(SENTENCE, SpeechRate.SLOW)).seconds();
		double normal = Wav.parse(this.engine.synthesize(SENTENCE, SpeechRate.NORMAL)).seconds();
		double fast = Wav.parse(this.engine.synthesize(SENTENCE, SpeechRate.FAST)).seconds();

		assertThat(slow).isGreaterThan(normal);
		assertThat(normal).isGreaterThan(fast);
	}

	@Test
	void a_slow_sentence_after_a_fast_one_is_slow_again() {
		// the rate is set on the shared voice for every call, not left over from the last
		// one
		byte[] before = this.engine.synthesize(SENTENCE, SpeechRate.SLOW);
		this.engine.synthesize(SENTENCE, SpeechRate.FAST);

		assertThat(this.engine.synthesize(SENTENCE, SpeechRate.SLOW)).isEqualTo(before);
	}

	@Test
	void parallel_requests_from_several_engines_get_the_same_audio_as_one_at_a_time() throws Exception {
		byte[] expected = this.engine.synthesize(SENTENCE, SpeechRate.NORMAL);
		List<Future<byte[]>> results = new ArrayList<>();
		try (ExecutorService pool = Executors.newFixedThreadPool(4)) {
			for (int i = 0; i < 8; i++) {
				// separate instances share the one voice and its lock
				FreeTtsEngine instance = (i % 2 == 0) ? this.engine : new FreeTtsEngine();
				results.add(pool.submit(() -> instance.synthesize(SENTENCE, SpeechRate.NORMAL)));
			}
			for (Future<byte[]> result : results) {
				assertThat(result.get()).isEqualTo(expected);
			}
		}
	}

	@Test
	void text_without_words_gives_a_valid_file() {
		SpeechAssertions.assertWellFormedWav(this.engine.synthesize("...", SpeechRate.NORMAL));
	}

	@Test
	void only_english_is_supported() {
		assertThat(this.engine.voice()).isEqualTo("freetts-kevin16");
		assertThat(this.engine.supports(Locale.ENGLISH)).isTrue();
		assertThat(this.engine.supports(Locale.US)).isTrue();
		assertThat(this.engine.supports(Locale.GERMAN)).isFalse();
	}

}
