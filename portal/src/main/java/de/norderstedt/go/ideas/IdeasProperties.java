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
 * @param reportsToHide after how many open reports of residents an idea or a comment is
 * hidden until a moderator decides
 * @param reportRetention how long reports are kept after a moderator decided about them,
 * and rejected comments after they were rejected
 */
@ConfigurationProperties("go.ideas")
public record IdeasProperties(@DefaultValue("30d") Duration contactRetention, @DefaultValue("3") int reportsToHide,
		@DefaultValue("90d") Duration reportRetention) {

	public IdeasProperties {
		if (reportsToHide < 1) {
			throw new IllegalArgumentException("go.ideas.reports-to-hide must be at least 1");
		}
	}

}
