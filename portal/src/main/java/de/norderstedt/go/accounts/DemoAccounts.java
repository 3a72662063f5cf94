package de.norderstedt.go.accounts;

import java.util.List;
import java.util.Set;

import de.norderstedt.go.database.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * One demo account per role, for the embedded default only (never with an external
 * database). Idempotent: accounts that exist are left as they are.
 */
@Component
@DemoData
@Order(0)
class DemoAccounts implements ApplicationRunner {

	/** The password of every demo account; listed in the README. */
	static final String PASSWORD = "norderstedt-demo";

	static final List<NewAccount> ACCOUNTS = List.of(
			new NewAccount("helga", "Helga Hansen", PASSWORD, Set.of(Role.RESIDENT)),
			new NewAccount("jens", "Jens Petersen", PASSWORD, Set.of(Role.TRAINER)),
			new NewAccount("redaktion", "Stadtredaktion", PASSWORD, Set.of(Role.EDITOR)),
			new NewAccount("schliessfach", "Schließfach-Team", PASSWORD, Set.of(Role.LOCKER_STAFF)),
			new NewAccount("moderation", "Moderation der Ideen", PASSWORD, Set.of(Role.MODERATOR)),
			new NewAccount("admin", "Verwaltung", PASSWORD, Set.of(Role.ADMIN)));

	private static final Logger log = LoggerFactory.getLogger(DemoAccounts.class);

	private final AccountService service;

	private final AccountRepository accounts;

	DemoAccounts(AccountService service, AccountRepository accounts) {
		this.service = service;
		this.accounts = accounts;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		for (NewAccount account : ACCOUNTS) {
			if (!this.accounts.usernameTaken(account.username())) {
				this.service.create(account);
				log.info("Demo account '{}' created", account.username());
			}
		}
	}

}
