package de.norderstedt.go.speech;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Read-aloud settings.
 *
 * @param cacheSize how much synthesised audio the server keeps in memory
 * @param maxConcurrentSyntheses how many texts are synthesised at the same time at most
 */
@ConfigurationProperties("go.speech")
public record SpeechProperties(@DefaultValue("64MB") DataSize cacheSize,
		@DefaultValue("4") int maxConcurrentSyntheses) {
}
