package de.norderstedt.go.accessibility.speech;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

/**
 * The speech check must tell speech from typical failures, or the engine tests prove
 * nothing.
 */
class SpeechAssertionsTest {

	private static final String SENTENCE = "Willkommen in der Stadtbibliothek Norderstedt. Tippen Sie auf Weiter.";

	private static final int RATE = 22_050;

	// 69 characters at 0.06 s each, as espeak-ng speaks this sentence
	private static final int FRAMES = (int) (SENTENCE.length() * 0.06 * RATE);

	@Test
	void real_speech_passes() {
		byte[] audio = new EspeakNgEngine().synthesize(SENTENCE, SpeechRate.NORMAL);

		assertThatCode(() -> SpeechAssertions.assertSpeechOf(audio, SENTENCE)).doesNotThrowAnyException();
	}

	@Test
	void silence_of_the_right_length_fails() {
		byte[] silence = Wav.encode(new byte[2 * FRAMES], RATE, 1, 16);

		assertThatThrownBy(() -> SpeechAssertions.assertSpeechOf(silence, SENTENCE)).hasMessageContaining("RMS");
	}

	@Test
	void random_bytes_read_as_audio_fail() {
		byte[] noise = new byte[2 * FRAMES];
		new Random(7).nextBytes(noise);

		assertThatThrownBy(() -> SpeechAssertions.assertSpeechOf(Wav.encode(noise, RATE, 1, 16), SENTENCE))
			.hasMessageContaining("RMS");
	}

	@Test
	void a_steady_tone_without_pauses_fails() {
		short[] tone = new short[FRAMES];
		for (int i = 0; i < tone.length; i++) {
			tone[i] = (short) (3_000 * Math.sin(2 * Math.PI * 220 * i / RATE));
		}

		assertThatThrownBy(
				() -> SpeechAssertions.assertSpeechOf(Wav.encode(SpeechAssertions.pcm16(tone), RATE, 1, 16), SENTENCE))
			.hasMessageContaining("quiet 20 ms windows");
	}

	@Test
	void speech_cut_off_after_the_first_words_fails() {
		byte[] audio = new EspeakNgEngine().synthesize(SENTENCE, SpeechRate.NORMAL);
		Wav wav = Wav.parse(audio);
		// keep 0.5 s of the roughly 4 s
		int keep = wav.dataOffset() + RATE;
		byte[] cut = Wav.encode(Arrays.copyOfRange(audio, wav.dataOffset(), keep), RATE, 1, 16);

		assertThatThrownBy(() -> SpeechAssertions.assertSpeechOf(cut, SENTENCE))
			.hasMessageContaining("seconds per character");
	}

	@Test
	void a_header_that_does_not_match_the_length_fails() {
		byte[] audio = new EspeakNgEngine().synthesize(SENTENCE, SpeechRate.NORMAL);
		byte[] padded = Arrays.copyOf(audio, audio.length + 2);

		assertThatThrownBy(() -> SpeechAssertions.assertWellFormedWav(padded)).hasMessageContaining("RIFF size");
	}

}
