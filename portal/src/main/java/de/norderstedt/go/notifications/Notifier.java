package de.norderstedt.go.notifications;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;

import de.norderstedt.go.accounts.Language;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Makes one message into notifications for the people concerned, as each of them chose:
 * the in-app entry, and a delivery for every browser with push and for e-mail. It runs in
 * the transaction of the event handler that calls it: the event counts as handled only
 * with all of this stored, and a handler that runs again stores nothing twice.
 */
@Component
class Notifier {

	private final SettingsRepository settings;

	private final NotificationRepository notifications;

	private final DeliveryRepository deliveries;

	private final PushSubscriptionRepository subscriptions;

	private final NotificationBroadcaster broadcaster;

	private final NotificationProperties properties;

	private final Clock clock;

	Notifier(SettingsRepository settings, NotificationRepository notifications, DeliveryRepository deliveries,
			PushSubscriptionRepository subscriptions, NotificationBroadcaster broadcaster,
			NotificationProperties properties, Clock clock) {
		this.settings = settings;
		this.notifications = notifications;
		this.deliveries = deliveries;
		this.subscriptions = subscriptions;
		this.broadcaster = broadcaster;
		this.properties = properties;
		this.clock = clock;
	}

	/**
	 * Tells the accounts.
	 * @param source what the message is about, unique per account (e.g.
	 * "announcement:12")
	 * @param urgent a warning: goes out at once, also in quiet hours
	 * @param whileAwake the person just did something (booked, reserved): they are awake,
	 * so quiet hours do not hold the message back
	 * @return how many people were newly told
	 */
	@Transactional
	int notify(Collection<Long> accountIds, NotificationCategory category, String source, Message message,
			boolean urgent, boolean whileAwake) {
		if (accountIds.isEmpty()) {
			return 0;
		}
		Instant now = this.clock.instant();
		Map<Long, NotificationSettings> chosen = this.settings.findAll(accountIds);
		Map<Long, Boolean> inApp = new LinkedHashMap<>();
		chosen.forEach((account, settings) -> {
			Set<Channel> channels = settings.channels(category);
			if (!channels.isEmpty()) {
				inApp.put(account, channels.contains(Channel.IN_APP));
			}
		});
		Map<Long, Long> created = this.notifications.insert(inApp, category, source, message, urgent, now);
		if (created.isEmpty()) {
			return 0;
		}
		List<Long> pushed = created.keySet()
			.stream()
			.filter(account -> settingsOf(chosen, account).channels(category).contains(Channel.PUSH))
			.toList();
		Map<Long, List<Long>> browsers = pushed.isEmpty() ? Map.of() : this.subscriptions.subscriptionIds(pushed);
		Duration ttl = urgent ? this.properties.delivery().warningTtl() : category.isPersonal()
				? this.properties.delivery().personalTtl() : this.properties.delivery().newsTtl();
		List<DeliveryRepository.NewDelivery> toSend = new ArrayList<>();
		created.forEach((account, notificationId) -> {
			NotificationSettings settings = settingsOf(chosen, account);
			Instant notBefore = urgent || whileAwake ? now : QuietHours.release(now, settings);
			Instant expiresAt = notBefore.plus(ttl);
			for (Long browser : browsers.getOrDefault(account, List.of())) {
				toSend.add(new DeliveryRepository.NewDelivery(notificationId, Channel.PUSH, browser, urgent, notBefore,
						expiresAt));
			}
			if (settings.channels(category).contains(Channel.EMAIL) && settings.email() != null) {
				toSend.add(new DeliveryRepository.NewDelivery(notificationId, Channel.EMAIL, null, urgent, notBefore,
						expiresAt));
			}
		});
		this.deliveries.insert(toSend);
		this.broadcaster.changed(created.keySet().stream().filter(inApp::get).toList());
		return created.size();
	}

	/**
	 * Tells a person without an account by e-mail, at the address they left (with an
	 * idea): at once, once per source.
	 * @return whether the message is new
	 */
	@Transactional
	boolean notifyContact(String email, Language language, NotificationCategory category, String source,
			Message message) {
		Instant now = this.clock.instant();
		return this.notifications.insertForContact(email, language, category, source, message, now).map(id -> {
			this.deliveries.insert(List.of(new DeliveryRepository.NewDelivery(id, Channel.EMAIL, null, false, now,
					now.plus(this.properties.delivery().personalTtl()))));
			return true;
		}).orElse(false);
	}

	// a notification is created only for an account whose settings were read
	private static NotificationSettings settingsOf(Map<Long, NotificationSettings> chosen, Long account) {
		return Objects.requireNonNull(chosen.get(account), () -> "no settings read for account " + account);
	}

	/** Takes back what was told from the source: off the lists, and not sent any more. */
	@Transactional
	int withdraw(String source) {
		List<Long> accounts = this.notifications.withdraw(source, this.clock.instant());
		this.deliveries.withdraw(source);
		this.broadcaster.changed(accounts);
		return accounts.size();
	}

}
