package de.norderstedt.go.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.Semaphore;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Language;
import jakarta.annotation.PreDestroy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Sends the push messages and e-mails that are due. Each round claims a batch in a short
 * transaction, sends outside of it (many at a time), and records each outcome: sent; gone
 * (the subscription is deleted); try again later (doubling waits, or what the push
 * service asked for with Retry-After, but never past the message's time to live); failed
 * for good. A delivery claimed by a sender that crashed is taken again when its lease is
 * over, so nothing is lost (at worst a message is sent twice; push messages carry a
 * topic, so the push service keeps only one of them).
 */
@Component
class Deliveries {

	private static final Logger log = LoggerFactory.getLogger(Deliveries.class);

	private final DeliveryRepository deliveries;

	private final PushSubscriptionRepository subscriptions;

	private final PushTransport push;

	private final MailTransport mail;

	private final AccountService accounts;

	private final NotificationProperties.Delivery properties;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

	Deliveries(DeliveryRepository deliveries, PushSubscriptionRepository subscriptions, PushTransport push,
			MailTransport mail, AccountService accounts, NotificationProperties properties, Clock clock,
			PlatformTransactionManager transactions) {
		this.deliveries = deliveries;
		this.subscriptions = subscriptions;
		this.push = push;
		this.mail = mail;
		this.accounts = accounts;
		this.properties = properties.delivery();
		this.clock = clock;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** Sends everything that is due now; returns how many sends were tried. */
	int sendDue() {
		this.transaction.executeWithoutResult(status -> this.deliveries.expire(this.clock.instant()));
		int tried = 0;
		while (true) {
			Instant now = this.clock.instant();
			List<DeliveryRepository.Claimed> claimed = this.transaction.execute(status -> {
				List<Long> ids = this.deliveries.claim(now, this.properties.lease(), this.properties.batch());
				return ids.isEmpty() ? List.of() : this.deliveries.claimed(ids);
			});
			if (claimed == null || claimed.isEmpty()) {
				return tried;
			}
			Map<Long, Language> languages = this.accounts.languages(claimed.stream()
				.map(DeliveryRepository.Claimed::accountId)
				.filter(Objects::nonNull)
				.distinct()
				.toList());
			List<SendOutcome> outcomes = sendAll(claimed, languages);
			this.transaction.executeWithoutResult(status -> record(claimed, outcomes));
			tried += claimed.size();
		}
	}

	private List<SendOutcome> sendAll(List<DeliveryRepository.Claimed> claimed, Map<Long, Language> languages) {
		Semaphore permits = new Semaphore(Math.max(1, this.properties.concurrency()));
		List<Future<SendOutcome>> sending = new ArrayList<>(claimed.size());
		for (DeliveryRepository.Claimed delivery : claimed) {
			sending.add(this.senders.submit(() -> {
				permits.acquire();
				try {
					return send(delivery, language(delivery, languages));
				}
				finally {
					permits.release();
				}
			}));
		}
		List<SendOutcome> outcomes = new ArrayList<>(claimed.size());
		for (Future<SendOutcome> outcome : sending) {
			try {
				outcomes.add(outcome.get());
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
				outcomes.add(new SendOutcome.RetryLater(null, "interrupted"));
			}
			catch (Exception ex) {
				log.warn("Sending a notification failed", ex);
				outcomes.add(new SendOutcome.RetryLater(null, String.valueOf(ex.getCause())));
			}
		}
		return outcomes;
	}

	private static Language language(DeliveryRepository.Claimed delivery, Map<Long, Language> languages) {
		Language contact = delivery.contactLanguage();
		Long account = delivery.accountId();
		return contact != null ? contact : account == null ? Language.DE : languages.getOrDefault(account, Language.DE);
	}

	private SendOutcome send(DeliveryRepository.Claimed delivery, Language language) {
		Message message = delivery.message();
		boolean english = language == Language.EN;
		OutgoingMessage outgoing = new OutgoingMessage(delivery.id(), delivery.notificationId(), delivery.category(),
				language, english ? message.titleEn() : message.titleDe(),
				english ? message.bodyEn() : message.bodyDe(), message.link(), delivery.urgent(),
				delivery.accountId() == null, delivery.unsubscribeToken(), delivery.confirmation());
		if (delivery.channel() == Channel.PUSH) {
			PushTarget target = delivery.target();
			if (target == null) {
				return new SendOutcome.Gone(0);
			}
			Duration ttl = Duration.between(this.clock.instant(), delivery.expiresAt());
			return this.push.send(target, outgoing, ttl.isNegative() ? Duration.ZERO : ttl);
		}
		String address = delivery.email();
		if (address == null) {
			return new SendOutcome.Failed("no e-mail address any more");
		}
		if (!delivery.confirmation() && delivery.unsubscribeToken() == null) {
			// double opt-in: nothing but the confirmation e-mail before the address is
			// confirmed, nothing at all after an unsubscribe
			return new SendOutcome.Failed("e-mail address not confirmed");
		}
		return this.mail.send(address, outgoing);
	}

	private void record(List<DeliveryRepository.Claimed> claimed, List<SendOutcome> outcomes) {
		Instant now = this.clock.instant();
		List<Long> sent = new ArrayList<>();
		for (int i = 0; i < claimed.size(); i++) {
			DeliveryRepository.Claimed delivery = claimed.get(i);
			switch (outcomes.get(i)) {
				case SendOutcome.Sent s -> sent.add(delivery.id());
				case SendOutcome.Gone gone -> {
					this.deliveries.end(delivery.id(), DeliveryStatus.GONE, "push service answered " + gone.status());
					if (delivery.target() != null) {
						this.subscriptions.delete(delivery.target().subscriptionId());
					}
				}
				case SendOutcome.RetryLater later -> {
					Instant next = now
						.plus(later.retryAfter() != null ? later.retryAfter() : backoff(delivery.attempts()));
					if (next.isAfter(delivery.expiresAt())) {
						this.deliveries.end(delivery.id(), DeliveryStatus.EXPIRED,
								later.reason() + "; time to live over");
					}
					else {
						this.deliveries.retry(delivery.id(), next, later.reason());
					}
				}
				case SendOutcome.Failed failed ->
					this.deliveries.end(delivery.id(), DeliveryStatus.FAILED, failed.reason());
			}
		}
		this.deliveries.sent(sent, now);
	}

	/** 10 s, 20 s, 40 s … up to the longest wait. */
	private Duration backoff(int attempts) {
		Duration wait = this.properties.firstRetry().multipliedBy(1L << Math.min(20, Math.max(0, attempts - 1)));
		return wait.compareTo(this.properties.maxRetry()) > 0 ? this.properties.maxRetry() : wait;
	}

	@PreDestroy
	void stop() {
		this.senders.shutdownNow();
	}

}
