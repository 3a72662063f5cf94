package de.norderstedt.go.ideas;

import java.util.List;

import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.PersonalDataPart;
import de.norderstedt.go.web.Refusal;

import org.springframework.stereotype.Component;

/**
 * The person's ideas, supports, comments and reports. Deleting the account keeps their
 * ideas (others support them and working groups answer them) without the person: no
 * account, no chosen name. Supports are taken back, comments and reports deleted (the
 * database cascades from the account). A member of a working group is taken out of it by
 * an admin first, so no round loses its scores.
 */
@Component
class IdeaPersonalData implements PersonalDataPart {

	private final IdeaPersonalDataRepository data;

	IdeaPersonalData(IdeaPersonalDataRepository data) {
		this.data = data;
	}

	@Override
	public String part() {
		return "ideas";
	}

	@Override
	public List<DataEntry> of(long accountId) {
		return this.data.forExport(accountId);
	}

	@Override
	public void erase(long accountId) {
		if (this.data.isGroupMember(accountId)) {
			throw new Refusal("privacy.error.group-member");
		}
		this.data.withdrawSupports(accountId);
		this.data.unnameIdeas(accountId);
	}

}
