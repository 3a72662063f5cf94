package de.norderstedt.go.accounts;

/** What a one-time link is for. */
public enum InvitationPurpose {

	/** The first admin of a new installation chooses name and password. */
	FIRST_ADMIN,

	/** A person an admin made an account for chooses her password. */
	ACCOUNT_SETUP

}
