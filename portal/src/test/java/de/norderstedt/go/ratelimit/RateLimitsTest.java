package de.norderstedt.go.ratelimit;

import static de.norderstedt.go.db.Tables.RATE_LIMIT_BUCKET;
import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.Locale;

import de.norderstedt.go.RunningPortalTest;
import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/**
 * The buckets behind the limits: rows in the database, named by hashes only, deleted once
 * they are full again; and the wait said in words.
 */
@RunningPortalTest
class RateLimitsTest {

	@Autowired
	RateLimits rateLimits;

	@Autowired
	RateLimitBuckets.Cleanup cleanup;

	@Autowired
	DSLContext dsl;

	@Test
	void a_counter_refuses_after_its_failures_and_keeps_only_a_hash_of_its_target() {
		RateLimits.Counter counter = this.rateLimits.counter("test-counter", 3, Duration.ofHours(1));
		String target = "terminal-4711";
		for (int i = 0; i < 3; i++) {
			assertThat(counter.exhausted(target)).isFalse();
			counter.count(target);
		}
		assertThat(counter.exhausted(target)).isTrue();
		assertThat(counter.exhausted("terminal-4712")).isFalse();
		assertThat(this.dsl.fetch(RATE_LIMIT_BUCKET, RATE_LIMIT_BUCKET.ID.startsWith("counter:test-counter:")))
			.isNotEmpty()
			.allSatisfy(row -> assertThat(row.getId()).matches("counter:test-counter:[A-Za-z0-9_-]{43}"));
	}

	@Test
	void the_cleanup_deletes_the_rows_of_buckets_that_are_full_again_and_keeps_the_others() {
		this.dsl.insertInto(RATE_LIMIT_BUCKET)
			.columns(RATE_LIMIT_BUCKET.ID, RATE_LIMIT_BUCKET.STATE, RATE_LIMIT_BUCKET.EXPIRES_AT)
			.values("code:a:expired-test", new byte[0], System.currentTimeMillis() - 60_000)
			.values("code:a:current-test", new byte[0], System.currentTimeMillis() + 3_600_000)
			.execute();

		assertThat(this.cleanup.deleteExpired()).isGreaterThanOrEqualTo(1);

		assertThat(this.dsl.fetchExists(RATE_LIMIT_BUCKET, RATE_LIMIT_BUCKET.ID.eq("code:a:expired-test"))).isFalse();
		assertThat(this.dsl.fetchExists(RATE_LIMIT_BUCKET, RATE_LIMIT_BUCKET.ID.eq("code:a:current-test"))).isTrue();
		this.dsl.deleteFrom(RATE_LIMIT_BUCKET).where(RATE_LIMIT_BUCKET.ID.eq("code:a:current-test")).execute();
	}

	@Test
	void the_wait_is_said_in_minutes_or_hours_rounded_up() {
		assertThat(new RateLimited(Duration.ofSeconds(10)).text(Locale.GERMAN))
			.isEqualTo("Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in einer Minute wieder.");
		assertThat(new RateLimited(Duration.ofSeconds(61)).text(Locale.GERMAN))
			.isEqualTo("Zu viele Versuche in kurzer Zeit. Bitte versuchen Sie es in 2 Minuten wieder.");
		assertThat(new RateLimited(Duration.ofMinutes(100)).text(Locale.ENGLISH))
			.isEqualTo("Too many tries in a short time. Please try again in 2 hours.");
		assertThat(new RateLimited(Duration.ofMillis(1500)).retryAfterSeconds()).isEqualTo(2);
		assertThat(new RateLimited(Duration.ofMinutes(3)).at("code").field()).hasValue("code");
	}

	@Test
	void ipv4_addresses_count_one_by_one_and_ipv6_addresses_by_their_64_bit_prefix() {
		assertThat(ClientAddresses.of("127.0.0.1")).isNotEqualTo(ClientAddresses.of("127.0.0.2"));
		assertThat(ClientAddresses.of("2001:db8:1:2::1")).isEqualTo(ClientAddresses.of("2001:db8:1:2:ffff::9"));
		assertThat(ClientAddresses.of("2001:db8:1:2::1")).isNotEqualTo(ClientAddresses.of("2001:db8:1:3::1"));
		// a name is never looked up
		assertThat(new String(ClientAddresses.of("example.org"), java.nio.charset.StandardCharsets.UTF_8))
			.isEqualTo("other:example.org");
	}

}
