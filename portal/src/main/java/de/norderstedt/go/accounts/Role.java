package de.norderstedt.go.accounts;

/** What a person may do on the platform. An account can hold several roles. */
public enum Role {

	RESIDENT, TRAINER, EDITOR, LOCKER_STAFF, MODERATOR, ADMIN;

	/** The Spring Security authority for this role. */
	public String authority() {
		return "ROLE_" + name();
	}

}
