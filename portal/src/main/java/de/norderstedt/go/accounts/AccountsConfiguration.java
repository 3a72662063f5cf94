package de.norderstedt.go.accounts;

import java.util.Map;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.crypto.argon2.Argon2PasswordEncoder;
import org.springframework.security.crypto.bcrypt.BCryptPasswordEncoder;
import org.springframework.security.crypto.password.DelegatingPasswordEncoder;
import org.springframework.security.crypto.password.PasswordEncoder;

@Configuration(proxyBeanMethods = false)
@EnableMethodSecurity
class AccountsConfiguration {

	/** Argon2id as OWASP recommends it: 19 MiB of memory, 2 passes, one lane. */
	private static final String ARGON2ID = "argon2id-m19456-t2-p1";

	/** The hashes stored before: 16 MiB of memory (Spring Security's 5.8 defaults). */
	private static final String ARGON2_5_8 = "argon2@SpringSecurity_v5_8";

	/**
	 * Argon2id for new hashes; the delegating encoder keeps the algorithm in each hash,
	 * so older ones still work, and each is hashed again at its next sign-in (see
	 * {@link AccountUserDetailsService#updatePassword}).
	 */
	@Bean
	PasswordEncoder passwordEncoder() {
		return new DelegatingPasswordEncoder(ARGON2ID,
				Map.of(ARGON2ID, new Argon2PasswordEncoder(16, 32, 1, 19_456, 2), ARGON2_5_8,
						Argon2PasswordEncoder.defaultsForSpringSecurity_v5_8(), "bcrypt", new BCryptPasswordEncoder()));
	}

}
