package de.norderstedt.go.ideas;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Ideenspeicher.
 *
 * @param contactRetention how long after an idea reached its final state (done, merged,
 * not feasible, withdrawn) the e-mail address its author left is kept: long enough to
 * tell them the decision, then it is deleted
 */
@ConfigurationProperties("go.ideas")
public record IdeasProperties(@DefaultValue("30d") Duration contactRetention) {
}
