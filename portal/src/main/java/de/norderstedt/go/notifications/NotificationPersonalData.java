package de.norderstedt.go.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;

import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.PersonalDataPart;

import org.springframework.stereotype.Component;

/**
 * How the person wants to be told (with their e-mail address and where its confirmation
 * stands: the link's hash, when it was confirmed, the unsubscribe token), the browsers
 * that receive push messages for them, and the messages they got. Deleting the account
 * deletes all of it (the database cascades from the account) and the e-mails kept for
 * their address.
 */
@Component
class NotificationPersonalData implements PersonalDataPart {

	private final SettingsRepository settings;

	private final PushSubscriptionRepository subscriptions;

	private final NotificationRepository notifications;

	private final MailOutboxRepository outbox;

	private final EmailConsentRepository consents;

	NotificationPersonalData(SettingsRepository settings, PushSubscriptionRepository subscriptions,
			NotificationRepository notifications, MailOutboxRepository outbox, EmailConsentRepository consents) {
		this.settings = settings;
		this.subscriptions = subscriptions;
		this.notifications = notifications;
		this.outbox = outbox;
		this.consents = consents;
	}

	@Override
	public String part() {
		return "notifications";
	}

	@Override
	public List<DataEntry> of(long accountId) {
		List<DataEntry> entries = new ArrayList<>();
		this.settings.find(accountId)
			.ifPresent(chosen -> entries.add(DataEntry.of("kind", "settings", "newsChannels", names(chosen.news()),
					"personalChannels", names(chosen.personal()), "email", chosen.email(), "quietHours",
					chosen.quietHours() ? chosen.quietFrom() + "–" + chosen.quietUntil() : null, "setUpAt",
					chosen.setUpAt())));
		entries.addAll(this.consents.forExport(accountId));
		for (PushSubscriptionRepository.Device device : this.subscriptions.devices(accountId)) {
			entries.add(DataEntry.of("kind", "push-device", "device", device.label(), "createdAt", device.createdAt()));
		}
		entries.addAll(this.notifications.forExport(accountId));
		return entries;
	}

	private static List<String> names(Set<Channel> channels) {
		return channels.stream().map(channel -> channel.name().toLowerCase(Locale.ROOT)).sorted().toList();
	}

	@Override
	public void erase(long accountId) {
		this.settings.find(accountId).ifPresent(chosen -> {
			String email = chosen.email();
			if (email != null) {
				this.outbox.deleteTo(email);
			}
		});
		// the account's cascade would, too; said here so the erasure does not rely on it
		this.consents.deleteForAccount(accountId);
	}

}
