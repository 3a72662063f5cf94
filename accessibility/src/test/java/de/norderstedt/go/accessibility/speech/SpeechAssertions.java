package de.norderstedt.go.accessibility.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;

/**
 * Checks that synthesised audio is a well-formed WAV that plausibly contains the spoken
 * text. The bounds come from measuring both engines (espeak-ng de at 22.05 kHz, FreeTTS
 * kevin16 at 16 kHz) and from what human speech is like; each one fails for a typical
 * defect.
 */
final class SpeechAssertions {

	/**
	 * Overall RMS floor: 0.01 of full scale (-40 dBFS). Digital silence is 0 and 16-bit
	 * quantisation noise about 0.00003; the engines measure 0.06 (FreeTTS) to 0.10
	 * (espeak-ng), so the floor has a margin of 6x below the quieter one and still
	 * rejects silent output.
	 */
	static final double MIN_RMS = 0.01;

	/**
	 * Overall RMS ceiling: 0.5. Speech with pauses stays well below it (measured 0.06 to
	 * 0.10), while bytes that are not audio read as uniform noise with an RMS of about
	 * 0.58 (1/sqrt(3)).
	 */
	static final double MAX_RMS = 0.5;

	/**
	 * Seconds per character of a sentence at normal rate. People speak 120 to 200 words a
	 * minute; with about 6 characters a word (including the space) that is 0.05 to 0.08 s
	 * per character, widened for the engines' pauses at commas and full stops. Measured:
	 * 0.054 to 0.067. Output cut off after a word or two falls below the lower bound;
	 * output that hangs on, repeats or spells the text falls above the upper one. Only
	 * meaningful for texts of 40 or more characters: a single word carries a fixed pause
	 * at its end.
	 */
	static final double MIN_SECONDS_PER_CHARACTER = 0.035;

	static final double MAX_SECONDS_PER_CHARACTER = 0.15;

	/**
	 * Windows of 20 ms, about the length of one pitch period group, short against a
	 * syllable.
	 */
	private static final int WINDOWS_PER_SECOND = 50;

	private SpeechAssertions() {
	}

	/** Parses the file and checks that its header sizes match its length exactly. */
	static Wav assertWellFormedWav(byte[] audio) {
		Wav wav = Wav.parse(audio);
		assertThat(uint32(audio, 4)).as("RIFF size").isEqualTo(audio.length - 8L);
		assertThat(new String(audio, wav.dataOffset() - 8, 4, StandardCharsets.ISO_8859_1)).isEqualTo("data");
		assertThat(uint32(audio, wav.dataOffset() - 4)).as("data chunk size")
			.isEqualTo((long) audio.length - wav.dataOffset());
		assertThat(wav.bitsPerSample()).isEqualTo(16);
		assertThat(wav.channels()).isEqualTo(1);
		return wav;
	}

	/** A well-formed WAV whose loudness and length fit the text spoken at normal rate. */
	static Wav assertSpeechOf(byte[] audio, String text) {
		assertThat(text.length()).as("bounds are calibrated for texts of 40 or more characters")
			.isGreaterThanOrEqualTo(40);
		Wav wav = assertWellFormedWav(audio);
		assertThat(wav.rms()).as("RMS of the whole file").isBetween(MIN_RMS, MAX_RMS);
		assertThat(wav.seconds() / text.length())
			.as("seconds per character (%.2f s for %d characters)", wav.seconds(), text.length())
			.isBetween(MIN_SECONDS_PER_CHARACTER, MAX_SECONDS_PER_CHARACTER);
		assertPausesBetweenSounds(wav);
		return wav;
	}

	/**
	 * Speech alternates sound and pauses: measured, 26 to 30 % of 20 ms windows are
	 * quieter than the floor (between words and sentences) and the rest are louder. At
	 * least 5 % quiet rejects a steady tone or noise; at least 50 % loud rejects a file
	 * that is mostly silence with a click or a short burst.
	 */
	static void assertPausesBetweenSounds(Wav wav) {
		long window = wav.sampleRate() / WINDOWS_PER_SECOND;
		int quiet = 0;
		int windows = 0;
		for (long from = 0; from + window <= wav.frames(); from += window) {
			windows++;
			if (wav.rms(from, from + window) < MIN_RMS) {
				quiet++;
			}
		}
		assertThat(windows).isPositive();
		double quietShare = (double) quiet / windows;
		assertThat(quietShare).as("share of quiet 20 ms windows").isBetween(0.05, 0.5);
	}

	static long uint32(byte[] b, int offset) {
		return (b[offset] & 0xFFL) | (b[offset + 1] & 0xFFL) << 8 | (b[offset + 2] & 0xFFL) << 16
				| (b[offset + 3] & 0xFFL) << 24;
	}

	/** Little-endian 16-bit PCM bytes of the samples, for building test audio. */
	static byte[] pcm16(short[] samples) {
		byte[] pcm = new byte[samples.length * 2];
		for (int i = 0; i < samples.length; i++) {
			pcm[2 * i] = (byte) samples[i];
			pcm[2 * i + 1] = (byte) (samples[i] >> 8);
		}
		return pcm;
	}

}
