package de.norderstedt.go.speech;

import de.norderstedt.go.accessibility.speech.SpeechService;
import de.norderstedt.go.content.Tutorials;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import java.util.Locale;

@Configuration(proxyBeanMethods = false)
class SpeechConfiguration {

	private static final Logger log = LoggerFactory.getLogger(SpeechConfiguration.class);

	@Bean
	SpeechService speechService(SpeechProperties properties) {
		SpeechService service = new SpeechService(SpeechService.defaultEngines(), properties.cacheSize().toBytes());
		for (Locale language : new Locale[] { Locale.GERMAN, Locale.ENGLISH }) {
			if (!service.canSpeak(language)) {
				// The UI says so in words; this tells the operator what to install.
				log.warn("No speech engine for '{}': read-aloud is off in that language{}", language.getLanguage(),
						Locale.GERMAN.equals(language) ? " (install the Debian package espeak-ng)" : "");
			}
		}
		return service;
	}

	@Bean
	FixedTexts fixedSpeechTexts(Tutorials tutorials) {
		return FixedTexts.of(tutorials);
	}

}
