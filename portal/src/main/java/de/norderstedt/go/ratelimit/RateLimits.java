package de.norderstedt.go.ratelimit;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Duration;
import java.util.Base64;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;

import de.norderstedt.go.web.Codes;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import org.springframework.stereotype.Service;

/**
 * Counts tries against the limits of {@link RateLimitProperties}, in buckets all portal
 * instances share (rows of {@code rate_limit_bucket}). A try that is over a limit throws
 * {@link RateLimited}, which says when the next try is allowed; callers check before they
 * look anything up or change anything, outside their transaction (a bucket takes a
 * connection of its own for a moment).
 */
@Service
public class RateLimits {

	private final ProxyManager<String> buckets;

	private final RateLimitProperties properties;

	private final ConcurrentMap<String, BucketConfiguration> configurations = new ConcurrentHashMap<>();

	RateLimits(ProxyManager<String> buckets, RateLimitProperties properties) {
		this.buckets = buckets;
		this.properties = properties;
	}

	/**
	 * Counts one try of the current request's client address.
	 * @throws RateLimited when the address has used up its tries of this kind
	 */
	public void check(RateLimit limit) {
		if (!this.properties.enabled()) {
			return;
		}
		Optional<byte[]> address = ClientAddresses.current();
		if (address.isPresent()) {
			consume(limit, "a", address.get(), this.properties.perAddress(limit));
		}
	}

	/**
	 * Counts one lookup of a code by the current request's client address, and one of the
	 * code itself (however it was typed), from anywhere.
	 * @throws RateLimited when the address or the code has used up its lookups
	 */
	public void checkLookup(String code) {
		if (!this.properties.enabled()) {
			return;
		}
		check(RateLimit.CODE_LOOKUP);
		consume(RateLimit.CODE_LOOKUP, "t", Codes.normal(code).getBytes(StandardCharsets.UTF_8),
				this.properties.codeLookupsPerTarget());
	}

	private void consume(RateLimit limit, String scope, byte[] value, int capacity) {
		String id = limit.key() + ":" + scope + ":" + hash(limit.key() + ":" + scope + ":", value);
		Duration period = this.properties.period(limit);
		BucketConfiguration configuration = this.configurations.computeIfAbsent(limit.key() + ":" + scope,
				key -> BucketConfiguration.builder()
					.addLimit(bandwidth -> bandwidth.capacity(capacity).refillIntervally(capacity, period))
					.build());
		ConsumptionProbe probe = this.buckets.builder().build(id, () -> configuration).tryConsumeAndReturnRemaining(1);
		if (!probe.isConsumed()) {
			throw new RateLimited(Duration.ofNanos(probe.getNanosToWaitForRefill()));
		}
	}

	/**
	 * A counter of failures per target (e.g. wrong codes typed at one terminal), in the
	 * shared buckets: {@code capacity} failures per period, then the target waits until
	 * the period is over.
	 */
	public Counter counter(String name, int capacity, Duration period) {
		BucketConfiguration configuration = BucketConfiguration.builder()
			.addLimit(bandwidth -> bandwidth.capacity(capacity).refillIntervally(capacity, period))
			.build();
		return new Counter("counter:" + name, configuration);
	}

	/** Failures of one kind, counted per target in the shared buckets. */
	public final class Counter {

		private final String name;

		private final BucketConfiguration configuration;

		private Counter(String name, BucketConfiguration configuration) {
			this.name = name;
			this.configuration = configuration;
		}

		/** Whether the target has used up its failures for now. */
		public boolean exhausted(String target) {
			return !bucket(target).estimateAbilityToConsume(1).canBeConsumed();
		}

		/** Counts one failure of the target. */
		public void count(String target) {
			bucket(target).tryConsume(1);
		}

		private io.github.bucket4j.distributed.BucketProxy bucket(String target) {
			String id = this.name + ":" + hash(this.name + ":", target.getBytes(StandardCharsets.UTF_8));
			return RateLimits.this.buckets.builder().build(id, () -> this.configuration);
		}

	}

	private static String hash(String salt, byte[] value) {
		try {
			MessageDigest digest = MessageDigest.getInstance("SHA-256");
			digest.update(salt.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(digest.digest(value));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
