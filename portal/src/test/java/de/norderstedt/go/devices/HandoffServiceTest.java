package de.norderstedt.go.devices;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.norderstedt.go.accounts.Language;
import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only the devices module runs. Accounts are not needed here; they are included so that
 * this test shares its application context with {@link DeviceServiceTest}.
 */
@ApplicationModuleTest(extraIncludes = { "accounts", "ratelimit", "database", "privacy", "web", "signals" },
		verifyAutomatically = false)
@ExtendWith(InstancioExtension.class)
class HandoffServiceTest {

	@Autowired
	HandoffService handoffs;

	@Autowired
	HandoffRepository repository;

	@Test
	void a_link_opens_its_task_once_in_the_language_of_the_kiosk() {
		Handoff handoff = this.handoffs.create("/barrierefreiheit#feedback", Language.EN, null);
		assertThat(handoff.path()).startsWith("/weiter/");
		assertThat(handoff.token()).hasSizeLessThanOrEqualTo(22);
		assertThat(handoff.expiresAt()).isAfter(Instant.now().plus(HandoffService.VALIDITY).minusSeconds(60));

		HandoffResult first = this.handoffs.redeem(handoff.token());
		assertThat(first.failure()).isNull();
		assertThat(first.target()).isNotNull().isEqualTo("/barrierefreiheit#feedback");
		assertThat(first.language()).isNotNull().isEqualTo(Language.EN);
		assertThat(HandoffController.withLanguage(first.target(), first.language()))
			.isEqualTo("/barrierefreiheit?sprache=en#feedback");

		assertThat(this.handoffs.redeem(handoff.token()).failure()).isEqualTo(HandoffResult.Failure.USED);
	}

	@Test
	void unknown_and_expired_links_are_told_apart_and_open_nothing() {
		assertThat(this.handoffs.redeem("erfunden").failure()).isEqualTo(HandoffResult.Failure.UNKNOWN);
		assertThat(this.handoffs.redeem("").failure()).isEqualTo(HandoffResult.Failure.UNKNOWN);
		assertThat(this.handoffs.redeem("x".repeat(500)).failure()).isEqualTo(HandoffResult.Failure.UNKNOWN);

		String token = "abgelaufen-" + System.nanoTime();
		Instant created = Instant.now().minusSeconds(3600);
		this.repository.insert(Secrets.hash(token), "/einstellungskarte", Language.DE, null, created,
				created.plus(HandoffService.VALIDITY));
		assertThat(this.handoffs.redeem(token).failure()).isEqualTo(HandoffResult.Failure.EXPIRED);
	}

	/**
	 * A property over random texts (a failing case names its seed; {@code @Seed} repeats
	 * it): no text but the token itself opens a link, however close to it, and trying
	 * them all leaves the real link working.
	 */
	@Test
	void no_other_text_opens_a_link() {
		Handoff handoff = this.handoffs.create("/einstellungskarte", Language.DE, null);
		String token = handoff.token();
		List<String> guesses = new ArrayList<>(
				Instancio.gen().string().length(0, 120).allowEmpty().unicode().list(200));
		guesses.addAll(Instancio.gen().string().length(22).alphaNumeric().list(200));
		for (int i = 0; i < 200; i++) {
			char[] changed = token.toCharArray();
			int at = Instancio.gen().ints().range(0, changed.length - 1).get();
			changed[at] = Instancio.gen().oneOf('A', 'a', '0', '-', '_', 'Z', ' ', '%', '/').get();
			guesses.add(new String(changed));
		}
		guesses.add(token.toUpperCase(Locale.ROOT));
		guesses.add(token.substring(1));
		guesses.add(token + "A");
		for (String guess : guesses) {
			if (!guess.strip().equals(token)) {
				assertThat(this.handoffs.redeem(guess).failure()).as(guess).isEqualTo(HandoffResult.Failure.UNKNOWN);
			}
		}
		assertThat(this.handoffs.redeem(token).target()).isEqualTo("/einstellungskarte");
	}

	@Test
	void only_portal_paths_can_be_handed_over() {
		for (String target : List.of("https://example.org/", "//example.org/x", "/x\"onload", "relative", "/a b")) {
			assertThatThrownBy(() -> this.handoffs.create(target, Language.DE, null))
				.isInstanceOf(IllegalArgumentException.class);
		}
	}

	@Test
	void two_phones_opening_the_same_link_at_once_get_it_only_once() throws Exception {
		Handoff handoff = this.handoffs.create("/einstellungskarte", Language.DE, null);
		Callable<HandoffResult> open = () -> this.handoffs.redeem(handoff.token());
		try (ExecutorService pool = Executors.newFixedThreadPool(8)) {
			List<Future<HandoffResult>> results = pool
				.invokeAll(List.of(open, open, open, open, open, open, open, open));
			long worked = 0;
			for (Future<HandoffResult> result : results) {
				if (result.get().failure() == null) {
					worked++;
				}
			}
			assertThat(worked).isEqualTo(1);
		}
	}

}
