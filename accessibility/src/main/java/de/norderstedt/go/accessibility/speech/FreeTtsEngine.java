package de.norderstedt.go.accessibility.speech;

import java.io.ByteArrayOutputStream;
import java.util.Locale;

import javax.sound.sampled.AudioFormat;

import com.sun.speech.freetts.Voice;
import com.sun.speech.freetts.VoiceManager;
import com.sun.speech.freetts.audio.AudioPlayer;
import org.jspecify.annotations.Nullable;

/**
 * English speech with FreeTTS and its 16 kHz diphone voice "kevin16", made in memory.
 * <p>
 * Thread-safe, but synthesis is serialised: FreeTTS voices keep per-utterance state and
 * share static lexicon data, so one JVM-wide lock guards the single shared voice. A
 * sentence takes some 10 to 40 ms, which the cache in {@link SpeechService} hides for
 * repeated texts.
 */
public final class FreeTtsEngine implements SpeechEngine {

	private static final String VOICE_NAME = "kevin16";

	private static final String VOICE_DIRECTORY = "com.sun.speech.freetts.en.us.cmu_us_kal.KevinVoiceDirectory";

	// one voice and one lock per JVM: engine instances must not run FreeTTS in parallel
	private static final Object LOCK = new Object();

	// volatile so that isAvailable() answers without waiting for a running synthesis
	private static volatile @Nullable Voice voice;

	private static @Nullable CollectingAudioPlayer player;

	private static volatile @Nullable String loadFailure;

	private static float normalWordsPerMinute;

	/** Creates the engine; the voice is loaded on first use (about 0.3 s). */
	public FreeTtsEngine() {
	}

	@Override
	public String voice() {
		return "freetts-kevin16";
	}

	@Override
	public boolean supports(Locale language) {
		return "en".equals(language.getLanguage());
	}

	@Override
	public boolean isAvailable() {
		if (voice != null) {
			return true;
		}
		if (loadFailure != null) {
			return false;
		}
		synchronized (LOCK) {
			return loadVoice();
		}
	}

	@Override
	public byte[] synthesize(String text, SpeechRate rate) {
		synchronized (LOCK) {
			if (!loadVoice()) {
				throw new SpeechException("FreeTTS voice " + VOICE_NAME + " is not available: " + loadFailure);
			}
			Voice voice = FreeTtsEngine.voice;
			CollectingAudioPlayer player = FreeTtsEngine.player;
			if (voice == null || player == null) {
				throw new IllegalStateException("voice loaded without a player");
			}
			player.clear();
			voice.setRate((float) (normalWordsPerMinute * rate.factor()));
			boolean spoken;
			try {
				spoken = voice.speak(text);
			}
			catch (RuntimeException ex) {
				throw new SpeechException("FreeTTS failed to speak the text", ex);
			}
			if (!spoken) {
				throw new SpeechException("FreeTTS did not finish speaking the text");
			}
			return player.toWav();
		}
	}

	/** Loads the voice once; called with {@link #LOCK} held. */
	private static boolean loadVoice() {
		if (voice != null) {
			return true;
		}
		if (loadFailure != null) {
			return false;
		}
		try {
			// the jar has no voices.txt, so FreeTTS only finds voice directories named in
			// this property; keep directories someone else configured
			String directories = System.getProperty("freetts.voices");
			if (directories == null || directories.isBlank()) {
				System.setProperty("freetts.voices", VOICE_DIRECTORY);
			}
			else if (!directories.contains(VOICE_DIRECTORY)) {
				System.setProperty("freetts.voices", directories + "," + VOICE_DIRECTORY);
			}
			Voice loaded = VoiceManager.getInstance().getVoice(VOICE_NAME);
			if (loaded == null) {
				loadFailure = "VoiceManager has no voice " + VOICE_NAME + " (freetts.voices="
						+ System.getProperty("freetts.voices") + ")";
				return false;
			}
			loaded.allocate();
			CollectingAudioPlayer collecting = new CollectingAudioPlayer();
			loaded.setAudioPlayer(collecting);
			normalWordsPerMinute = loaded.getRate();
			player = collecting;
			voice = loaded;
			return true;
		}
		catch (RuntimeException | LinkageError ex) {
			loadFailure = ex.toString();
			return false;
		}
	}

	/**
	 * Collects what FreeTTS would play. FreeTTS writes from its own output thread while
	 * {@code Voice.speak} waits for it, so the buffer is synchronised.
	 */
	private static final class CollectingAudioPlayer implements AudioPlayer {

		private final ByteArrayOutputStream pcm = new ByteArrayOutputStream(64 * 1024);

		private @Nullable AudioFormat format;

		private float volume = 1.0f;

		synchronized void clear() {
			this.pcm.reset();
		}

		synchronized byte[] toWav() {
			AudioFormat format = this.format;
			if (format == null) {
				// nothing was spoken (e.g. only punctuation): an empty but valid file
				return Wav.encode(new byte[0], 16_000, 1, 16);
			}
			byte[] data = this.pcm.toByteArray();
			int bits = format.getSampleSizeInBits();
			if (bits == 16 && format.isBigEndian()) {
				// WAV is little-endian, FreeTTS produces big-endian samples
				for (int i = 0; i + 1 < data.length; i += 2) {
					byte high = data[i];
					data[i] = data[i + 1];
					data[i + 1] = high;
				}
			}
			else if (bits == 8 && format.getEncoding() == AudioFormat.Encoding.PCM_SIGNED) {
				// 8-bit WAV is unsigned
				for (int i = 0; i < data.length; i++) {
					data[i] = (byte) (data[i] + 128);
				}
			}
			else if (bits != 8 && bits != 16) {
				throw new SpeechException("unexpected FreeTTS audio format " + format);
			}
			return Wav.encode(data, Math.round(format.getSampleRate()), format.getChannels(), bits);
		}

		@Override
		public synchronized void setAudioFormat(AudioFormat format) {
			this.format = format;
		}

		@Override
		public synchronized AudioFormat getAudioFormat() {
			AudioFormat format = this.format;
			return (format != null) ? format : new AudioFormat(16_000f, 16, 1, true, true);
		}

		@Override
		public synchronized boolean write(byte[] audio) {
			return write(audio, 0, audio.length);
		}

		@Override
		public synchronized boolean write(byte[] audio, int offset, int length) {
			this.pcm.write(audio, offset, length);
			return true;
		}

		@Override
		public void begin(int size) {
		}

		@Override
		public boolean end() {
			return true;
		}

		@Override
		public boolean drain() {
			return true;
		}

		@Override
		public void pause() {
		}

		@Override
		public void resume() {
		}

		@Override
		public void reset() {
		}

		@Override
		public void cancel() {
		}

		@Override
		public void close() {
		}

		@Override
		public synchronized float getVolume() {
			return this.volume;
		}

		@Override
		public synchronized void setVolume(float volume) {
			this.volume = volume;
		}

		@Override
		public long getTime() {
			return 0;
		}

		@Override
		public void resetTime() {
		}

		@Override
		public void startFirstSampleTimer() {
		}

		@Override
		public void showMetrics() {
		}

	}

}
