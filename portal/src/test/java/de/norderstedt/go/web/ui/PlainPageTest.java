package de.norderstedt.go.web.ui;

import java.time.Instant;
import java.util.Locale;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A plain page is one whole HTML file in the person's language and display, and whatever
 * text it shows stays text.
 */
class PlainPageTest {

	@Test
	void text_stays_text_and_the_page_carries_language_size_and_contrast() {
		String html = PlainPage.of("Ticket <script>alert(1)</script>", Locale.ENGLISH)
			.textSize(200)
			.highContrast(true)
			.add(new H1("Bench & <b>pond</b>"), new Paragraph("\"quoted\""),
					PlainPage.savedAt(Instant.parse("2026-12-03T09:05:00Z"), Locale.ENGLISH),
					PlainPage.home(Locale.ENGLISH))
			.html();
		assertThat(html).startsWith("<!DOCTYPE html>")
			.contains("<html lang=\"en\" data-text-size=\"200\" data-contrast=\"high\">")
			.contains("<title>Ticket &lt;script&gt;alert(1)&lt;/script&gt;</title>")
			.contains("Bench &amp; &lt;b&gt;pond&lt;/b&gt;")
			.contains("Saved on December 3, 2026 at 10:05 am.")
			.contains("href=\"/\"")
			.doesNotContain("<script>")
			.doesNotContain("<b>");
	}

}
