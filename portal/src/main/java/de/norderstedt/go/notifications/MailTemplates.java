package de.norderstedt.go.notifications;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

import de.norderstedt.go.web.PublicUrl;
import de.norderstedt.go.web.Texts;
import org.springframework.stereotype.Component;

/**
 * Turns a notification into a plain-text e-mail in the person's language: a greeting, the
 * message, the link as an absolute address (for a booking's ticket also its calendar
 * file), and a footer that says why the person gets it, where to change that, the link
 * that stops all e-mail to the address (one click), and that no reply is needed. The
 * e-mail that asks to confirm an address has its own footer and no unsubscribe link. The
 * texts are the {@code mail.*} UI texts. Lines are kept short for small screens and large
 * print; there is no HTML.
 */
@Component
class MailTemplates {

	/** Where people choose how they are told. */
	static final String SETTINGS_PATH = "/einstellungen/benachrichtigungen";

	/** A ticket's page, as booking messages link to it. */
	private static final Pattern TICKET = Pattern.compile("/ticket/[A-Z2-9]{8}");

	/** A ticket's calendar file, after the ticket's path. */
	private static final String CALENDAR_FILE = "/kalender.ics";

	/** The longest line the templates write (a longer word or link stays whole). */
	static final int LINE_LENGTH = 72;

	private final PublicUrl publicUrl;

	MailTemplates(PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
	}

	RenderedMail render(OutgoingMessage message) {
		if (message.confirmation()) {
			return confirmation(message);
		}
		Locale locale = message.language().locale();
		String title = oneLine(message.title());
		String heading = message.urgent() ? text("mail.subject.urgent", locale, title) : title;
		String subject = message.urgent() ? heading : text("mail.subject", locale, title);

		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text("mail.greeting", locale));
		paragraphs.add(heading);
		String body = message.body().replace("\r\n", "\n").replace('\r', '\n').strip();
		if (!body.isEmpty()) {
			paragraphs.add(body);
		}
		String link = message.link();
		if (link != null) {
			// links stay on a line of their own so mail programs can open them
			paragraphs.add(text("mail.link", locale) + "\n" + this.publicUrl.of(link));
			if (message.category() == NotificationCategory.BOOKING && TICKET.matcher(link).matches()) {
				// the ticket's calendar file, which follows every change of the date
				paragraphs.add(text("mail.calendar", locale) + "\n" + this.publicUrl.of(link + CALENDAR_FILE));
			}
		}
		paragraphs.add(text("mail.closing", locale));
		// "-- " starts a signature: mail programs show the footer as such
		String token = message.unsubscribeToken();
		String unsubscribe = token == null ? null : this.publicUrl.of(EmailAddresses.UNSUBSCRIBE_PATH + token);
		// the link that stops all e-mail stays on a line of its own, as the other links
		String stop = unsubscribe == null ? "" : "\n" + text("mail.footer.unsubscribe", locale) + "\n" + unsubscribe;
		if (message.toContact()) {
			// a guest gave the address with a course booking, anybody else with an idea
			String why = message.category() == NotificationCategory.BOOKING ? "mail.footer.why.guest"
					: "mail.footer.why.contact";
			paragraphs.add("-- \n" + text(why, locale) + stop + "\n" + text("mail.footer.no-reply", locale));
		}
		else {
			String why = text(message.category().isPersonal() ? "mail.footer.why.personal" : "mail.footer.why.news",
					locale);
			paragraphs.add("-- \n" + why + "\n" + text("mail.footer.change", locale) + "\n"
					+ this.publicUrl.of(SETTINGS_PATH) + stop + "\n" + text("mail.footer.no-reply", locale));
		}
		return new RenderedMail(subject, join(paragraphs), message.language(), unsubscribe);
	}

	/**
	 * The e-mail that asks to confirm the address: the only one sent before. It says what
	 * happens when the person does nothing: nothing.
	 */
	private RenderedMail confirmation(OutgoingMessage message) {
		Locale locale = message.language().locale();
		String title = oneLine(message.title());
		List<String> paragraphs = new ArrayList<>();
		paragraphs.add(text("mail.greeting", locale));
		paragraphs.add(title);
		String body = message.body().replace("\r\n", "\n").replace('\r', '\n').strip();
		if (!body.isEmpty()) {
			paragraphs.add(body);
		}
		if (message.link() != null) {
			paragraphs.add(text("mail.confirm.link", locale) + "\n" + this.publicUrl.of(message.link()));
		}
		paragraphs.add(text("mail.closing", locale));
		paragraphs.add("-- \n" + text("mail.footer.confirm", locale) + "\n" + text("mail.footer.no-reply", locale));
		return new RenderedMail(text("mail.subject", locale, title), join(paragraphs), message.language(), null);
	}

	private static String join(List<String> paragraphs) {
		StringBuilder text = new StringBuilder();
		for (String paragraph : paragraphs) {
			if (!text.isEmpty()) {
				text.append("\n\n");
			}
			text.append(wrap(paragraph, LINE_LENGTH));
		}
		return text.append('\n').toString();
	}

	private static String text(String key, Locale locale, Object... params) {
		return Texts.get(key, locale, params);
	}

	/** A title for the subject line: line breaks and runs of spaces become one space. */
	private static String oneLine(String text) {
		return text.replaceAll("\\s+", " ").strip();
	}

	/**
	 * Breaks long lines at spaces. Existing line breaks stay; a line that starts a list
	 * ("- ", "* ", "1. ") continues indented under its text.
	 */
	static String wrap(String text, int width) {
		StringBuilder out = new StringBuilder();
		String[] lines = text.split("\n", -1);
		for (int i = 0; i < lines.length; i++) {
			if (i > 0) {
				out.append('\n');
			}
			// "-- " keeps its space: that is what makes it a signature separator
			wrapLine(lines[i].equals("-- ") ? lines[i] : lines[i].stripTrailing(), width, out);
		}
		return out.toString();
	}

	private static void wrapLine(String line, int width, StringBuilder out) {
		if (line.length() <= width || line.equals("-- ")) {
			out.append(line);
			return;
		}
		String indent = " ".repeat(hangingIndent(line));
		int lineStart = out.length();
		boolean first = true;
		for (String word : line.strip().split(" +")) {
			int current = out.length() - lineStart;
			if (first) {
				out.append(line, 0, line.length() - line.stripLeading().length()).append(word);
				first = false;
			}
			else if (current + 1 + word.length() > width) {
				out.append('\n');
				lineStart = out.length();
				out.append(indent).append(word);
			}
			else {
				out.append(' ').append(word);
			}
		}
	}

	private static int hangingIndent(String line) {
		String rest = line.stripLeading();
		int lead = line.length() - rest.length();
		if (rest.startsWith("- ") || rest.startsWith("* ") || rest.startsWith("• ")) {
			return lead + 2;
		}
		int dot = rest.indexOf(". ");
		if (dot > 0 && dot <= 3 && rest.substring(0, dot).chars().allMatch(Character::isDigit)) {
			return lead + dot + 2;
		}
		return lead;
	}

}
