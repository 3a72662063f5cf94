package de.norderstedt.go.notifications;

import java.time.Clock;
import java.util.List;
import java.util.Optional;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in person's notification centre and how they want to be told. Everything
 * here concerns the current account only; anonymous visitors have none of it.
 */
@Service
public class NotificationService {

	/** The most entries the notification centre lists. */
	public static final int INBOX_SIZE = 100;

	private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[^@\\s]+\\.[^@\\s]{2,}");

	private final AccountService accounts;

	private final SettingsRepository settings;

	private final NotificationRepository notifications;

	private final NotificationBroadcaster broadcaster;

	private final EmailAddresses addresses;

	private final Clock clock;

	NotificationService(AccountService accounts, SettingsRepository settings, NotificationRepository notifications,
			NotificationBroadcaster broadcaster, EmailAddresses addresses, Clock clock) {
		this.accounts = accounts;
		this.settings = settings;
		this.notifications = notifications;
		this.broadcaster = broadcaster;
		this.addresses = addresses;
		this.clock = clock;
	}

	/** The signed-in person's account id; empty for anonymous visitors. */
	public Optional<Long> currentAccountId() {
		return this.accounts.signedInAccountId();
	}

	/** The signed-in person's settings (the defaults until they save some). */
	@Transactional(readOnly = true)
	public NotificationSettings mySettings() {
		return this.settings.find(me()).orElse(NotificationSettings.DEFAULT);
	}

	/** Whether the signed-in person has not been through the short set-up yet. */
	@Transactional(readOnly = true)
	public boolean needsSetUp() {
		return currentAccountId().map(id -> this.settings.find(id).map(s -> s.setUpAt() == null).orElse(true))
			.orElse(false);
	}

	/**
	 * Checks settings as keeping them would, and keeps nothing (a tutorial's practice
	 * asks, with nobody signed in): an e-mail channel needs a plausible address; quiet
	 * hours need a start and an end that differ.
	 * @return the e-mail address to keep, null for none
	 * @throws Refusal at the field it concerns
	 */
	public @Nullable String check(NotificationSettings wanted) {
		String email = Input.blankToNull(wanted.email());
		if (email != null && (email.length() > 254 || !EMAIL.matcher(email).matches())) {
			throw Refusal.at("email", "notifications.error.email-invalid");
		}
		if (email == null && (wanted.news().contains(Channel.EMAIL) || wanted.personal().contains(Channel.EMAIL))) {
			throw Refusal.at("email", "notifications.error.email-missing");
		}
		if (wanted.quietHours() && wanted.quietFrom().equals(wanted.quietUntil())) {
			throw Refusal.at("quietUntil", "notifications.error.quiet-hours-equal");
		}
		return email;
	}

	/**
	 * Keeps the signed-in person's settings. An e-mail channel needs a plausible address;
	 * quiet hours need a start and an end that differ. A new address gets a confirmation
	 * link and receives nothing else until it is confirmed.
	 * @param finishSetUp true when the person finishes the short set-up with this
	 */
	@Transactional
	public NotificationSettings saveMySettings(NotificationSettings wanted, boolean finishSetUp) {
		long me = me();
		String email = check(wanted);
		NotificationSettings stored = this.settings.find(me).orElse(NotificationSettings.DEFAULT);
		var setUpAt = finishSetUp && stored.setUpAt() == null ? this.clock.instant() : stored.setUpAt();
		NotificationSettings saved = new NotificationSettings(wanted.news(), wanted.personal(), email,
				wanted.quietHours(), wanted.quietFrom(), wanted.quietUntil(), CityTime.ZONE, setUpAt);
		this.settings.save(me, saved, this.clock.instant());
		this.addresses.addressSaved(me, email);
		return saved;
	}

	/** The notification centre's entries, newest first. */
	@Transactional(readOnly = true)
	public List<Notification> myInbox() {
		return currentAccountId().map(id -> this.notifications.inbox(id, INBOX_SIZE)).orElse(List.of());
	}

	/**
	 * The notification centre's entries of one category (e.g. the person's bookings),
	 * newest first; none for anonymous visitors.
	 */
	@Transactional(readOnly = true)
	public List<Notification> myInbox(NotificationCategory category) {
		return currentAccountId().map(id -> this.notifications.inbox(id, category, INBOX_SIZE)).orElse(List.of());
	}

	/** How many entries are unread; 0 for anonymous visitors. */
	@Transactional(readOnly = true)
	public int myUnreadCount() {
		return currentAccountId().map(this.notifications::unread).orElse(0);
	}

	/** Marks one of the person's own entries read; someone else's is left alone. */
	@Transactional
	public void markRead(long notificationId) {
		long me = me();
		if (this.notifications.markRead(me, notificationId, this.clock.instant())) {
			this.broadcaster.changed(List.of(me));
		}
	}

	@Transactional
	public void markAllRead() {
		long me = me();
		if (this.notifications.markAllRead(me, this.clock.instant()) > 0) {
			this.broadcaster.changed(List.of(me));
		}
	}

	private long me() {
		@Nullable Long id = currentAccountId().orElse(null);
		if (id == null) {
			throw new Refusal("notifications.error.sign-in");
		}
		return id;
	}

}
