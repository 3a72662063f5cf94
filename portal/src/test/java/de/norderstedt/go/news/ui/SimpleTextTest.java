package de.norderstedt.go.news.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.Collectors;

import org.junit.jupiter.api.Test;

import com.vaadin.flow.component.Component;

/** The editors' simple formatting becomes elements; their text never becomes markup. */
class SimpleTextTest {

	private static String html(String text) {
		List<Component> blocks = SimpleText.render(text);
		// the HTML printer puts line breaks around <br>; the page does not show them
		return blocks.stream()
			.map(c -> c.getElement().getOuterHTML().replaceAll("\\s*\\n\\s*<br>\\s*\\n\\s*", "<br>"))
			.collect(Collectors.joining("\n"));
	}

	@Test
	void blank_lines_make_paragraphs_and_single_line_breaks_stay() {
		assertThat(html("Erster Absatz\nzweite Zeile\n\n\nZweiter Absatz"))
			.isEqualTo("<p>Erster Absatz<br>zweite Zeile</p>\n<p>Zweiter Absatz</p>");
	}

	@Test
	void double_asterisks_make_bold_and_a_lonely_pair_stays_as_typed() {
		assertThat(html("Das ist **wichtig** und **das auch**."))
			.isEqualTo("<p>Das ist <strong>wichtig</strong> und <strong>das auch</strong>.</p>");
		assertThat(html("5 ** 2 ist kein Fettdruck")).isEqualTo("<p>5 ** 2 ist kein Fettdruck</p>");
	}

	@Test
	void lines_starting_with_a_dash_make_a_list() {
		assertThat(html("Bitte mitbringen:\n- das **Handy**\n- die PIN\nDanke!")).isEqualTo("""
				<p>Bitte mitbringen:</p>
				<ul>
				 <li>das <strong>Handy</strong></li>
				 <li>die PIN</li>
				</ul>
				<p>Danke!</p>""");
	}

	@Test
	void html_an_editor_types_is_shown_as_text_never_run() {
		String html = html("<script>alert(1)</script> **<img src=x onerror=alert(2)>**\n- <b>fett?</b>");
		assertThat(html).doesNotContain("<script").doesNotContain("<img").doesNotContain("<b>");
		assertThat(html).contains("&lt;script&gt;alert(1)&lt;/script&gt;")
			.contains("<strong>&lt;img src=x onerror=alert(2)&gt;</strong>")
			.contains("<li>&lt;b&gt;fett?&lt;/b&gt;</li>");
	}

	@Test
	void summaries_and_speech_get_the_words_without_marks() {
		assertThat(SimpleText.plain("Das ist **wichtig**.\n\n- eins\n- zwei")).isEqualTo("Das ist wichtig. eins zwei");
		assertThat(SimpleText.summary("Kurz und **gut**.\n\nZweiter Absatz.", 100)).isEqualTo("Kurz und gut.");
		assertThat(SimpleText.summary("Ein sehr langer erster Absatz mit vielen Wörtern darin", 20))
			.isEqualTo("Ein sehr langer …");
	}

}
