package de.norderstedt.go.notifications;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.web.PublicUrl;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.anyString;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

/**
 * The e-mails people get: subject, greeting, message, an absolute link and a footer
 * saying why they get it and where to change that, in German and in English.
 */
class MailTemplatesTest {

	private static final String BASE = "https://go.norderstedt.de";

	private final MailTemplates templates = new MailTemplates(publicUrl());

	@Test
	void a_german_news_mail_has_subject_greeting_message_absolute_link_and_footer() {
		RenderedMail mail = this.templates
			.render(message(Language.DE, NotificationCategory.NEWS, "Baustelle in der Ohechaussee",
					"Ab Montag ist die Straße in Garstedt halb gesperrt.", "/nachrichten/12", false));

		assertThat(mail.language()).isEqualTo(Language.DE);
		assertThat(mail.subject()).isEqualTo("Norderstedt GO!: Baustelle in der Ohechaussee");
		assertThat(mail.body()).startsWith("Guten Tag,\n\nBaustelle in der Ohechaussee\n\n")
			.contains("Ab Montag ist die Straße in Garstedt halb gesperrt.")
			.contains("Hier lesen Sie mehr:\n" + BASE + "/nachrichten/12\n")
			.contains("Das können Sie hier ändern:\n" + BASE + "/einstellungen/benachrichtigungen\n")
			.contains("Sie müssen auf diese E-Mail nicht antworten.")
			.contains("\n-- \n")
			.doesNotContain("<", ">", "!mail.");
		assertThat(flat(mail.body()))
			.contains("weil Sie bei Norderstedt GO! Nachrichten aus der Stadt per E-Mail bestellt");
	}

	@Test
	void an_english_booking_mail_is_all_english_and_names_the_personal_channel() {
		RenderedMail mail = this.templates.render(message(Language.EN, NotificationCategory.BOOKING,
				"Your booking is confirmed", "Smartphone basics, Tuesday 3 March, 10:00.", "/meine-buchungen", false));

		assertThat(mail.language()).isEqualTo(Language.EN);
		assertThat(mail.subject()).isEqualTo("Norderstedt GO!: Your booking is confirmed");
		assertThat(mail.body()).startsWith("Hello,\n\nYour booking is confirmed\n\n")
			.contains("Read more here:\n" + BASE + "/meine-buchungen\n")
			.contains("You can change this here:\n" + BASE + "/einstellungen/benachrichtigungen\n")
			.contains("You do not need to reply to this e-mail.")
			.doesNotContain("Guten Tag", "Hier lesen", "!mail.");
		assertThat(flat(mail.body()))
			.contains("because you asked Norderstedt GO! for news about your courses, lockers and ideas");
	}

	@Test
	void an_urgent_warning_says_so_in_the_subject_and_above_the_message() {
		RenderedMail german = this.templates.render(message(Language.DE, NotificationCategory.NEWS, "Sturmwarnung",
				"Bitte bleiben Sie heute Abend zu Hause.", null, true));
		RenderedMail english = this.templates.render(message(Language.EN, NotificationCategory.NEWS, "Storm warning",
				"Please stay at home tonight.", null, true));

		assertThat(german.subject()).isEqualTo("Warnung: Sturmwarnung");
		assertThat(german.body()).startsWith("Guten Tag,\n\nWarnung: Sturmwarnung\n\n");
		assertThat(english.subject()).isEqualTo("Warning: Storm warning");
		assertThat(english.body()).startsWith("Hello,\n\nWarning: Storm warning\n\n");
		// no link: no "read more"
		assertThat(german.body()).doesNotContain("Hier lesen Sie mehr");
	}

	@Test
	void long_lines_are_wrapped_at_spaces_while_links_and_line_breaks_stay_whole() {
		String longLink = "/nachrichten/" + "x".repeat(90);
		RenderedMail mail = this.templates
			.render(message(Language.DE, NotificationCategory.NEWS, "Ein Titel\nüber zwei Zeilen",
					"Die Stadt Norderstedt baut ab dem 2. März die Kreuzung am Herold-Center um. "
							+ "Busse fahren dann eine Umleitung.\n- Linie 178 hält an der Ersatzhaltestelle in der "
							+ "Berliner Allee vor dem Rathaus\n- Linie 393 fährt wie immer",
					longLink, false));

		assertThat(mail.subject()).isEqualTo("Norderstedt GO!: Ein Titel über zwei Zeilen");
		for (String line : mail.body().split("\n")) {
			if (!line.contains("://")) {
				assertThat(line.length()).as(line).isLessThanOrEqualTo(MailTemplates.LINE_LENGTH);
			}
		}
		assertThat(mail.body()).contains("\n" + BASE + longLink + "\n")
			.contains("\n- Linie 178 hält an der Ersatzhaltestelle in der Berliner Allee vor dem\n  Rathaus\n")
			.contains("\n- Linie 393 fährt wie immer\n");
	}

	private static OutgoingMessage message(Language language, NotificationCategory category, String title, String body,
			@Nullable String link, boolean urgent) {
		return new OutgoingMessage(7, 3, category, language, title, body, link, urgent);
	}

	/** The text without its line breaks, to find sentences wherever the lines break. */
	private static String flat(String body) {
		return body.replace('\n', ' ');
	}

	private static PublicUrl publicUrl() {
		PublicUrl url = mock(PublicUrl.class);
		when(url.of(anyString())).thenAnswer(call -> BASE + call.getArgument(0));
		return url;
	}

}
