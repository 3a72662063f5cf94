package de.norderstedt.go.web;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PublicUrlTest {

	private static final MockEnvironment EMBEDDED = new MockEnvironment();

	private static final MockEnvironment OWN_DATABASE = new MockEnvironment().withProperty("spring.datasource.url",
			"jdbc:postgresql://db:5432/norderstedt_go");

	@Test
	void outside_the_embedded_default_the_start_fails_without_the_public_address_and_says_what_to_set() {
		assertThatThrownBy(() -> new PublicUrl("", OWN_DATABASE)).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("GO_PUBLIC_URL")
			.hasMessageContaining("https://");
		assertThatThrownBy(() -> new PublicUrl("  ", OWN_DATABASE)).isInstanceOf(IllegalStateException.class);
		assertThat(new PublicUrl("https://go.norderstedt.de/", OWN_DATABASE).of("/ideen/4"))
			.isEqualTo("https://go.norderstedt.de/ideen/4");
	}

	@Test
	void an_address_that_is_none_is_refused_at_the_start() {
		for (String wrong : new String[] { "go.norderstedt.de", "ftp://go.norderstedt.de",
				"https://go.norderstedt.de/?x=1", "https:///pfad" }) {
			assertThatThrownBy(() -> new PublicUrl(wrong, OWN_DATABASE)).as(wrong)
				.isInstanceOf(IllegalStateException.class)
				.hasMessageContaining("GO_PUBLIC_URL");
		}
	}

	@Test
	void the_embedded_default_may_go_without_it() {
		assertThat(new PublicUrl("", EMBEDDED).of("/kiosk")).isEqualTo("http://localhost:8080/kiosk");
	}

}
