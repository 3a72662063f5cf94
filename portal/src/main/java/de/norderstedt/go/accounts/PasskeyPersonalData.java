package de.norderstedt.go.accounts;

import java.util.List;

import org.springframework.stereotype.Component;

/**
 * A person's passkeys: the name they gave each, when it was made and last used (the
 * public keys themselves say nothing about the person and stay out of the export).
 */
@Component
class PasskeyPersonalData implements PersonalDataPart {

	private final PasskeyRepository passkeys;

	PasskeyPersonalData(PasskeyRepository passkeys) {
		this.passkeys = passkeys;
	}

	@Override
	public String part() {
		return "passkeys";
	}

	@Override
	public List<DataEntry> of(long accountId) {
		return this.passkeys.findByAccount(accountId)
			.stream()
			.map(passkey -> DataEntry.of("label", passkey.label(), "createdAt", passkey.created(), "lastUsedAt",
					passkey.lastSignIn()))
			.toList();
	}

	@Override
	public void erase(long accountId) {
		// nothing before: they go with the account row (foreign key, on delete cascade)
	}

}
