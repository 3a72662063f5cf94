package de.norderstedt.go.shell.ui;

import de.norderstedt.go.accounts.ui.LoginView;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;

/**
 * Views declare who may open them ({@code @AnonymousAllowed}, {@code @PermitAll},
 * {@code @RolesAllowed}); services check again, so a view is never the only guard.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String ACCOUNT_HOME = "/konto";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http) throws Exception {
		http.authorizeHttpRequests(
				requests -> requests.requestMatchers("/styles/**", "/images/**", "/actuator/health/**").permitAll());
		http.with(VaadinSecurityConfigurer.vaadin(),
				vaadin -> vaadin.loginView(LoginView.class, "/")
					.defaultSuccessUrl(ACCOUNT_HOME)
					// Views guard themselves (annotations checked by Vaadin's navigation
					// access
					// control); an unknown address must show the not-found page, not the
					// login.
					.anyRequest(AuthorizeHttpRequestsConfigurer.AuthorizedUrl::permitAll));
		// The heartbeat carries only the device cookie (SameSite=Lax), never a signed-in
		// session.
		http.csrf(csrf -> csrf.ignoringRequestMatchers("/geraete/lebenszeichen", "/kiosk/ende"));
		http.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
