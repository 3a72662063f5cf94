package de.norderstedt.go.shell.ui;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "de.norderstedt.go")
class HomeViewTest extends SpringBrowserlessTest {

	@Test
	void the_home_page_greets_in_german_by_default() {
		navigate(HomeView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Willkommen bei Norderstedt GO!");
	}

	@Test
	void switching_the_language_changes_the_texts_without_a_reload() {
		navigate(HomeView.class);
		test($(Button.class).withText("English").first()).click();
		assertThat($(H1.class).single().getText()).isEqualTo("Welcome to Norderstedt GO!");
		assertThat($(Button.class).withText("Display and language").exists()).isTrue();
		test($(Button.class).withText("Deutsch").first()).click();
		assertThat($(H1.class).single().getText()).isEqualTo("Willkommen bei Norderstedt GO!");
	}

}
