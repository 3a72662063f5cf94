package de.norderstedt.go.shell.ui;

import de.norderstedt.go.accounts.PasskeySignIn;
import de.norderstedt.go.accounts.ui.LoginView;
import de.norderstedt.go.shell.SecurityHeaders;

import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.security.config.ObjectPostProcessor;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.config.annotation.web.configurers.AuthorizeHttpRequestsConfigurer;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.authentication.session.ChangeSessionIdAuthenticationStrategy;
import org.springframework.security.web.context.DelegatingSecurityContextRepository;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;
import org.springframework.security.web.context.RequestAttributeSecurityContextRepository;
import org.springframework.security.web.header.writers.ReferrerPolicyHeaderWriter.ReferrerPolicy;
import org.springframework.security.web.webauthn.authentication.WebAuthnAuthenticationFilter;

/**
 * Views declare who may open them ({@code @AnonymousAllowed}, {@code @PermitAll},
 * {@code @RolesAllowed}); services check again, so a view is never the only guard.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
class SecurityConfiguration {

	static final String ACCOUNT_HOME = "/konto";

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http, PasskeySignIn passkeySignIn,
			SecurityContextHolderStrategy contexts) throws Exception {
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
		// session. The one-click unsubscribe (RFC 8058) comes from mail programs: its
		// token is its authority. Speech changes nothing and takes only JSON from the
		// portal's own pages (SpeechController); the kiosk's welcome screen has no
		// session for a token. Content Security Policy reports come from the browser
		// itself, without a token.
		http.csrf(csrf -> csrf.ignoringRequestMatchers("/geraete/lebenszeichen", "/kiosk/ende", "/e-mail/abmelden/*",
				"/speech", SecurityHeaders.REPORT_PATH));
		// Passkeys: signing in goes through Spring Security's WebAuthn endpoints
		// (/webauthn/authenticate/options, /login/webauthn), with the relying party and
		// repositories of the accounts feature; a passkey sign-in ends as the same
		// signed-in account as a password (PasskeySignIn). Making one goes through the
		// page and PasskeyService instead (Spring's registration filters read the
		// sign-in from a holder Vaadin's sessions do not fill), and Spring's generated
		// registration page is off.
		http.webAuthn(webAuthn -> webAuthn.disableDefaultRegistrationPage(true)
			.withObjectPostProcessor(new ObjectPostProcessor<WebAuthnAuthenticationFilter>() {
				@Override
				public <O extends WebAuthnAuthenticationFilter> O postProcess(O filter) {
					filter.setAuthenticationManager(passkeySignIn::authenticate);
					// as the password form's sign-in: a new session id, the sign-in kept
					// in
					// the session, where Vaadin's pages find it
					filter.setSecurityContextHolderStrategy(contexts);
					filter.setSecurityContextRepository(
							new DelegatingSecurityContextRepository(new RequestAttributeSecurityContextRepository(),
									new HttpSessionSecurityContextRepository()));
					filter.setSessionAuthenticationStrategy(new ChangeSessionIdAuthenticationStrategy());
					return filter;
				}
			}));
		// Content-Security-Policy, Permissions-Policy and the rest: SecurityHeaders
		http.headers(headers -> headers.referrerPolicy(referrer -> referrer.policy(ReferrerPolicy.SAME_ORIGIN)));
		return http.build();
	}

}
