package de.norderstedt.go.news;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import javax.imageio.ImageIO;

import de.norderstedt.go.database.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo news for the embedded default only, written by the demo editor "redaktion" over
 * the last days, in German with English. They are stored as already published: no events,
 * so starting the demo sends nobody a notification.
 */
@Component
@Order(40)
@DemoData
class DemoNews implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoNews.class);

	private final NewsRepository news;

	private final Clock clock;

	DemoNews(NewsRepository news, Clock clock) {
		this.news = news;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.news.anyAnnouncement()) {
			return;
		}
		Long editor = this.news.accountId("redaktion").orElse(null);
		if (editor == null) {
			return;
		}
		Map<String, Long> topics = this.news.topics(false).stream().collect(Collectors.toMap(Topic::slug, Topic::id));
		Map<String, Long> districts = this.news.districts(false)
			.stream()
			.collect(Collectors.toMap(District::slug, District::id));
		Function<String, Long> topic = slug -> Objects.requireNonNull(topics.get(slug), slug);
		Function<String, Long> district = slug -> Objects.requireNonNull(districts.get(slug), slug);
		Instant now = this.clock.instant();

		publish(editor, now.minus(Duration.ofDays(6)), new NewAnnouncement(
				"Sturmwarnung: Bitte meiden Sie den Stadtpark",
				"Der Deutsche Wetterdienst warnt vor **Sturmböen bis 90 km/h**.\n\n"
						+ "Bitte meiden Sie bis morgen früh den Stadtpark und die Wälder. Äste können herabfallen.\n\n"
						+ "- Sichern Sie lose Gegenstände auf dem Balkon.\n- Parken Sie nicht unter Bäumen.",
				"Storm warning: please avoid the Stadtpark",
				"The German weather service warns of **gusts up to 90 km/h**.\n\n"
						+ "Please avoid the Stadtpark and the woods until tomorrow morning. Branches may fall.\n\n"
						+ "- Secure loose things on your balcony.\n- Do not park under trees.",
				true, Set.of(topic.apply("warnungen")), Set.of(), null, null));
		publish(editor, now.minus(Duration.ofDays(4)), new NewAnnouncement(
				"Bürgerbüro: längere Öffnungszeiten am Donnerstag",
				"Das Bürgerbüro im Rathaus ist ab sofort **donnerstags bis 18 Uhr** geöffnet.\n\n"
						+ "Einen Termin bekommen Sie am Telefon oder im Internet. Sie können auch ohne Termin kommen.",
				"Citizens' office: longer opening hours on Thursday",
				"The citizens' office in the town hall is now open **until 6 pm on Thursdays**.\n\n"
						+ "You can make an appointment by phone or online. You can also come without one.",
				false, Set.of(topic.apply("rathaus")), Set.of(), null, null));
		publish(editor, now.minus(Duration.ofDays(3)), new NewAnnouncement(
				"Smartphone-Sprechstunde in der Stadtbücherei",
				"Haben Sie Fragen zu Ihrem Smartphone? Digital-Paten helfen Ihnen **jeden Mittwoch von 10 bis 12 Uhr** "
						+ "in der Stadtbücherei Norderstedt-Mitte.\n\n"
						+ "Bringen Sie bitte mit:\n- Ihr Smartphone, aufgeladen\n- Ihre PIN und Ihre Passwörter\n\n"
						+ "Die Sprechstunde ist kostenlos. Sie brauchen keine Anmeldung.",
				"Smartphone help desk in the city library",
				"Do you have questions about your smartphone? Digital mentors help you **every Wednesday from 10 am "
						+ "to 12 noon** in the Norderstedt-Mitte city library.\n\n"
						+ "Please bring:\n- your smartphone, charged\n- your PIN and your passwords\n\n"
						+ "The help desk is free. You do not need to register.",
				false, Set.of(topic.apply("digital"), topic.apply("soziales")),
				Set.of(district.apply("norderstedt-mitte")), null, null));
		publish(editor, now.minus(Duration.ofDays(2)),
				new NewAnnouncement("Baustelle Ohechaussee in Garstedt",
						"Die Ohechaussee bekommt zwischen Kohfurth und Friedrichsgaber Weg eine neue Fahrbahn.\n\n"
								+ "**Ab Montag ist die Straße in Richtung Norden gesperrt**, etwa drei Wochen lang. "
								+ "Die Busse fahren eine Umleitung. Die Haltestellen sind ausgeschildert.\n\n"
								+ "Fußgänger und Radfahrer kommen weiter durch.",
						"Roadworks on Ohechaussee in Garstedt",
						"Ohechaussee gets a new road surface between Kohfurth and Friedrichsgaber Weg.\n\n"
								+ "**From Monday the road is closed northbound**, for about three weeks. "
								+ "Buses take a diversion. The stops are signposted.\n\n"
								+ "People on foot and on bikes can still get through.",
						false, Set.of(topic.apply("verkehr")), Set.of(district.apply("garstedt")),
						new NewsImage(barrier(), "image/png", "Rot-weiße Absperrung vor einer Baustelle",
								"Red and white barrier in front of roadworks"),
						null));
		publish(editor, now.minus(Duration.ofDays(1)), new NewAnnouncement("Stadtparkfest am Sonntag",
				"Am Sonntag feiert Norderstedt sein **Stadtparkfest** von 11 bis 18 Uhr.\n\n"
						+ "- Musik auf der Seebühne\n- Spiele für Kinder\n- Kaffee und Kuchen vom Seniorenbeirat\n\n"
						+ "Der Eintritt ist frei. Die Wege sind eben und für Rollatoren geeignet.",
				"Stadtpark festival on Sunday",
				"On Sunday Norderstedt celebrates its **Stadtpark festival** from 11 am to 6 pm.\n\n"
						+ "- Music on the lake stage\n- Games for children\n- Coffee and cake from the seniors' council\n\n"
						+ "Entry is free. The paths are level and suitable for rollators.",
				false, Set.of(topic.apply("veranstaltungen")), Set.of(), null, null));
		publish(editor, now.minus(Duration.ofHours(5)), new NewAnnouncement(
				"Sperrmüll: neue Termine in Harksheide und Friedrichsgabe",
				"Die Sperrmüll-Abholung hat neue Termine.\n\n" + "- Harksheide: **jeden ersten Dienstag** im Monat\n"
						+ "- Friedrichsgabe: **jeden dritten Dienstag** im Monat\n\n"
						+ "Bitte melden Sie Ihren Sperrmüll eine Woche vorher beim Betriebsamt an.",
				"Bulky waste: new dates in Harksheide and Friedrichsgabe",
				"The bulky waste collection has new dates.\n\n" + "- Harksheide: **every first Tuesday** of the month\n"
						+ "- Friedrichsgabe: **every third Tuesday** of the month\n\n"
						+ "Please register your bulky waste with the city services one week before.",
				false, Set.of(topic.apply("umwelt")),
				Set.of(district.apply("harksheide"), district.apply("friedrichsgabe")), null, null));
		// Helga follows roadworks and events in Garstedt: what the editor publishes for
		// them
		// lands in her notification centre
		this.news.accountId("helga")
			.ifPresent(helga -> this.news.saveInterests(helga,
					new Interests(Set.of(topic.apply("verkehr"), topic.apply("veranstaltungen")),
							Set.of(district.apply("garstedt")))));
		log.info("Demo news: 6 announcements by 'redaktion'; helga follows roadworks and events in Garstedt");
	}

	private void publish(long editor, Instant at, NewAnnouncement announcement) {
		this.news.insert(announcement, at, at, editor);
	}

	/** A red and white barrier, drawn here so the demo needs no picture files. */
	private static byte[] barrier() {
		BufferedImage image = new BufferedImage(800, 450, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
			g.setColor(new Color(0x8ec5e8));
			g.fillRect(0, 0, 800, 300);
			g.setColor(new Color(0x6b6b6b));
			g.fillRect(0, 300, 800, 150);
			g.setColor(new Color(0x3a3a3a));
			g.setStroke(new BasicStroke(16));
			g.drawLine(140, 200, 140, 380);
			g.drawLine(660, 200, 660, 380);
			g.setColor(Color.WHITE);
			g.fillRect(80, 160, 640, 80);
			g.setColor(new Color(0xd0021b));
			for (int x = 80; x < 720; x += 80) {
				g.fillPolygon(new int[] { x, x + 40, x + 80, x + 40 }, new int[] { 240, 160, 160, 240 }, 4);
			}
			g.setColor(new Color(0xf5a623));
			g.fillOval(370, 110, 60, 60);
		}
		finally {
			g.dispose();
		}
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
