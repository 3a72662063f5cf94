package de.norderstedt.go.news;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Set;

import javax.imageio.ImageIO;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.springframework.stereotype.Component;

/** Publishes announcements for tests, as an editor would. */
@Component
public class TestNews {

	private static final String EDITOR = "test-news-editor";

	private final NewsDeskService desk;

	private final NewsService news;

	private final TestAccounts accounts;

	TestNews(NewsDeskService desk, NewsService news, TestAccounts accounts) {
		this.desk = desk;
		this.news = news;
		this.accounts = accounts;
	}

	/**
	 * A published announcement about events in Garstedt, with a picture, formatting and
	 * an English version.
	 */
	public long published(String title) {
		long topic = this.news.topics()
			.stream()
			.filter(t -> t.slug().equals("veranstaltungen"))
			.findFirst()
			.orElseThrow()
			.id();
		long district = this.news.districts()
			.stream()
			.filter(d -> d.slug().equals("garstedt"))
			.findFirst()
			.orElseThrow()
			.id();
		this.accounts.ensure(EDITOR, Role.EDITOR);
		this.accounts.signIn(EDITOR);
		try {
			return this.desk.create(new NewAnnouncement(title,
					"Am Samstag feiern wir.\n\n**Wichtig:** Die Straße ist gesperrt.\n\n- Musik\n- Essen",
					title + " (en)",
					"On Saturday we celebrate.\n\n**Important:** The street is closed.\n\n- Music\n- Food", false,
					Set.of(topic), Set.of(district),
					new NewsImage(png(), "image/png", "Eine bunte Girlande", "A colourful garland"), null));
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** A small picture: coloured stripes. */
	public static byte[] png() {
		BufferedImage image = new BufferedImage(320, 180, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		Color[] colours = { Color.RED, Color.ORANGE, Color.YELLOW, Color.GREEN, Color.BLUE };
		for (int i = 0; i < colours.length; i++) {
			g.setColor(colours[i]);
			g.fillRect(i * 64, 0, 64, 180);
		}
		g.dispose();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, "png", out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

}
