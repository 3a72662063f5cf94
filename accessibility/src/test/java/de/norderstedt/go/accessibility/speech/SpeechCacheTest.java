package de.norderstedt.go.accessibility.speech;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.ThreadLocalRandom;

import org.junit.jupiter.api.Test;

class SpeechCacheTest {

	@Test
	void an_absent_key_gives_null_and_a_stored_one_its_bytes() {
		SpeechCache cache = new SpeechCache(1_000);
		byte[] audio = { 1, 2, 3 };

		assertThat(cache.get("a")).isNull();
		cache.put("a", audio);

		assertThat(cache.get("a")).isSameAs(audio);
		assertThat(cache.size()).isEqualTo(3);
	}

	@Test
	void the_byte_bound_evicts_the_least_recently_used_entries() {
		SpeechCache cache = new SpeechCache(100);
		cache.put("a", new byte[40]);
		cache.put("b", new byte[40]);
		// reading "a" makes "b" the least recently used
		cache.get("a");

		cache.put("c", new byte[40]);

		assertThat(cache.get("b")).isNull();
		assertThat(cache.get("a")).isNotNull();
		assertThat(cache.get("c")).isNotNull();
		assertThat(cache.size()).isEqualTo(80);
	}

	@Test
	void a_large_entry_evicts_as_many_old_entries_as_it_needs() {
		SpeechCache cache = new SpeechCache(100);
		cache.put("a", new byte[30]);
		cache.put("b", new byte[30]);
		cache.put("c", new byte[30]);

		cache.put("d", new byte[70]);

		assertThat(cache.get("a")).isNull();
		assertThat(cache.get("b")).isNull();
		assertThat(cache.get("c")).isNotNull();
		assertThat(cache.size()).isEqualTo(100);
	}

	@Test
	void an_entry_larger_than_the_bound_is_not_cached_and_evicts_nothing() {
		SpeechCache cache = new SpeechCache(100);
		cache.put("small", new byte[50]);

		cache.put("huge", new byte[101]);

		assertThat(cache.get("huge")).isNull();
		assertThat(cache.get("small")).isNotNull();
		assertThat(cache.size()).isEqualTo(50);
	}

	@Test
	void replacing_an_entry_counts_only_the_new_bytes() {
		SpeechCache cache = new SpeechCache(100);
		cache.put("a", new byte[60]);

		cache.put("a", new byte[20]);
		assertThat(cache.size()).isEqualTo(20);

		// too large to cache: the stale entry must not stay behind either
		cache.put("a", new byte[500]);
		assertThat(cache.get("a")).isNull();
		assertThat(cache.size()).isZero();
	}

	@Test
	void a_bound_of_zero_caches_nothing_and_a_negative_bound_is_refused() {
		SpeechCache cache = new SpeechCache(0);
		cache.put("a", new byte[1]);

		assertThat(cache.get("a")).isNull();
		assertThatIllegalArgumentException().isThrownBy(() -> new SpeechCache(-1));
	}

	@Test
	void the_key_is_a_stable_hex_sha_256() {
		String key = SpeechCache.key("Hallo", "de", "espeak-ng-de", SpeechRate.NORMAL);

		assertThat(key).hasSize(64).matches("[0-9a-f]{64}");
		assertThat(SpeechCache.key("Hallo", "de", "espeak-ng-de", SpeechRate.NORMAL)).isEqualTo(key);
	}

	@Test
	void every_part_of_the_key_changes_it() {
		Set<String> keys = Set.of(SpeechCache.key("Hallo", "de", "espeak-ng-de", SpeechRate.NORMAL),
				SpeechCache.key("Hallo!", "de", "espeak-ng-de", SpeechRate.NORMAL),
				SpeechCache.key("Hallo", "en", "espeak-ng-de", SpeechRate.NORMAL),
				SpeechCache.key("Hallo", "de", "freetts-kevin16", SpeechRate.NORMAL),
				SpeechCache.key("Hallo", "de", "espeak-ng-de", SpeechRate.SLOW),
				SpeechCache.key("Hallo", "de", "espeak-ng-de", SpeechRate.FAST));

		assertThat(keys).hasSize(6);
	}

	@Test
	void moving_text_between_parts_never_gives_the_same_key() {
		// with a plain separator "a|b" + "c" and "a" + "b|c" would hash the same input
		assertThat(SpeechCache.key("a|b", "c", "v", SpeechRate.NORMAL))
			.isNotEqualTo(SpeechCache.key("a", "b|c", "v", SpeechRate.NORMAL));
		assertThat(SpeechCache.key("a|1:b", "", "v", SpeechRate.NORMAL))
			.isNotEqualTo(SpeechCache.key("a", "b", "v", SpeechRate.NORMAL));
		assertThat(SpeechCache.key("text", "de", "", SpeechRate.NORMAL))
			.isNotEqualTo(SpeechCache.key("text", "", "de", SpeechRate.NORMAL));
	}

	@Test
	void concurrent_use_keeps_the_byte_count_exact_and_within_the_bound() throws Exception {
		long bound = 10_000;
		SpeechCache cache = new SpeechCache(bound);
		int threads = 8;
		int keysPerThread = 2_000;
		try (ExecutorService pool = Executors.newFixedThreadPool(threads)) {
			List<Future<?>> work = new ArrayList<>();
			for (int t = 0; t < threads; t++) {
				int thread = t;
				work.add(pool.submit(() -> {
					ThreadLocalRandom random = ThreadLocalRandom.current();
					for (int i = 0; i < keysPerThread; i++) {
						// overlapping keys, so threads replace and read each other's
						// entries
						String key = "k" + random.nextInt(500);
						cache.put(key, new byte[1 + random.nextInt(300)]);
						cache.get("k" + random.nextInt(500));
						assertThat(cache.size()).isBetween(0L, bound);
					}
					return thread;
				}));
			}
			for (Future<?> future : work) {
				future.get();
			}
		}

		long sum = 0;
		for (int k = 0; k < 500; k++) {
			byte[] audio = cache.get("k" + k);
			if (audio != null) {
				sum += audio.length;
			}
		}
		assertThat(cache.size()).isEqualTo(sum).isLessThanOrEqualTo(bound);
	}

}
