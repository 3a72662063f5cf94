package de.norderstedt.go.ratelimit;

import java.time.Duration;

import javax.sql.DataSource;

import io.github.bucket4j.distributed.ExpirationAfterWriteStrategy;
import io.github.bucket4j.distributed.jdbc.PrimaryKeyMapper;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import io.github.bucket4j.postgresql.Bucket4jPostgreSQL;
import io.github.bucket4j.postgresql.PostgreSQLSelectForUpdateBasedProxyManager;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The buckets as rows of {@code rate_limit_bucket} (Flyway's migration V034), locked with
 * {@code SELECT … FOR UPDATE} while a try is counted, so that two instances counting the
 * same bucket at once wait for each other. A row's {@code expires_at} is when its bucket
 * is full again; the cleanup deletes such rows, so that no hash outlives the period it
 * counted.
 */
@Configuration(proxyBeanMethods = false)
class RateLimitBuckets {

	private static final Logger log = LoggerFactory.getLogger(RateLimitBuckets.class);

	private static final int CLEANUP_BATCH = 1000;

	@Bean
	PostgreSQLSelectForUpdateBasedProxyManager<String> rateLimitBucketProxies(DataSource dataSource) {
		return Bucket4jPostgreSQL.selectForUpdateBasedBuilder(dataSource)
			.primaryKeyMapper(PrimaryKeyMapper.STRING)
			.table("rate_limit_bucket")
			.idColumn("id")
			.stateColumn("state")
			.expiresAtColumn("expires_at")
			// a full bucket is the same as none: its row may go a moment later
			.expirationAfterWrite(
					ExpirationAfterWriteStrategy.basedOnTimeForRefillingBucketUpToMax(Duration.ofSeconds(5)))
			.build();
	}

	@Bean
	Cleanup rateLimitBucketCleanup(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
		return new Cleanup(buckets);
	}

	/**
	 * Deletes the rows of buckets that are full again; safe on several instances at once.
	 */
	static class Cleanup {

		private final PostgreSQLSelectForUpdateBasedProxyManager<String> buckets;

		Cleanup(PostgreSQLSelectForUpdateBasedProxyManager<String> buckets) {
			this.buckets = buckets;
		}

		@Scheduled(fixedDelayString = "${go.rate-limits.cleanup-interval:PT10M}", initialDelayString = "PT1M")
		void scheduled() {
			int deleted = deleteExpired();
			if (deleted > 0) {
				log.debug("Deleted {} expired rate limit buckets", deleted);
			}
		}

		/** Deletes every expired bucket's row; returns how many. */
		int deleteExpired() {
			int total = 0;
			int deleted;
			do {
				deleted = this.buckets.removeExpired(CLEANUP_BATCH);
				total += deleted;
			}
			while (deleted >= CLEANUP_BATCH);
			return total;
		}

	}

}
