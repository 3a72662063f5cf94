package de.norderstedt.go.accessibility.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;

class SpeechServiceTest {

	private final CountingEngine german = new CountingEngine("fake-de", "de");

	private final CountingEngine english = new CountingEngine("fake-en", "en");

	private final SpeechService service = new SpeechService(List.of(this.german, this.english), 1024 * 1024);

	@Test
	void a_second_speak_of_the_same_text_comes_from_the_cache_without_the_engine() {
		Speech first = this.service.speak("Willkommen in Norderstedt.", Locale.GERMAN, SpeechRate.NORMAL).orElseThrow();
		Speech second = this.service.speak("Willkommen in Norderstedt.", Locale.GERMAN, SpeechRate.NORMAL)
			.orElseThrow();

		assertThat(first.fromCache()).isFalse();
		assertThat(second.fromCache()).isTrue();
		assertThat(second.audio()).isEqualTo(first.audio());
		assertThat(second.key()).isEqualTo(first.key());
		assertThat(second.contentType()).isEqualTo("audio/wav");
		assertThat(this.german.calls()).containsExactly("Willkommen in Norderstedt./NORMAL");
		assertThat(this.service.cachedBytes()).isEqualTo(first.audio().length);
	}

	@Test
	void what_a_person_typed_is_spoken_without_the_cache_neither_read_from_nor_kept_in_it() {
		this.service.speak("Bank im Stadtpark", Locale.GERMAN, SpeechRate.NORMAL).orElseThrow();
		long shared = this.service.cachedBytes();

		Speech typed = this.service.speakPrivately("Bank im Stadtpark", Locale.GERMAN, SpeechRate.NORMAL).orElseThrow();
		Speech again = this.service.speakPrivately("Helga Brandt, helga@example.org", Locale.GERMAN, SpeechRate.NORMAL)
			.orElseThrow();

		assertThat(typed.fromCache()).isFalse();
		assertThat(again.fromCache()).isFalse();
		assertThat(this.german.calls()).containsExactly("Bank im Stadtpark/NORMAL", "Bank im Stadtpark/NORMAL",
				"Helga Brandt, helga@example.org/NORMAL");
		assertThat(this.service.cachedBytes()).isEqualTo(shared);
		assertThat(this.service.holds("Helga Brandt, helga@example.org", Locale.GERMAN, SpeechRate.NORMAL)).isFalse();
		assertThat(this.service.holds("Bank im Stadtpark", Locale.GERMAN, SpeechRate.NORMAL)).isTrue();
	}

	@Test
	void another_rate_is_another_key_and_another_synthesis() {
		Speech normal = this.service.speak("Hallo", Locale.GERMAN, SpeechRate.NORMAL).orElseThrow();
		Speech slow = this.service.speak("Hallo", Locale.GERMAN, SpeechRate.SLOW).orElseThrow();

		assertThat(slow.fromCache()).isFalse();
		assertThat(slow.key()).isNotEqualTo(normal.key());
		assertThat(this.german.calls()).containsExactly("Hallo/NORMAL", "Hallo/SLOW");
	}

	@Test
	void the_same_text_in_another_language_is_spoken_by_that_languages_engine() {
		Speech german = this.service.speak("Hallo", Locale.GERMANY, SpeechRate.NORMAL).orElseThrow();
		Speech english = this.service.speak("Hallo", Locale.UK, SpeechRate.NORMAL).orElseThrow();

		assertThat(english.key()).isNotEqualTo(german.key());
		assertThat(this.german.calls()).containsExactly("Hallo/NORMAL");
		assertThat(this.english.calls()).containsExactly("Hallo/NORMAL");
	}

	@Test
	void the_region_of_a_locale_does_not_split_the_cache() {
		this.service.speak("Hallo", Locale.GERMANY, SpeechRate.NORMAL);
		Speech austrian = this.service.speak("Hallo", Locale.of("de", "AT"), SpeechRate.NORMAL).orElseThrow();

		assertThat(austrian.fromCache()).isTrue();
	}

	@Test
	void surrounding_whitespace_and_unicode_composition_do_not_split_the_cache() {
		this.service.speak("Grüße aus Glashütte", Locale.GERMAN, SpeechRate.NORMAL);
		// "u" followed by a combining diaeresis, as some keyboards and PDFs produce it
		String decomposed = "  Gru\u0308ße aus Glashu\u0308tte\n";

		Speech speech = this.service.speak(decomposed, Locale.GERMAN, SpeechRate.NORMAL).orElseThrow();

		assertThat(speech.fromCache()).isTrue();
		assertThat(this.german.calls()).containsExactly("Grüße aus Glashütte/NORMAL");
	}

	@Test
	void changing_the_returned_audio_does_not_change_what_the_cache_serves() {
		Speech first = this.service.speak("Hallo", Locale.GERMAN, SpeechRate.NORMAL).orElseThrow();
		byte[] original = first.audio().clone();
		first.audio()[0] = 'X';

		Speech second = this.service.speak("Hallo", Locale.GERMAN, SpeechRate.NORMAL).orElseThrow();
		second.audio()[1] = 'Y';

		assertThat(this.service.speak("Hallo", Locale.GERMAN, SpeechRate.NORMAL).orElseThrow().audio())
			.isEqualTo(original);
	}

	@Test
	void a_language_without_an_engine_gives_nothing() {
		assertThat(this.service.speak("Bonjour", Locale.FRENCH, SpeechRate.NORMAL)).isEmpty();
		assertThat(this.service.canSpeak(Locale.FRENCH)).isFalse();
		assertThat(this.service.canSpeak(Locale.GERMAN)).isTrue();
	}

	@Test
	void an_unavailable_engine_is_passed_over() {
		CountingEngine missing = new CountingEngine("missing-de", "de");
		missing.available.set(false);
		SpeechService service = new SpeechService(List.of(missing, this.german), 1024);

		Speech speech = service.speak("Hallo", Locale.GERMAN, SpeechRate.NORMAL).orElseThrow();

		assertThat(new String(speech.audio(), StandardCharsets.UTF_8)).startsWith("fake-de");
		assertThat(missing.calls()).isEmpty();
		assertThat(new SpeechService(List.of(missing), 1024).speak("Hallo", Locale.GERMAN, SpeechRate.NORMAL))
			.isEmpty();
	}

	@Test
	void the_first_available_engine_for_a_language_is_preferred() {
		CountingEngine other = new CountingEngine("other-de", "de");
		SpeechService service = new SpeechService(List.of(this.german, other), 1024);

		service.speak("Hallo", Locale.GERMAN, SpeechRate.NORMAL);

		assertThat(this.german.calls()).hasSize(1);
		assertThat(other.calls()).isEmpty();
	}

	@Test
	void blank_text_is_refused() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.service.speak("", Locale.GERMAN, SpeechRate.NORMAL));
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.service.speak(" \t\n ", Locale.GERMAN, SpeechRate.NORMAL));
		assertThat(this.german.calls()).isEmpty();
	}

	@Test
	void text_longer_than_the_maximum_is_refused_and_text_of_exactly_the_maximum_is_spoken() {
		String longest = "a".repeat(SpeechService.MAX_TEXT_LENGTH);

		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.service.speak(longest + "a", Locale.GERMAN, SpeechRate.NORMAL));
		assertThat(this.service.speak("  " + longest + "  ", Locale.GERMAN, SpeechRate.NORMAL)).isPresent();
	}

	@Test
	void invalid_text_is_refused_even_for_a_language_without_an_engine() {
		assertThatIllegalArgumentException()
			.isThrownBy(() -> this.service.speak(" ", Locale.FRENCH, SpeechRate.NORMAL));
	}

	@Test
	void an_engine_failure_reaches_the_caller_and_nothing_is_cached() {
		this.german.failing.set(true);

		assertThatExceptionOfType(SpeechException.class)
			.isThrownBy(() -> this.service.speak("Hallo", Locale.GERMAN, SpeechRate.NORMAL));
		this.german.failing.set(false);
		Speech speech = this.service.speak("Hallo", Locale.GERMAN, SpeechRate.NORMAL).orElseThrow();

		assertThat(speech.fromCache()).isFalse();
		assertThat(this.german.calls()).hasSize(2);
	}

	@Test
	void the_cache_bound_evicts_the_least_recently_spoken_text() {
		CountingEngine engine = new CountingEngine("fake-de", "de");
		int size = engine.synthesize("Eins", SpeechRate.NORMAL).length;
		SpeechService service = new SpeechService(List.of(engine), 2L * size);
		service.speak("Eins", Locale.GERMAN, SpeechRate.NORMAL);
		service.speak("Zwei", Locale.GERMAN, SpeechRate.NORMAL);
		service.speak("Eins", Locale.GERMAN, SpeechRate.NORMAL);

		service.speak("Drei", Locale.GERMAN, SpeechRate.NORMAL);

		assertThat(service.speak("Eins", Locale.GERMAN, SpeechRate.NORMAL).orElseThrow().fromCache()).isTrue();
		assertThat(service.speak("Zwei", Locale.GERMAN, SpeechRate.NORMAL).orElseThrow().fromCache()).isFalse();
		assertThat(service.cachedBytes()).isEqualTo(2L * size);
	}

	/**
	 * Records what it was asked to say and answers with bytes naming voice, text and
	 * rate.
	 */
	private static final class CountingEngine implements SpeechEngine {

		private final String voice;

		private final String language;

		private final List<String> calls = Collections.synchronizedList(new ArrayList<>());

		final AtomicBoolean available = new AtomicBoolean(true);

		final AtomicBoolean failing = new AtomicBoolean(false);

		CountingEngine(String voice, String language) {
			this.voice = voice;
			this.language = language;
		}

		List<String> calls() {
			return List.copyOf(this.calls);
		}

		@Override
		public String voice() {
			return this.voice;
		}

		@Override
		public boolean supports(Locale language) {
			return this.language.equals(language.getLanguage());
		}

		@Override
		public boolean isAvailable() {
			return this.available.get();
		}

		@Override
		public byte[] synthesize(String text, SpeechRate rate) {
			this.calls.add(text + "/" + rate);
			if (this.failing.get()) {
				throw new SpeechException("engine failed on purpose");
			}
			return (this.voice + ":" + text + ":" + rate).getBytes(StandardCharsets.UTF_8);
		}

	}

}
