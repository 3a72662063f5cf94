package de.norderstedt.go.accounts;

import java.util.List;

/**
 * What one feature holds about a person with an account: its part of the person's copy of
 * their data (DSGVO Art. 15 and 20) and of the deletion of their account (Art. 17). Each
 * feature that stores something about an account contributes one bean; the privacy
 * feature collects them.
 */
public interface PersonalDataPart {

	/**
	 * The name of this part: its key in the export, and (as {@code privacy.part.<name>})
	 * its heading.
	 */
	String part();

	/** Everything this feature holds about the account, one entry per thing. */
	List<DataEntry> of(long accountId);

	/**
	 * Deletes what this feature holds about the account, or takes the person out of it
	 * where the rest must stay (a course's statistics, an idea others support); runs in
	 * the transaction that deletes the account, before the account row goes.
	 */
	void erase(long accountId);

}
