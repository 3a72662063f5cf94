package de.norderstedt.go.devices;

import java.time.Instant;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.norderstedt.go.accounts.Language;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only the devices module runs. Accounts are not needed here; they are included so that
 * this test shares its application context with {@link DeviceServiceTest}.
 */
@ApplicationModuleTest(extraIncludes = { "accounts", "database", "privacy", "web" }, verifyAutomatically = false)
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
