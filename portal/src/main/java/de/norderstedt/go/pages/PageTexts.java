package de.norderstedt.go.pages;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.commonmark.parser.Parser;
import org.commonmark.renderer.html.HtmlRenderer;
import org.springframework.stereotype.Service;

/**
 * Pages written as Markdown under {@code pages/NAME_LANGUAGE.md} on the classpath,
 * rendered to HTML once. Raw HTML in the files is escaped, never passed through.
 */
@Service
public class PageTexts {

	private final Parser parser = Parser.builder().build();

	private final HtmlRenderer renderer = HtmlRenderer.builder().escapeHtml(true).sanitizeUrls(true).build();

	private final Map<String, String> rendered = new ConcurrentHashMap<>();

	/**
	 * The page as HTML in one root element, in the language ({@code de} or {@code en}).
	 * @throws IllegalArgumentException when there is no such page
	 */
	public String html(String name, String language) {
		String file = "pages/" + name + "_" + ("en".equals(language) ? "en" : "de") + ".md";
		return this.rendered.computeIfAbsent(file, this::render);
	}

	private String render(String file) {
		try (InputStream in = PageTexts.class.getClassLoader().getResourceAsStream(file)) {
			if (in == null) {
				throw new IllegalArgumentException("no page " + file);
			}
			String markdown = new String(in.readAllBytes(), StandardCharsets.UTF_8);
			return "<div class=\"prose\">" + this.renderer.render(this.parser.parse(markdown)) + "</div>";
		}
		catch (IOException ex) {
			throw new IllegalStateException("cannot read " + file, ex);
		}
	}

}
