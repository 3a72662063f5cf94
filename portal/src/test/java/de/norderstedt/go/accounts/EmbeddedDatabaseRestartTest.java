package de.norderstedt.go.accounts;

import java.nio.file.Files;
import java.nio.file.Path;

import java.util.Map;

import de.norderstedt.go.Application;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.crypto.password.PasswordEncoder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The embedded default keeps its data in a folder: what a demo user changed before a
 * restart is still there after it.
 */
class EmbeddedDatabaseRestartTest {

	@Test
	void a_preference_changed_by_a_demo_user_before_a_restart_is_still_set_after_it(@TempDir Path dataDir) {
		Preferences changed = Preferences.DEFAULT.withTextSize(TextSize.LARGEST)
			.withHighContrast(true)
			.withSpeechRate(de.norderstedt.go.accessibility.speech.SpeechRate.FAST)
			.withSimpleLanguage(true);
		try (ConfigurableApplicationContext first = start(dataDir)) {
			TestAccounts accounts = first.getBean(TestAccounts.class);
			accounts.signIn("helga");
			assertThat(first.getBean(AccountService.class).saveCurrentPreferences(changed)).isTrue();
			accounts.signOut();
		}
		assertThat(Files.exists(dataDir.resolve("PG_VERSION"))).isTrue();
		try (ConfigurableApplicationContext second = start(dataDir)) {
			assertDemoAccountsSignInWithTheReadmePassword(second);
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

	/**
	 * The README lists the demo accounts and their password: they must work as written
	 * there.
	 */
	private static void assertDemoAccountsSignInWithTheReadmePassword(ConfigurableApplicationContext context) {
		DaoAuthenticationProvider provider = new DaoAuthenticationProvider(context.getBean(UserDetailsService.class));
		provider.setPasswordEncoder(context.getBean(PasswordEncoder.class));
		Map<String, Role> demo = Map.of("helga", Role.RESIDENT, "jens", Role.TRAINER, "redaktion", Role.EDITOR,
				"schliessfach", Role.LOCKER_STAFF, "admin", Role.ADMIN);
		demo.forEach((username, role) -> {
			Authentication signedIn = provider
				.authenticate(UsernamePasswordAuthenticationToken.unauthenticated(username, "norderstedt-demo"));
			assertThat(signedIn.getAuthorities()).extracting(GrantedAuthority::getAuthority)
				.filteredOn(a -> a.startsWith("ROLE_"))
				.containsExactly(role.authority());
		});
	}

	private static ConfigurableApplicationContext start(Path dataDir) {
		return new SpringApplicationBuilder(Application.class).run("--go.embedded-database.data-dir=" + dataDir,
				"--go.demo-data.enabled=true", "--server.port=0");
	}

}
