package de.norderstedt.go.accessibility.speech;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;

import org.junit.jupiter.api.Test;

class DefaultEnginesTest {

	private final SpeechService service = new SpeechService(SpeechService.defaultEngines(), 8L * 1024 * 1024);

	@Test
	void the_default_engines_speak_german_and_english_but_not_french() {
		assertThat(this.service.canSpeak(Locale.GERMAN))
			.as("German needs espeak-ng: apt-get install espeak-ng (bin/test does it)")
			.isTrue();
		assertThat(this.service.canSpeak(Locale.ENGLISH)).isTrue();
		assertThat(this.service.canSpeak(Locale.FRENCH)).isFalse();
	}

	@Test
	void german_is_spoken_by_espeak_ng_and_english_by_freetts() {
		String german = "Ihr Kurs beginnt am Montag um zehn Uhr im Rathaus.";
		String english = "Your course starts on Monday at ten in the town hall.";

		Speech de = this.service.speak(german, Locale.GERMANY, SpeechRate.NORMAL).orElseThrow();
		Speech en = this.service.speak(english, Locale.UK, SpeechRate.NORMAL).orElseThrow();

		assertThat(de.key()).isEqualTo(SpeechCache.key(german, "de", "espeak-ng-de", SpeechRate.NORMAL));
		assertThat(en.key()).isEqualTo(SpeechCache.key(english, "en", "freetts-kevin16", SpeechRate.NORMAL));
		SpeechAssertions.assertSpeechOf(de.audio(), german);
		SpeechAssertions.assertSpeechOf(en.audio(), english);
		assertThat(this.service.speak(german, Locale.GERMANY, SpeechRate.NORMAL).orElseThrow().fromCache()).isTrue();
	}

}
