package de.norderstedt.go.tutorials;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tutorial player.
 *
 * @param hintAfter how long a practice waits without progress before it offers its hint
 * @param resumeCodeValidity how long a resume code works
 */
@ConfigurationProperties("go.tutorials")
public record TutorialProperties(@DefaultValue("30s") Duration hintAfter,
		@DefaultValue("30d") Duration resumeCodeValidity) {
}
