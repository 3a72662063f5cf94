package de.norderstedt.go.accounts;

import java.util.List;
import java.util.Locale;

import org.springframework.stereotype.Component;

/**
 * The account itself: the name to sign in with, the name shown, the roles, and how the
 * person wants the platform to look and speak.
 */
@Component
class AccountPersonalData implements PersonalDataPart {

	private final AccountRepository accounts;

	AccountPersonalData(AccountRepository accounts) {
		this.accounts = accounts;
	}

	@Override
	public String part() {
		return "account";
	}

	@Override
	public List<DataEntry> of(long accountId) {
		return this.accounts.findById(accountId).map(stored -> {
			Account account = stored.account();
			Preferences preferences = this.accounts.findPreferences(accountId).orElse(Preferences.DEFAULT);
			return List.of(DataEntry.of("username", account.username(), "displayName", account.displayName(), "roles",
					account.roles().stream().map(Role::name).sorted().toList(), "createdAt",
					this.accounts.createdAt(accountId).orElse(null), "language",
					preferences.language().name().toLowerCase(Locale.ROOT), "textSize",
					preferences.textSize().percent() + " %", "highContrast", preferences.highContrast(),
					"reducedMotion", preferences.reducedMotion(), "speechRate", preferences.speechRate().name(),
					"simpleLanguage", preferences.simpleLanguage(), "autoRead", preferences.autoRead(),
					"reachableCompartments", this.accounts.reachableCompartments(accountId)));
		}).orElse(List.of());
	}

	@Override
	public void erase(long accountId) {
		// nothing before: the account row goes last, and its roles and preferences with
		// it
	}

}
