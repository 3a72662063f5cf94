package de.norderstedt.go.e2e;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.junit.jupiter.api.Test;

import com.microsoft.playwright.Response;

import static com.microsoft.playwright.assertions.PlaywrightAssertions.assertThat;
import static de.norderstedt.go.e2e.PageChecks.assertAccessible;
import static de.norderstedt.go.e2e.PageChecks.screenshot;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.offset;

/**
 * "Vorlesen" fetches server-side speech of the page's text and plays it, marking what it
 * reads.
 */
class ReadAloudEndToEndTest extends EndToEndTest {

	@Test
	void read_aloud_on_the_home_page_plays_the_german_text_and_marks_what_it_reads() {
		open("/");
		List<Response> speech = recordSpeech();
		button("Vorlesen").click();
		// reading starts at the heading; its audio and the prefetched next part may
		// arrive in either order
		this.page.waitForCondition(() -> speech.stream().anyMatch(r -> spokenText(r.request()).contains("Willkommen")));
		assertThat(speech).allSatisfy(r -> {
			assertThat(r.status()).isEqualTo(200);
			assertThat(r.headerValue("content-type")).isEqualTo("audio/wav");
			assertThat(spokenOption(r.request(), "lang")).isEqualTo("de");
			assertThat(r.headerValue("cache-control")).contains("no-store");
		});
		assertThat(this.page.getByText("Wird vorgelesen.")).isVisible();
		waitForPlaying();
		assertThat(this.page.locator(".reading")).hasCount(1);
		// the marked element is the one whose text is playing (checked in one go, reading
		// moves on)
		assertThat(this.page.evaluate("""
				() => {
				  const marked = document.querySelector('.reading');
				  const playing = window.goReadAloud.current();
				  return !!marked && !!playing && marked.innerText.replace(/\\s+/g, ' ').includes(playing.slice(0, 20));
				}""")).isEqualTo(true);
		assertAccessible(this.page, "home while reading aloud");
		screenshot(this.page, "read-aloud-home-de");

		button("Anhalten").click();
		assertThat(this.page.getByText("Vorlesen ist angehalten.")).isVisible();
		assertThat(readStatus()).isEqualTo("paused");
		button("Weiter vorlesen").click();
		waitForPlaying();
		button("Stopp").click();
		assertThat(this.page.getByText("Vorlesen ist beendet.")).isVisible();
		assertThat(this.page.locator(".reading")).hasCount(0);
	}

	@Test
	void in_english_the_english_voice_reads_the_english_text() {
		open("/");
		button("English").first().click();
		assertThat(heading1()).hasText("Welcome to Norderstedt GO!");
		List<Response> speech = recordSpeech();
		button("Read aloud").click();
		waitForPlaying();
		this.page.waitForCondition(() -> speech.stream().anyMatch(r -> spokenText(r.request()).contains("Welcome")));
		assertThat(speech).allSatisfy(r -> {
			assertThat(spokenOption(r.request(), "lang")).isEqualTo("en");
			assertThat(r.status()).isEqualTo(200);
		});
	}

	@Test
	void a_card_can_be_read_on_its_own_at_the_chosen_speed() {
		open("/");
		button("Anzeige und Sprache").click();
		button("Langsam").click();
		assertThat(button("Langsam")).hasAttribute("aria-pressed", "true");
		List<Response> speech = recordSpeech();
		button("Vorlesen: Hilfsmittel ausleihen").click();
		waitForPlaying();
		this.page
			.waitForCondition(() -> speech.stream().anyMatch(r -> spokenText(r.request()).contains("Hilfsmittel")));
		assertThat(speech).allSatisfy(r -> assertThat(spokenOption(r.request(), "rate")).isEqualTo("SLOW"));
		// only this card is read, nothing before it
		assertThat(speech).noneMatch(r -> spokenText(r.request()).contains("Willkommen"));
		assertThat(this.page.locator(".card .reading")).hasCount(1);
	}

	@Test
	void at_the_kiosk_pause_and_stop_take_the_place_of_read_aloud_and_the_screen_does_not_move() {
		useTouchScreen();
		enrollThisBrowser();
		open("/kiosk/rueckmeldung");
		assertThat(heading1()).hasText("Was ist schwer zu benutzen?");
		for (int textSize : List.of(100, 200)) {
			PageChecks.setTextSize(this.page, textSize);
			String name = "kiosk-read-aloud" + (textSize == 100 ? "" : "-" + textSize);
			double before = top();

			button("Vorlesen").tap();
			waitForPlaying();
			assertThat(button("Anhalten")).isVisible();
			assertThat(button("Stopp")).isVisible();
			assertThat(top()).as("the heading while reading, " + name).isCloseTo(before, offset(0.5));
			PageChecks.assertTouchTargets(this.page, 64, name);
			assertAccessible(this.page, name);
			screenshot(this.page, name);

			button("Anhalten").tap();
			assertThat(button("Weiter vorlesen")).isVisible();
			assertThat(top()).as("the heading while paused, " + name).isCloseTo(before, offset(0.5));
			button("Stopp").tap();
			assertThat(button("Vorlesen")).isVisible();
			assertThat(button("Stopp")).isHidden();
			assertThat(top()).as("the heading after reading, " + name).isCloseTo(before, offset(0.5));
		}
		PageChecks.setTextSize(this.page, 100);
	}

	/** Where the page's heading is in the page (wherever it is scrolled to). */
	private double top() {
		return ((Number) heading1().evaluate("h => h.getBoundingClientRect().top + window.scrollY")).doubleValue();
	}

	/** Every speech response the page receives from now on. */
	private List<Response> recordSpeech() {
		List<Response> responses = new CopyOnWriteArrayList<>();
		this.page.onResponse(r -> {
			if (isSpeech(r.request())) {
				responses.add(r);
			}
		});
		return responses;
	}

	private void waitForPlaying() {
		this.page.waitForFunction("() => window.goReadAloud && window.goReadAloud.status() === 'playing'");
	}

	private String readStatus() {
		return (String) this.page.evaluate("() => window.goReadAloud.status()");
	}

}
