package de.norderstedt.go.notifications;

import java.util.Optional;

import de.norderstedt.go.lockers.BorrowerContacts;
import org.springframework.stereotype.Component;

/**
 * The e-mail address of a person's notification settings, for the locker staff's list of
 * overdue items (they ask the lockers feature, which decides who sees it).
 */
@Component
class BorrowerContactsFromSettings implements BorrowerContacts {

	private final SettingsRepository settings;

	BorrowerContactsFromSettings(SettingsRepository settings) {
		this.settings = settings;
	}

	@Override
	public Optional<String> email(long accountId) {
		return this.settings.find(accountId).map(NotificationSettings::email);
	}

}
