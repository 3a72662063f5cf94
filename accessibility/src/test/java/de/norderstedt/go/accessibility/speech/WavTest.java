package de.norderstedt.go.accessibility.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;
import static org.assertj.core.api.Assertions.within;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;

import org.junit.jupiter.api.Test;

class WavTest {

	@Test
	void a_written_file_parses_back_with_its_format_and_duration() {
		byte[] file = Wav.encode(new byte[16_000], 16_000, 1, 16);

		Wav wav = Wav.parse(file);

		assertThat(wav.sampleRate()).isEqualTo(16_000);
		assertThat(wav.channels()).isEqualTo(1);
		assertThat(wav.bitsPerSample()).isEqualTo(16);
		assertThat(wav.frames()).isEqualTo(8_000);
		assertThat(wav.duration()).isEqualTo(Duration.ofMillis(500));
		assertThat(wav.dataOffset()).isEqualTo(44);
		assertThat(wav.dataLength()).isEqualTo(16_000);
		SpeechAssertions.assertWellFormedWav(file);
	}

	@Test
	void stereo_frames_count_both_channels_once() {
		Wav wav = Wav.parse(Wav.encode(new byte[4 * 22_050], 22_050, 2, 16));

		assertThat(wav.frames()).isEqualTo(22_050);
		assertThat(wav.seconds()).isEqualTo(1.0);
	}

	@Test
	void digital_silence_has_no_loudness() {
		assertThat(Wav.parse(Wav.encode(new byte[2_000], 8_000, 1, 16)).rms()).isZero();
	}

	@Test
	void a_full_scale_square_wave_has_an_rms_of_one_and_a_sine_of_one_over_root_two() {
		short[] square = new short[1_000];
		short[] sine = new short[1_000];
		for (int i = 0; i < square.length; i++) {
			square[i] = (short) (((i / 10) % 2 == 0) ? Short.MAX_VALUE : Short.MIN_VALUE);
			// 100 whole periods, so the mean of sin^2 is exactly 1/2
			sine[i] = (short) Math.round(32767 * Math.sin(2 * Math.PI * i / 10.0));
		}

		assertThat(Wav.parse(Wav.encode(SpeechAssertions.pcm16(square), 8_000, 1, 16)).rms()).isCloseTo(1.0,
				within(0.001));
		assertThat(Wav.parse(Wav.encode(SpeechAssertions.pcm16(sine), 8_000, 1, 16)).rms()).isCloseTo(Math.sqrt(0.5),
				within(0.001));
	}

	@Test
	void eight_bit_samples_are_unsigned_with_128_as_silence() {
		byte[] silence = new byte[100];
		Arrays.fill(silence, (byte) 128);
		byte[] loud = new byte[100];
		for (int i = 0; i < loud.length; i++) {
			loud[i] = (byte) ((i % 2 == 0) ? 0 : 255);
		}

		assertThat(Wav.parse(Wav.encode(silence, 8_000, 1, 8)).rms()).isZero();
		// samples -128 and +127 of a full scale of 128
		assertThat(Wav.parse(Wav.encode(loud, 8_000, 1, 8)).rms()).isCloseTo(0.996, within(0.001));
	}

	@Test
	void the_rms_of_a_range_of_frames_looks_only_at_those_frames() {
		short[] samples = new short[200];
		Arrays.fill(samples, 100, 200, (short) 16_384);
		Wav wav = Wav.parse(Wav.encode(SpeechAssertions.pcm16(samples), 8_000, 1, 16));

		assertThat(wav.rms(0, 100)).isZero();
		assertThat(wav.rms(100, 200)).isEqualTo(0.5);
		assertThat(wav.rms()).isCloseTo(Math.sqrt(0.125), within(1e-9));
	}

	@Test
	void placeholder_sizes_of_a_streamed_file_are_rejected_until_patched() {
		// what espeak-ng --stdout writes: it cannot seek back on a pipe to fill in the
		// sizes
		byte[] streamed = Wav.encode(new byte[1_000], 22_050, 1, 16);
		putUint32(streamed, 4, 0x7FFFF024L);
		putUint32(streamed, 40, 0x7FFFF000L);
		assertThatIllegalArgumentException().isThrownBy(() -> Wav.parse(streamed)).withMessageContaining("RIFF size");

		byte[] patched = Wav.withCorrectSizes(streamed);

		assertThat(SpeechAssertions.assertWellFormedWav(patched).frames()).isEqualTo(500);
	}

	@Test
	void the_data_chunk_is_found_after_other_chunks_instead_of_at_a_fixed_offset() {
		byte[] plain = Wav.encode(new byte[1_000], 22_050, 1, 16);
		// fmt chunk, then a LIST chunk of odd length (padded), then data with placeholder
		// sizes
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 36);
		out.writeBytes("LIST".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(new byte[] { 5, 0, 0, 0, 'I', 'N', 'F', 'O', 'x', 0 });
		out.writeBytes("data".getBytes(StandardCharsets.ISO_8859_1));
		out.writeBytes(new byte[] { 0, (byte) 0xF0, (byte) 0xFF, 0x7F });
		out.write(plain, 44, 1_000);
		byte[] streamed = out.toByteArray();

		byte[] patched = Wav.withCorrectSizes(streamed);

		Wav wav = SpeechAssertions.assertWellFormedWav(patched);
		assertThat(wav.dataOffset()).isEqualTo(36 + 8 + 6 + 8);
		assertThat(wav.frames()).isEqualTo(500);
		// the LIST chunk's own size stays untouched
		assertThat(SpeechAssertions.uint32(patched, 40)).isEqualTo(5);
	}

	@Test
	void a_trailing_partial_frame_is_cut_off() {
		byte[] file = Wav.encode(new byte[1_000], 22_050, 1, 16);
		byte[] streamed = Arrays.copyOf(file, file.length + 1);

		byte[] patched = Wav.withCorrectSizes(streamed);

		assertThat(patched).hasSize(file.length);
		assertThat(SpeechAssertions.assertWellFormedWav(patched).frames()).isEqualTo(500);
	}

	@Test
	void bytes_that_are_not_a_pcm_wav_file_are_rejected() {
		byte[] noise = new byte[1_000];
		new Random(42).nextBytes(noise);
		byte[] good = Wav.encode(new byte[100], 8_000, 1, 16);
		byte[] floatingPoint = good.clone();
		floatingPoint[20] = 3;
		byte[] truncated = Arrays.copyOf(good, 60);

		assertThatIllegalArgumentException().isThrownBy(() -> Wav.parse(noise));
		assertThatIllegalArgumentException().isThrownBy(() -> Wav.parse(new byte[0]));
		assertThatIllegalArgumentException().isThrownBy(() -> Wav.parse(floatingPoint))
			.withMessageContaining("not PCM");
		assertThatIllegalArgumentException().isThrownBy(() -> Wav.parse(truncated));
		assertThatIllegalArgumentException().isThrownBy(() -> Wav.withCorrectSizes(noise));
		assertThatIllegalArgumentException().isThrownBy(() -> Wav.withCorrectSizes(Arrays.copyOf(good, 36)))
			.withMessageContaining("no data chunk");
	}

	@Test
	void pcm_that_is_not_whole_frames_cannot_be_encoded() {
		assertThatIllegalArgumentException().isThrownBy(() -> Wav.encode(new byte[3], 8_000, 1, 16));
	}

	private static void putUint32(byte[] b, int offset, long value) {
		for (int i = 0; i < 4; i++) {
			b[offset + i] = (byte) (value >>> (8 * i));
		}
	}

}
