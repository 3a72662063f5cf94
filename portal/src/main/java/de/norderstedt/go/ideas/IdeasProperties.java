package de.norderstedt.go.ideas;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Settings of the Ideenspeicher.
 *
 * (How long contact data and reports are kept is in {@code go.privacy.retention.*}.)
 *
 * @param reportsToHide after how many open reports of residents an idea or a comment is
 * hidden until a moderator decides
 */
@ConfigurationProperties("go.ideas")
public record IdeasProperties(@DefaultValue("3") int reportsToHide) {

	public IdeasProperties {
		if (reportsToHide < 1) {
			throw new IllegalArgumentException("go.ideas.reports-to-hide must be at least 1");
		}
	}

}
