package de.norderstedt.go.lockers;

import java.util.Optional;

/**
 * How a borrower can be reached: the e-mail address the person keeps in her notification
 * settings, as stored. The notification centre keeps these settings and provides them;
 * the lockers know them only through this interface (the notifications depend on the
 * lockers already, for their messages).
 */
public interface BorrowerContacts {

	/** The e-mail address of the account's notification settings, if it has one. */
	Optional<String> email(long accountId);

}
