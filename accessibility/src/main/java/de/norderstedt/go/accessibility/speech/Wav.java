package de.norderstedt.go.accessibility.speech;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;

/**
 * A parsed PCM RIFF/WAVE file: its format, length and loudness. Parsing is strict: the
 * RIFF size must equal the file length and the data chunk must lie inside the file, so a
 * file that parses can be served with a correct {@code Content-Length} and played by
 * every browser.
 */
public final class Wav {

	private static final int HEADER_LENGTH = 44;

	private static final int FORMAT_PCM = 1;

	private static final int FORMAT_EXTENSIBLE = 0xFFFE;

	private final byte[] file;

	private final int sampleRate;

	private final int channels;

	private final int bitsPerSample;

	private final int dataOffset;

	private final int dataLength;

	private Wav(byte[] file, int sampleRate, int channels, int bitsPerSample, int dataOffset, int dataLength) {
		this.file = file;
		this.sampleRate = sampleRate;
		this.channels = channels;
		this.bitsPerSample = bitsPerSample;
		this.dataOffset = dataOffset;
		this.dataLength = dataLength;
	}

	/**
	 * Parses a PCM WAV file (8, 16, 24 or 32 bit integer samples). The array is not
	 * copied: do not modify it while using the result.
	 * @throws IllegalArgumentException when it is not a well-formed PCM WAV file
	 */
	public static Wav parse(byte[] file) {
		requireRiffWave(file);
		long riffSize = uint32(file, 4);
		if (riffSize != file.length - 8L) {
			throw new IllegalArgumentException(
					"RIFF size " + riffSize + " does not match the file length " + file.length + " - 8");
		}
		int format = -1;
		int channels = 0;
		int sampleRate = 0;
		int bitsPerSample = 0;
		int blockAlign = 0;
		int position = 12;
		while (position + 8 <= file.length) {
			String id = chunkId(file, position);
			long size = uint32(file, position + 4);
			int body = position + 8;
			if (body + size > file.length) {
				throw new IllegalArgumentException("chunk '" + id + "' of " + size + " bytes at " + position
						+ " runs past the end of the file (" + file.length + " bytes)");
			}
			if (id.equals("fmt ")) {
				if (size < 16) {
					throw new IllegalArgumentException("fmt chunk too short: " + size);
				}
				format = uint16(file, body);
				channels = uint16(file, body + 2);
				sampleRate = (int) Math.min(uint32(file, body + 4), Integer.MAX_VALUE);
				blockAlign = uint16(file, body + 12);
				bitsPerSample = uint16(file, body + 14);
			}
			else if (id.equals("data")) {
				if (format != FORMAT_PCM && format != FORMAT_EXTENSIBLE) {
					throw new IllegalArgumentException(
							format == -1 ? "data chunk before fmt chunk" : "not PCM (format tag " + format + ")");
				}
				if (channels < 1 || sampleRate < 1
						|| (bitsPerSample != 8 && bitsPerSample != 16 && bitsPerSample != 24 && bitsPerSample != 32)) {
					throw new IllegalArgumentException("unsupported PCM format: " + channels + " channels, "
							+ sampleRate + " Hz, " + bitsPerSample + " bit");
				}
				if (blockAlign != channels * (bitsPerSample / 8)) {
					throw new IllegalArgumentException("block align " + blockAlign + " does not match " + channels
							+ " channels of " + bitsPerSample + " bit");
				}
				if (size % blockAlign != 0) {
					throw new IllegalArgumentException(
							"data size " + size + " is not a whole number of " + blockAlign + "-byte frames");
				}
				return new Wav(file, sampleRate, channels, bitsPerSample, body, (int) size);
			}
			// chunks are padded to an even length
			position = Math.toIntExact(body + size + (size & 1));
		}
		throw new IllegalArgumentException("no data chunk");
	}

	/** Samples per second (per channel). */
	public int sampleRate() {
		return this.sampleRate;
	}

	public int channels() {
		return this.channels;
	}

	public int bitsPerSample() {
		return this.bitsPerSample;
	}

	/** Number of sample frames, i.e. samples per channel. */
	public long frames() {
		return this.dataLength / frameSize();
	}

	/** Offset of the first audio byte (just after the data chunk's header). */
	public int dataOffset() {
		return this.dataOffset;
	}

	/** Length of the audio data in bytes, as the data chunk declares it. */
	public int dataLength() {
		return this.dataLength;
	}

	/** How long the audio plays. */
	public Duration duration() {
		return Duration.ofNanos(Math.round(seconds() * 1e9));
	}

	public double seconds() {
		return (double) frames() / this.sampleRate;
	}

	/**
	 * Root mean square of all samples relative to full scale: 0 for digital silence,
	 * about 0.707 for a full-scale sine, 1 for a full-scale square wave.
	 */
	public double rms() {
		return rms(0, frames());
	}

	/** Root mean square of the frames {@code [from, to)} relative to full scale. */
	double rms(long from, long to) {
		if (from < 0 || to > frames() || from > to) {
			throw new IndexOutOfBoundsException("frames [" + from + ", " + to + ") of " + frames());
		}
		if (from == to) {
			return 0;
		}
		int bytes = this.bitsPerSample / 8;
		double fullScale = Math.pow(2, this.bitsPerSample - 1);
		double sum = 0;
		int start = this.dataOffset + Math.toIntExact(from * frameSize());
		int end = this.dataOffset + Math.toIntExact(to * frameSize());
		for (int i = start; i < end; i += bytes) {
			double sample = sample(i, bytes) / fullScale;
			sum += sample * sample;
		}
		return Math.sqrt(sum / ((to - from) * this.channels));
	}

	private long sample(int offset, int bytes) {
		if (bytes == 1) {
			// 8-bit WAV is unsigned with 128 as zero
			return (this.file[offset] & 0xFF) - 128;
		}
		long value = 0;
		for (int b = 0; b < bytes; b++) {
			value |= (long) (this.file[offset + b] & 0xFF) << (8 * b);
		}
		int shift = 64 - 8 * bytes;
		return (value << shift) >> shift;
	}

	private int frameSize() {
		return this.channels * (this.bitsPerSample / 8);
	}

	/**
	 * A WAV file around little-endian PCM data (signed, or unsigned for 8 bit, as WAV
	 * wants it).
	 */
	static byte[] encode(byte[] pcm, int sampleRate, int channels, int bitsPerSample) {
		int blockAlign = channels * (bitsPerSample / 8);
		if (pcm.length % blockAlign != 0) {
			throw new IllegalArgumentException(
					pcm.length + " bytes of PCM are not a whole number of " + blockAlign + "-byte frames");
		}
		byte[] file = new byte[HEADER_LENGTH + pcm.length];
		ascii(file, 0, "RIFF");
		putUint32(file, 4, file.length - 8L);
		ascii(file, 8, "WAVE");
		ascii(file, 12, "fmt ");
		putUint32(file, 16, 16);
		putUint16(file, 20, FORMAT_PCM);
		putUint16(file, 22, channels);
		putUint32(file, 24, sampleRate);
		putUint32(file, 28, (long) sampleRate * blockAlign);
		putUint16(file, 32, blockAlign);
		putUint16(file, 34, bitsPerSample);
		ascii(file, 36, "data");
		putUint32(file, 40, pcm.length);
		System.arraycopy(pcm, 0, file, HEADER_LENGTH, pcm.length);
		return file;
	}

	/**
	 * Sets the RIFF and data chunk sizes from the real length, for writers that stream a
	 * WAV file and cannot seek back to fill them in (espeak-ng's {@code --stdout} writes
	 * placeholders). The data chunk must be the last chunk; a trailing partial frame is
	 * cut off.
	 * @return the file with correct sizes: the same array, or a shorter copy when a
	 * partial frame was cut off
	 * @throws IllegalArgumentException when it is not a RIFF/WAVE file with a fmt and a
	 * data chunk
	 */
	static byte[] withCorrectSizes(byte[] file) {
		requireRiffWave(file);
		int blockAlign = 0;
		int position = 12;
		while (position + 8 <= file.length) {
			String id = chunkId(file, position);
			int body = position + 8;
			if (id.equals("data")) {
				if (blockAlign < 1) {
					throw new IllegalArgumentException("data chunk before a valid fmt chunk");
				}
				int length = file.length - body;
				int whole = length - length % blockAlign;
				byte[] result = (whole == length) ? file : Arrays.copyOf(file, body + whole);
				putUint32(result, position + 4, whole);
				// RIFF chunks are padded to an even length; the pad byte counts towards
				// the RIFF size
				if (whole % 2 != 0) {
					result = Arrays.copyOf(result, result.length + 1);
				}
				putUint32(result, 4, result.length - 8L);
				return result;
			}
			long size = uint32(file, position + 4);
			if (body + size > file.length) {
				throw new IllegalArgumentException("chunk '" + id + "' runs past the end of the file");
			}
			if (id.equals("fmt ") && size >= 16) {
				blockAlign = uint16(file, body + 12);
			}
			position = Math.toIntExact(body + size + (size & 1));
		}
		throw new IllegalArgumentException("no data chunk");
	}

	private static void requireRiffWave(byte[] file) {
		if (file.length < 12 || !chunkId(file, 0).equals("RIFF") || !chunkId(file, 8).equals("WAVE")) {
			throw new IllegalArgumentException("not a RIFF/WAVE file (" + file.length + " bytes)");
		}
	}

	private static String chunkId(byte[] file, int offset) {
		return new String(file, offset, 4, StandardCharsets.ISO_8859_1);
	}

	private static int uint16(byte[] b, int offset) {
		return (b[offset] & 0xFF) | (b[offset + 1] & 0xFF) << 8;
	}

	private static long uint32(byte[] b, int offset) {
		return (b[offset] & 0xFFL) | (b[offset + 1] & 0xFFL) << 8 | (b[offset + 2] & 0xFFL) << 16
				| (b[offset + 3] & 0xFFL) << 24;
	}

	private static void putUint16(byte[] b, int offset, int value) {
		b[offset] = (byte) value;
		b[offset + 1] = (byte) (value >>> 8);
	}

	private static void putUint32(byte[] b, int offset, long value) {
		for (int i = 0; i < 4; i++) {
			b[offset + i] = (byte) (value >>> (8 * i));
		}
	}

	private static void ascii(byte[] b, int offset, String text) {
		byte[] bytes = text.getBytes(StandardCharsets.ISO_8859_1);
		System.arraycopy(bytes, 0, b, offset, bytes.length);
	}

}
