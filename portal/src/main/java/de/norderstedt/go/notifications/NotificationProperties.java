package de.norderstedt.go.notifications;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How notifications are delivered ({@code go.notifications.*}).
 *
 * @param delivery the delivery loop (How long messages are kept is in
 * {@code go.privacy.retention.*}.)
 * @param confirmation the links that confirm an e-mail address
 */
@ConfigurationProperties("go.notifications")
record NotificationProperties(@DefaultValue Delivery delivery, @DefaultValue Confirmation confirmation) {

	/**
	 * @param validity how long a confirmation link works
	 * @param resendAfter the shortest wait before another link may be sent to an address
	 * @param maxPerDay the most links sent to one address in 24 hours
	 */
	record Confirmation(@DefaultValue("24h") Duration validity, @DefaultValue("1m") Duration resendAfter,
			@DefaultValue("5") int maxPerDay) {
	}

	/**
	 * @param scheduled whether the loop runs by itself (tests call it)
	 * @param interval pause between two rounds of the loop
	 * @param batch how many deliveries one round claims at a time
	 * @param concurrency how many are sent at the same time
	 * @param lease how long a claimed delivery is left alone before it counts as not sent
	 * (a crash while sending)
	 * @param firstRetry the wait after the first failed try; it doubles with each try
	 * @param maxRetry the longest wait between two tries
	 * @param newsTtl how long news may wait to be delivered
	 * @param warningTtl how long an urgent warning may wait
	 * @param personalTtl how long booking and locker messages may wait
	 */
	record Delivery(@DefaultValue("true") boolean scheduled, @DefaultValue("1s") Duration interval,
			@DefaultValue("500") int batch, @DefaultValue("48") int concurrency, @DefaultValue("2m") Duration lease,
			@DefaultValue("10s") Duration firstRetry, @DefaultValue("30m") Duration maxRetry,
			@DefaultValue("48h") Duration newsTtl, @DefaultValue("12h") Duration warningTtl,
			@DefaultValue("24h") Duration personalTtl) {
	}

}
