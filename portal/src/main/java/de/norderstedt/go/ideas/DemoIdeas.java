package de.norderstedt.go.ideas;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.norderstedt.go.database.DemoData;
import de.norderstedt.go.web.Codes;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo ideas for the embedded default only: the working groups with members among the
 * demo accounts, ideas in the states of the lifecycle (each with its timeline), and an
 * open evaluation round in which one member has scored. Stored directly, as already
 * happened: no events, so starting the demo sends nobody a notification.
 */
@Component
@Order(50)
@DemoData
class DemoIdeas implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(DemoIdeas.class);

	private final IdeaRepository ideas;

	private final EvaluationRepository rounds;

	private final Clock clock;

	DemoIdeas(IdeaRepository ideas, EvaluationRepository rounds, Clock clock) {
		this.ideas = ideas;
		this.rounds = rounds;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.ideas.anyIdea()) {
			return;
		}
		Map<String, Long> accounts = this.ideas
			.accountIds(List.of("helga", "jens", "redaktion", "schliessfach", "admin", "moderation"));
		if (accounts.size() < 6) {
			return;
		}
		Function<String, Long> account = name -> java.util.Objects.requireNonNull(accounts.get(name), name);
		Map<String, Long> groups = this.ideas.groups()
			.stream()
			.collect(Collectors.toMap(IdeaGroup::slug, IdeaGroup::id));
		Function<String, Long> group = slug -> java.util.Objects.requireNonNull(groups.get(slug), slug);
		Instant now = this.clock.instant();
		Instant start = now.minus(Duration.ofDays(60));
		this.rounds.addMember(group.apply("digitale-gesellschaft"), account.apply("jens"), true, start);
		this.rounds.addMember(group.apply("digitale-gesellschaft"), account.apply("redaktion"), false, start);
		this.rounds.addMember(group.apply("mobilitaet"), account.apply("schliessfach"), true, start);
		this.rounds.addMember(group.apply("mobilitaet"), account.apply("admin"), false, start);
		this.rounds.addMember(group.apply("urbane-daten"), account.apply("admin"), true, start);
		this.rounds.addMember(group.apply("smart-work"), account.apply("jens"), true, start);
		Long moderator = account.apply("moderation");
		Long helga = account.apply("helga");

		long wifi = idea("Kostenloses WLAN im Rathauspark",
				"Im Park gibt es kein Netz. Wer eine Fahrkarte kaufen will, muss nach Hause.",
				"Ein offenes WLAN im Rathauspark, ohne Anmeldung.", "Alle, die im Park sind, auch Gäste", helga,
				start.plus(Duration.ofDays(1)));
		publish(wifi, group.apply("digitale-gesellschaft"), moderator, start.plus(Duration.ofDays(2)));
		long consultation = idea("Digitale Sprechstunde in der Stadtbücherei",
				"Viele Ältere wissen nicht, wen sie bei Fragen zum Handy fragen können.",
				"Jeden Dienstag eine Sprechstunde mit Digital-Paten in der Bücherei.", "Ältere Menschen", null,
				start.plus(Duration.ofDays(3)));
		publish(consultation, group.apply("digitale-gesellschaft"), moderator, start.plus(Duration.ofDays(4)));
		long bench = idea("Bank im Stadtpark", "Am Teich im Stadtpark kann man sich nirgends hinsetzen.",
				"Zwei Bänke am Teich aufstellen.", "Alle, die nicht lange stehen können", helga,
				start.plus(Duration.ofDays(5)));
		publish(bench, group.apply("mobilitaet"), moderator, start.plus(Duration.ofDays(6)));
		long parking = idea("Sensoren für freie Parkplätze am Bahnhof",
				"Am Bahnhof Garstedt sucht man lange einen Parkplatz.",
				"Sensoren zeigen in der App, wo ein Platz frei ist.", "Pendlerinnen und Pendler", null,
				start.plus(Duration.ofDays(7)));
		publish(parking, group.apply("urbane-daten"), moderator, start.plus(Duration.ofDays(8)));
		move(parking, IdeaState.IN_REVIEW, IdeaState.STORED,
				"Eine gute Idee, aber die Sensoren sind noch zu teuer. Wir legen sie im nächsten Jahr wieder vor.",
				account.apply("admin"), start.plus(Duration.ofDays(20)));
		long cargo = idea("Lastenräder zum Ausleihen", "Für den Wocheneinkauf braucht man ein Auto.",
				"Lastenräder an den Schließfach-Stationen zum Ausleihen.", "Familien ohne Auto", helga,
				start.plus(Duration.ofDays(9)));
		publish(cargo, group.apply("mobilitaet"), moderator, start.plus(Duration.ofDays(10)));
		move(cargo, IdeaState.IN_REVIEW, IdeaState.IN_EVALUATION,
				"Der Arbeitskreis bewertet die Idee in der Runde „Frühjahr 2026“.", account.apply("admin"),
				start.plus(Duration.ofDays(15)));
		move(cargo, IdeaState.IN_EVALUATION, IdeaState.SELECTED,
				"Viel Nutzen für Familien; die Stationen gibt es schon.", account.apply("schliessfach"),
				start.plus(Duration.ofDays(25)));
		move(cargo, IdeaState.SELECTED, IdeaState.IN_PROGRESS,
				"Die ersten zwei Lastenräder werden im Stadtpark aufgestellt.", account.apply("schliessfach"),
				start.plus(Duration.ofDays(35)));
		long lockers = idea("Schließfächer für Rollatoren im Stadtpark",
				"Wer mit dem Bus kommt, kann keinen Rollator mitbringen.",
				"Rollatoren in Schließfächern im Park zum Ausleihen.", "Ältere Menschen", null,
				start.plus(Duration.ofDays(11)));
		publish(lockers, group.apply("mobilitaet"), moderator, start.plus(Duration.ofDays(12)));
		move(lockers, IdeaState.IN_REVIEW, IdeaState.IN_EVALUATION,
				"Der Arbeitskreis bewertet die Idee in der Runde „Frühjahr 2026“.", account.apply("admin"),
				start.plus(Duration.ofDays(15)));
		move(lockers, IdeaState.IN_EVALUATION, IdeaState.SELECTED, "Einfach umzusetzen und sehr gefragt.",
				account.apply("schliessfach"), start.plus(Duration.ofDays(25)));
		move(lockers, IdeaState.SELECTED, IdeaState.IN_PROGRESS, "Die Station am Eingang Ost wird gebaut.",
				account.apply("schliessfach"), start.plus(Duration.ofDays(30)));
		move(lockers, IdeaState.IN_PROGRESS, IdeaState.DONE,
				"Die Station ist in Betrieb: Rollatoren und Handwagen lassen sich mit einem QR-Code ausleihen.",
				account.apply("schliessfach"), start.plus(Duration.ofDays(50)));
		long ads = idea("Werbung auf den Stadtbildschirmen", "Die Bildschirme kosten Geld.",
				"Private Firmen dürfen dort werben.", "Die Stadtkasse", null, start.plus(Duration.ofDays(13)));
		move(ads, IdeaState.SUBMITTED, IdeaState.NOT_FEASIBLE,
				"Auf den Bildschirmen der Stadt gibt es keine Werbung von Firmen; das hat der Rat so beschlossen.",
				moderator, start.plus(Duration.ofDays(14)));
		long festival = idea("Eine App nur für das Stadtfest", "Man findet die Bühnen nicht.",
				"Eine eigene App mit dem Programm.", "Alle Gäste des Stadtfests", helga,
				start.plus(Duration.ofDays(16)));
		move(festival, IdeaState.SUBMITTED, IdeaState.WITHDRAWN,
				"Ich ziehe die Idee zurück: das Programm steht jetzt in den Neuigkeiten.", helga,
				start.plus(Duration.ofDays(17)));
		idea("Tauschbörse für Werkzeug", "Viele kaufen eine Bohrmaschine für ein einziges Loch.",
				"Eine Tauschbörse, in der Nachbarn Werkzeug verleihen.", "Alle im Stadtteil", null,
				now.minus(Duration.ofDays(1)));

		// an open round of the digital society group: the editor has scored the WLAN idea
		CriteriaSet set = this.rounds.currentSet(false);
		long round = this.rounds.insertRound(group.apply("digitale-gesellschaft"), set.id(), "Herbst 2026",
				account.apply("admin"), now.minus(Duration.ofDays(5)));
		for (long idea : List.of(wifi, consultation)) {
			this.rounds.insertItem(round, idea);
			move(idea, IdeaState.IN_REVIEW, IdeaState.IN_EVALUATION,
					"Der Arbeitskreis „Digitale Gesellschaft“ bewertet die Idee in der Runde „Herbst 2026“.",
					account.apply("admin"), now.minus(Duration.ofDays(5)));
		}
		long editor = account.apply("redaktion");
		this.rounds.insertSheet(round, wifi, editor, null, now.minus(Duration.ofDays(2)));
		int[] scores = { 4, 3, 4, 3, 2 };
		Map<Long, Integer> sheet = new java.util.LinkedHashMap<>();
		for (int i = 0; i < set.criteria().size(); i++) {
			sheet.put(set.criteria().get(i).id(), scores[i % scores.length]);
		}
		this.rounds.insertScores(round, wifi, editor, set.id(), sheet);
		log.info("Demo ideas created: nine ideas, the working groups' members and the open round 'Herbst 2026'");
	}

	long idea(String title, String problem, String proposal, String beneficiaries, @Nullable Long author, Instant at) {
		String receipt = author == null ? Codes.random(IdeaService.RECEIPT_CODE_LENGTH) : null;
		long id = this.ideas.insert(new IdeaRepository.Insert(title, problem, proposal, beneficiaries, null, null, null,
				IdeaChannel.WEB, author, null, null, null, receipt, null, null), at);
		this.ideas.transition(id, null, IdeaState.SUBMITTED, "Die Idee ist eingereicht.", author, at);
		return id;
	}

	void publish(long id, long groupId, @Nullable Long moderator, Instant at) {
		this.ideas.markPublished(id, groupId, at);
		move(id, IdeaState.SUBMITTED, IdeaState.IN_REVIEW, "Veröffentlicht. Der Arbeitskreis prüft die Idee.",
				moderator, at);
	}

	void move(long id, IdeaState from, IdeaState to, String justification, @Nullable Long by, Instant at) {
		this.ideas.transition(id, from, to, justification, by, at);
	}

}
