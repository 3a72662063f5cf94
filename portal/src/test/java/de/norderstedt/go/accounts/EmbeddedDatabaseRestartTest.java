package de.norderstedt.go.accounts;

import java.nio.file.Files;
import java.nio.file.Path;

import de.norderstedt.go.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its data in a folder: what a demo user changed before a
 * restart is still there after it.
 */
class EmbeddedDatabaseRestartTest {

	@Test
	void a_preference_changed_by_a_demo_user_before_a_restart_is_still_set_after_it(@TempDir Path dataDir) {
		Preferences changed = Preferences.DEFAULT.withTextSize(TextSize.LARGEST).withHighContrast(true);
		try (ConfigurableApplicationContext first = start(dataDir)) {
			TestAccounts accounts = first.getBean(TestAccounts.class);
			accounts.signIn("helga");
			assertThat(first.getBean(AccountService.class).saveCurrentPreferences(changed)).isTrue();
			accounts.signOut();
		}
		assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();
		try (ConfigurableApplicationContext second = start(dataDir)) {
			TestAccounts accounts = second.getBean(TestAccounts.class);
			accounts.signIn("helga");
			assertThat(second.getBean(AccountService.class).currentPreferences()).contains(changed);
			accounts.signOut();
			accounts.signIn("admin");
			// demo data is loaded once, not again on every start
			assertThat(second.getBean(AccountService.class).listAccounts()).extracting(Account::username)
				.containsOnlyOnce("helga", "jens", "redaktion", "schliessfach", "admin");
			accounts.signOut();
		}
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(Application.class).run("--go.embedded-database.data-dir=" + dataDir,
				"--go.demo-data.enabled=true", "--server.port=0");
	}

}
