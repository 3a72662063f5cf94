package de.norderstedt.go.feedback;

import java.util.List;

import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.PersonalDataPart;

import org.springframework.stereotype.Component;

/**
 * The feedback on accessibility the person sent while signed in. Deleting the account
 * keeps the messages for the city without the account and the contact they left.
 */
@Component
class FeedbackPersonalData implements PersonalDataPart {

	private final FeedbackRepository feedback;

	FeedbackPersonalData(FeedbackRepository feedback) {
		this.feedback = feedback;
	}

	@Override
	public String part() {
		return "feedback";
	}

	@Override
	public List<DataEntry> of(long accountId) {
		return this.feedback.forExport(accountId);
	}

	@Override
	public void erase(long accountId) {
		this.feedback.forget(accountId);
	}

}
