package de.norderstedt.go.tutorials;

import java.util.List;

import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.PersonalDataPart;

import org.springframework.stereotype.Component;

/**
 * How far the person is in each tutorial. Deleting the account deletes it (the database
 * cascades from the account).
 */
@Component
class TutorialPersonalData implements PersonalDataPart {

	private final ProgressRepository progress;

	TutorialPersonalData(ProgressRepository progress) {
		this.progress = progress;
	}

	@Override
	public String part() {
		return "tutorials";
	}

	@Override
	public List<DataEntry> of(long accountId) {
		return this.progress.of(accountId)
			.stream()
			.map(p -> DataEntry.of("tutorial", p.tutorial(), "step", p.step(), "finishedAt", p.finishedAt()))
			.toList();
	}

	@Override
	public void erase(long accountId) {
		// the account's deletion cascades to its progress
	}

}
