package de.norderstedt.go.app;

import java.util.List;

import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.PersonalDataPart;

import org.springframework.stereotype.Component;

/**
 * The owner key of a person's saved pages, and since when she has it. The pages
 * themselves are only in her browsers, never on the server.
 */
@Component
class AppPersonalData implements PersonalDataPart {

	private final AppOwnerRepository owners;

	AppPersonalData(AppOwnerRepository owners) {
		this.owners = owners;
	}

	@Override
	public String part() {
		return "app";
	}

	@Override
	public List<DataEntry> of(long accountId) {
		return this.owners.createdAt(accountId)
			.map(created -> List
				.of(DataEntry.of("appKey", this.owners.find(accountId).orElse(null), "createdAt", created)))
			.orElse(List.of());
	}

	@Override
	public void erase(long accountId) {
		// nothing before: the key goes with the account row (foreign key, on delete
		// cascade)
	}

}
