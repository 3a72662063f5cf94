package de.norderstedt.go.app.ui;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

import de.norderstedt.go.web.Texts;
import de.norderstedt.go.web.ui.PlainPage;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page the installed app shows for every page it cannot load without a connection:
 * what happened and what to do, in plain language, and the list of pages it keeps for the
 * person. The service worker stores it in both languages when it is installed and fills
 * in the list ({@code id="saved"}; {@code id="nothing-saved"} when it is empty).
 */
@RestController
class OfflinePageController {

	static final String PATH = "/app/ohne-verbindung";

	@GetMapping(PATH)
	ResponseEntity<String> offlinePage(@RequestParam(name = "sprache", defaultValue = "de") String language) {
		Locale locale = Texts.supported(Locale.forLanguageTag(language));
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "html", StandardCharsets.UTF_8))
			.cacheControl(CacheControl.noCache())
			.body(html(locale));
	}

	static String html(Locale locale) {
		Anchor again = new Anchor("", Texts.get("app.offline.again", locale));
		again.addClassName("action-link");
		UnorderedList saved = new UnorderedList();
		saved.addClassName("saved");
		saved.setId("saved");
		Paragraph nothing = new Paragraph(Texts.get("app.offline.nothing-saved", locale));
		nothing.setId("nothing-saved");
		H2 savedHeading = new H2(Texts.get("app.offline.saved-heading", locale));
		savedHeading.setId("saved-heading");
		Section list = new Section(savedHeading, new Paragraph(Texts.get("app.offline.saved-text", locale)), saved,
				nothing);
		list.getElement().setAttribute("aria-labelledby", "saved-heading");
		return PlainPage.of(Texts.get("app.offline.title", locale) + " – Norderstedt GO!", locale)
			.add(new H1(Texts.get("app.offline.title", locale)), new Paragraph(Texts.get("app.offline.text", locale)),
					new Paragraph(Texts.get("app.offline.what-to-do", locale)), new Paragraph(again), list)
			.html();
	}

}
