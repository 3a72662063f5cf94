package de.norderstedt.go.news.ui;

import java.time.Clock;
import java.util.Base64;
import java.util.Locale;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Preferences;
import de.norderstedt.go.app.AppProperties;
import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.web.Texts;
import de.norderstedt.go.web.ui.PlainPage;
import org.jspecify.annotations.Nullable;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The copy of a published announcement that the installed app keeps for use without a
 * connection (the last one a person opened): the article as plain HTML with its picture
 * inside, kept for {@code go.app.news-kept-for}.
 */
@RestController
class AnnouncementCopyController {

	private final NewsService news;

	private final AccountService accounts;

	private final AppProperties properties;

	private final Clock clock;

	AnnouncementCopyController(NewsService news, AccountService accounts, AppProperties properties, Clock clock) {
		this.news = news;
		this.accounts = accounts;
		this.properties = properties;
		this.clock = clock;
	}

	@GetMapping("/app/kopie/neuigkeit/{id:[0-9]{1,18}}")
	ResponseEntity<String> copy(@PathVariable long id,
			@RequestParam(name = "sprache", defaultValue = "de") String language) {
		Locale locale = Texts.supported(Locale.forLanguageTag(language));
		return this.news.published(id)
			.map(announcement -> PlainPage.copy(page(announcement, locale).html(),
					this.clock.instant().plus(this.properties.newsKeptFor())))
			.orElseGet(() -> ResponseEntity.notFound().build());
	}

	private PlainPage page(Announcement announcement, Locale locale) {
		Preferences preferences = this.accounts.currentPreferences().orElse(Preferences.DEFAULT);
		AnnouncementArticle.Picture picture = announcement.hasImage() ? embedded(announcement.id()) : null;
		return PlainPage.of(announcement.title(locale), locale)
			.textSize(preferences.textSize().percent())
			.highContrast(preferences.highContrast())
			.add(new AnnouncementArticle(announcement, locale, true, picture),
					PlainPage.savedAt(this.clock.instant(), locale), PlainPage.home(locale));
	}

	private AnnouncementArticle.@Nullable Picture embedded(long id) {
		return this.news.image(id)
			.map(image -> new AnnouncementArticle.Picture.Embedded(
					"data:" + image.mediaType() + ";base64," + Base64.getEncoder().encodeToString(image.data())))
			.orElse(null);
	}

}
