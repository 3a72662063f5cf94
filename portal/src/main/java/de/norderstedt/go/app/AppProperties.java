package de.norderstedt.go.app;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long a browser keeps the copies of a person's pages for use without a connection. A
 * ticket's copy is kept until the day after its date, a reservation's until its code
 * stops working; the browser deletes all of them at sign-out.
 *
 * @param newsKeptFor how long the copy of the last news a person opened is kept
 */
@ConfigurationProperties("go.app")
public record AppProperties(@DefaultValue("7d") Duration newsKeptFor) {

	public AppProperties {
		if (newsKeptFor.isNegative() || newsKeptFor.isZero()) {
			throw new IllegalArgumentException("go.app.news-kept-for must be positive, was " + newsKeptFor);
		}
	}

}
