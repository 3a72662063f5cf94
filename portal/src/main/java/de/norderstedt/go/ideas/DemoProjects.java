package de.norderstedt.go.ideas;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.stream.Collectors;

import de.norderstedt.go.database.DemoData;
import de.norderstedt.go.web.CityTime;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The nine pilots of Norderstedt GO! as demo projects, for the embedded default only:
 * each backed by an idea that went the whole way (in progress or done), with milestones
 * reached and to come. Two of the demo ideas are pilots already (the lockers and the
 * cargo bikes); the others are stored with their timelines. Stored directly, as already
 * happened: no events, so nobody is told. Nothing is added when any project exists.
 */
@Component
@Order(51)
@DemoData
class DemoProjects implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoProjects.class);

	/** A step of a pilot, {@code days} after its start; reached when that lies behind. */
	private record Step(String title, @Nullable String description, int days) {
	}

	/**
	 * A pilot and the idea it came from, started {@code daysAgo} days ago; finished
	 * {@code finishedDaysAgo} days ago, or running (null).
	 */
	private record Pilot(String idea, String problem, String proposal, String beneficiaries, String group,
			boolean byHelga, int daysAgo, String title, String summary, int percent, @Nullable Integer finishedDaysAgo,
			List<Step> steps) {
	}

	private static final List<Pilot> PILOTS = List.of(new Pilot("Schließfächer für Rollatoren im Stadtpark",
			"Wer mit dem Bus kommt, kann keinen Rollator mitbringen.",
			"Rollatoren in Schließfächern im Park zum Ausleihen.", "Ältere Menschen", "mobilitaet", false, 30,
			"Ausleihstation im Stadtpark: Rollatoren und Handwagen",
			"Im Stadtpark stehen Schließfächer mit Rollatoren und Handwagen. Man reserviert im Internet oder am Kiosk, hält den QR-Code an die Kamera, und das Fach geht auf.",
			100, 10,
			List.of(new Step("Standort am Eingang Ost festgelegt", null, 5),
					new Step("Schließfächer aufgebaut und angeschlossen",
							"Sechs Fächer mit Strom und Netz, davon zwei in Greifhöhe für Menschen im Rollstuhl.", 12),
					new Step("Erste Ausleihe mit QR-Code", null, 19))),
			new Pilot("Lastenräder zum Ausleihen", "Für den Wocheneinkauf braucht man ein Auto.",
					"Lastenräder an den Schließfach-Stationen zum Ausleihen.", "Familien ohne Auto", "mobilitaet", true,
					25, "Lastenräder an den Ausleihstationen",
					"An der Ausleihstation im Stadtpark kommen Lastenräder dazu: reservieren, mit dem QR-Code abholen, zurückbringen.",
					30, null,
					List.of(new Step("Zwei Lastenräder bestellt", null, 7),
							new Step("Stellplätze mit Ladestrom gebaut", null, 45),
							new Step("Erste Ausleihen im Stadtpark", null, 75))),
			new Pilot("Nachrichten der Stadt nach meinen Interessen", "Die Stadt schreibt viel, mich betrifft wenig.",
					"Eine Stadt-App, die nur schickt, was mich interessiert: aufs Handy, per E-Mail oder in die App.",
					"Alle, die in Norderstedt wohnen", "digitale-gesellschaft", true, 200,
					"Stadt-App mit Nachrichten nach Interessen",
					"Die Stadt-App schickt Neuigkeiten nach Themen und Stadtteilen, als Push-Nachricht, per E-Mail oder in die App, mit Ruhezeiten in der Nacht. Warnungen kommen immer an.",
					60, null,
					List.of(new Step("Themen und Stadtteile festgelegt", null, 20),
							new Step("Push-Nachrichten im Test mit 50 Familien",
									"Die Testfamilien melden, was gut geht und was stört.", 90),
							new Step("Ruhezeiten und Warnungen", null, 150), new Step("Start für alle", null, 260))),
			new Pilot("Handykurse für Ältere in den Büchereien", "Viele Ältere trauen sich nicht an das Smartphone.",
					"Kleine Kurse in den Büchereien, mit Zeit und Geduld.", "Ältere Menschen", "digitale-gesellschaft",
					false, 180, "Digital-Kurse in den Stadtbüchereien",
					"Digital-Paten geben Kurse und offene Sprechstunden in den Büchereien: Handy, Tablet, Videoanrufe, sichere Passwörter. Buchen geht am Kiosk oder im Internet.",
					70, null,
					List.of(new Step("Zehn Digital-Paten gewonnen", null, 30),
							new Step("Erste Kurse in Norderstedt-Mitte und Garstedt", null, 60),
							new Step("Buchen am Kiosk in der Bücherei", null, 120),
							new Step("Kurse in Harksheide", null, 220))),
			new Pilot("Anleitungen zum Üben am Kiosk", "Apps lernt man nicht vom Zuschauen.",
					"Am Bildschirm in der Bücherei Schritt für Schritt üben, mit Vorlesen.",
					"Alle, die Apps lernen wollen", "digitale-gesellschaft", false, 120,
					"App-Anleitungen an den Kiosken",
					"An den Kiosken in den Büchereien üben Menschen, eine App zu bedienen: tippen, wischen, einen Kurs buchen, einen QR-Code scannen. Alles wird vorgelesen.",
					40, null,
					List.of(new Step("Fünf Anleitungen geschrieben und geprüft", null, 40),
							new Step("Anleitungen in Leichter Sprache", null, 150),
							new Step("Weiter auf dem eigenen Handy", null, 200))),
			new Pilot("Neuigkeiten nur aus meinem Stadtteil", "Ich lese von Baustellen in ganz Norderstedt.",
					"Neuigkeiten nach Stadtteil filtern.", "Alle in den Stadtteilen", "urbane-daten", false, 300,
					"Neuigkeiten nach Thema und Stadtteil",
					"Die Redaktion ordnet jede Meldung Themen und Stadtteilen zu. Wer will, liest nur Garstedt, Harksheide, Friedrichsgabe, Glashütte oder Norderstedt-Mitte.",
					100, 60,
					List.of(new Step("Themen mit der Redaktion abgestimmt", null, 30),
							new Step("Stadtteile in jeder Meldung", null, 120),
							new Step("Auswahl in den Einstellungen", null, 220))),
			new Pilot("Warnungen der Stadt aufs Handy", "Bei Sturm oder Hochwasser erfährt man es zu spät.",
					"Warnungen der Stadt sofort aufs Handy, auch nachts.", "Alle, die in Norderstedt wohnen",
					"urbane-daten", false, 60, "Warnungen der Stadt aufs Handy",
					"Dringende Warnungen kommen sofort, auch in den Ruhezeiten: als Push-Nachricht, in der App und per E-Mail.",
					20, null,
					List.of(new Step("Regeln für dringende Warnungen beschlossen", null, 20),
							new Step("Probewarnung an alle Testgeräte", null, 90),
							new Step("Warnungen für ganz Norderstedt", null, 180))),
			new Pilot("Ein Bildschirm zum Anfassen in der Bücherei", "Nicht alle haben ein Handy oder Internet.",
					"Ein Bildschirm in der Stadtbücherei, an dem man alles machen kann.", "Menschen ohne eigenes Gerät",
					"digitale-gesellschaft", true, 250, "Touchscreen-Kiosk in der Stadtbücherei",
					"In der Stadtbücherei Norderstedt-Mitte steht ein Bildschirm zum Anfassen: große Tasten, Vorlesen, eine Tastatur auf dem Bildschirm. Nach jedem Besuch wird alles gelöscht.",
					100, 90,
					List.of(new Step("Gerät und Ständer ausgewählt", null, 20),
							new Step("Test mit Seniorinnen und Senioren",
									"Große Tasten und mehr Zeit: Die Rückmeldungen sind eingebaut.", 80),
							new Step("Kiosk in Betrieb", null, 150))),
			new Pilot("Vorlesen und große Schrift auf allen Seiten",
					"Ich sehe schlecht und kann die Seiten der Stadt nicht lesen.",
					"Alle Seiten vorlesen lassen und die Schrift groß stellen können.", "Menschen, die schlecht sehen",
					"digitale-gesellschaft", true, 280, "Barrierefreie Seiten: Vorlesen und große Schrift",
					"Jede Seite lässt sich vorlesen, auf Deutsch und Englisch. Schrift bis doppelt so groß, starker Kontrast, weniger Bewegung.",
					100, 120,
					List.of(new Step("Vorlesen auf Deutsch und Englisch", null, 40),
							new Step("Schrift bis 200 Prozent ohne Verlust", null, 100),
							new Step("Prüfung mit dem Beirat für Menschen mit Behinderung", null, 150))));

	private final DemoIdeas demo;

	private final IdeaRepository ideas;

	private final ProjectRepository projects;

	private final Clock clock;

	DemoProjects(DemoIdeas demo, IdeaRepository ideas, ProjectRepository projects, Clock clock) {
		this.demo = demo;
		this.ideas = ideas;
		this.projects = projects;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.projects.any()) {
			return;
		}
		Map<String, Long> accounts = this.ideas.accountIds(List.of("helga", "admin", "moderation"));
		if (accounts.size() < 3) {
			return;
		}
		Map<String, Long> groups = this.ideas.groups()
			.stream()
			.collect(Collectors.toMap(IdeaGroup::slug, IdeaGroup::id));
		Long admin = accounts.get("admin");
		Instant now = this.clock.instant();
		for (Pilot pilot : PILOTS) {
			Instant start = now.minus(Duration.ofDays(pilot.daysAgo()));
			Integer finishedDaysAgo = pilot.finishedDaysAgo();
			Instant finished = finishedDaysAgo == null ? null : now.minus(Duration.ofDays(finishedDaysAgo));
			long idea = this.projects.ideaWithoutProject(pilot.idea())
				.orElseGet(() -> ideaOf(pilot, Objects.requireNonNull(groups.get(pilot.group()), pilot.group()),
						pilot.byHelga() ? accounts.get("helga") : null, accounts.get("moderation"), admin, start,
						finished));
			long project = this.projects.insert(idea, pilot.title(), pilot.summary(), pilot.percent(), admin, start);
			for (Step step : pilot.steps()) {
				Instant due = start.plus(Duration.ofDays(step.days()));
				Instant reached = due.isBefore(now) ? due.minus(Duration.ofDays(2)) : null;
				this.projects.insertMilestone(project, step.title(), step.description(), CityTime.date(due), reached);
			}
			if (finished != null) {
				this.projects.finish(project, finished);
			}
		}
		log.info("Demo projects created: the nine pilots with their milestones");
	}

	/** The pilot's idea with its way from submission to the project (and done). */
	private long ideaOf(Pilot pilot, long group, @Nullable Long author, @Nullable Long moderator, @Nullable Long admin,
			Instant start, @Nullable Instant finished) {
		Instant submitted = start.minus(Duration.ofDays(40));
		long id = this.demo.idea(pilot.idea(), pilot.problem(), pilot.proposal(), pilot.beneficiaries(), author,
				submitted);
		this.demo.publish(id, group, moderator, submitted.plus(Duration.ofDays(2)));
		this.demo.move(id, IdeaState.IN_REVIEW, IdeaState.IN_EVALUATION, "Der Arbeitskreis bewertet die Idee.", admin,
				submitted.plus(Duration.ofDays(10)));
		this.demo.move(id, IdeaState.IN_EVALUATION, IdeaState.SELECTED,
				"Großer Nutzen für viele Menschen; der Arbeitskreis empfiehlt ein Pilotprojekt.", admin,
				submitted.plus(Duration.ofDays(30)));
		this.demo.move(id, IdeaState.SELECTED, IdeaState.IN_PROGRESS,
				"Das Pilotprojekt „" + pilot.title() + "“ beginnt.", admin, start);
		if (finished != null) {
			this.demo.move(id, IdeaState.IN_PROGRESS, IdeaState.DONE,
					"Das Pilotprojekt ist abgeschlossen und läuft weiter für alle.", admin, finished);
		}
		return id;
	}

}
