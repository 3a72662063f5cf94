package de.norderstedt.go.accounts;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Forgets the networks an account was signed in or tried from once they were not used for
 * {@code go.accounts.sign-in-network-retention}. Deleting on several instances at once
 * deletes nothing more.
 */
@Component
class SignInNetworkRetention {

	private final AccountService accounts;

	SignInNetworkRetention(AccountService accounts) {
		this.accounts = accounts;
	}

	@Scheduled(fixedDelayString = "PT1H", initialDelayString = "PT3M")
	void deleteInactive() {
		this.accounts.deleteInactiveSignInNetworks();
	}

}
