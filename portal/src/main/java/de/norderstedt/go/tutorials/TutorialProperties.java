package de.norderstedt.go.tutorials;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the tutorial player.
 *
 * @param hintAfter how long a practice waits without progress before it offers its hint
 * (How long a resume code works is {@code go.privacy.retention.tutorial-resume-codes}.)
 */
@ConfigurationProperties("go.tutorials")
public record TutorialProperties(@DefaultValue("30s") Duration hintAfter) {
}
