package de.norderstedt.go.shell;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;

import de.norderstedt.go.accounts.SessionProperties;
import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;
import org.springframework.mock.web.MockHttpSession;
import org.springframework.security.core.context.SecurityContextImpl;
import org.springframework.security.web.context.HttpSessionSecurityContextRepository;

import static org.assertj.core.api.Assertions.assertThat;

/** A session ends at its next request once it is older than its longest lifetime. */
class SessionLifetimeFilterTest {

	private final MockHttpSession session = new MockHttpSession();

	private final Instant created = Instant.ofEpochMilli(this.session.getCreationTime());

	@Test
	void a_young_session_goes_on() throws Exception {
		MockHttpServletResponse response = page(after(Duration.ofHours(11).plusMinutes(59)), signedIn(pageLoad()));
		assertThat(response.getRedirectedUrl()).isNull();
		assertThat(this.session.isInvalid()).isFalse();
	}

	@Test
	void a_signed_in_session_older_than_its_lifetime_ends_and_the_page_load_goes_to_the_sign_in_page()
			throws Exception {
		MockHttpServletRequest request = signedIn(pageLoad());
		MockHttpServletResponse response = page(after(Duration.ofHours(12).plusSeconds(1)), request);
		assertThat(this.session.isInvalid()).isTrue();
		assertThat(response.getRedirectedUrl()).isEqualTo("/anmelden?abgelaufen");
		// the new session holds no sign-in
		assertThat(request.getSession(false)).isNotNull();
		assertThat(request.getSession(false)
			.getAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY)).isNull();
	}

	@Test
	void a_request_of_an_open_page_ends_the_session_and_the_next_page_load_goes_to_the_sign_in_page() throws Exception {
		MockHttpServletRequest uidl = signedIn(new MockHttpServletRequest("POST", "/"));
		uidl.setParameter("v-r", "uidl");
		MockFilterChain chain = new MockFilterChain();
		filter(after(Duration.ofHours(13))).doFilter(uidl, new MockHttpServletResponse(), chain);
		assertThat(this.session.isInvalid()).isTrue();
		assertThat(chain.getRequest()).as("Vaadin answers that its session has gone").isNotNull();

		MockHttpServletRequest reload = pageLoad();
		reload.setSession(java.util.Objects.requireNonNull(uidl.getSession(false)));
		// (the new session is young: these tests' sessions begin at the same moment)
		MockHttpServletResponse response = page(after(Duration.ofSeconds(1)), reload);
		assertThat(response.getRedirectedUrl()).isEqualTo("/anmelden?abgelaufen");
		// once: the sign-in page and what follows load as usual
		assertThat(page(after(Duration.ofSeconds(2)), reload).getRedirectedUrl()).isNull();
	}

	@Test
	void an_anonymous_visit_that_old_just_starts_afresh() throws Exception {
		MockHttpServletRequest request = pageLoad();
		MockHttpServletResponse response = page(after(Duration.ofHours(30)), request);
		assertThat(this.session.isInvalid()).isTrue();
		assertThat(response.getRedirectedUrl()).isNull();
	}

	private MockHttpServletRequest pageLoad() {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/konto");
		request.addHeader("Accept", "text/html,application/xhtml+xml");
		request.setSession(this.session);
		return request;
	}

	private MockHttpServletRequest signedIn(MockHttpServletRequest request) {
		request.setSession(this.session);
		this.session.setAttribute(HttpSessionSecurityContextRepository.SPRING_SECURITY_CONTEXT_KEY,
				new SecurityContextImpl());
		return request;
	}

	private MockHttpServletResponse page(Clock clock, MockHttpServletRequest request) throws Exception {
		MockHttpServletResponse response = new MockHttpServletResponse();
		filter(clock).doFilter(request, response, new MockFilterChain());
		return response;
	}

	private SessionLifetimeFilter filter(Clock clock) {
		return new SessionLifetimeFilter(new SessionProperties(Duration.ofHours(12)), clock);
	}

	private Clock after(Duration duration) {
		return Clock.fixed(this.created.plus(duration), ZoneOffset.UTC);
	}

}
