package de.norderstedt.go.ideas;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;

import de.norderstedt.go.database.DemoData;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Codes;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo workshop for the embedded default only: the "Zukunftswerkstatt im Rathaus" with
 * three ideas the moderator entered for the people who gave them. Stored directly, as
 * already happened (no events); made once, whatever restarts follow.
 */
@Component
@Order(51)
@DemoData
class DemoWorkshop implements ApplicationRunner {

	static final String TITLE = "Zukunftswerkstatt im Rathaus";

	private static final Logger log = LoggerFactory.getLogger(DemoWorkshop.class);

	private final WorkshopRepository workshops;

	private final IdeaRepository ideas;

	private final Clock clock;

	DemoWorkshop(WorkshopRepository workshops, IdeaRepository ideas, Clock clock) {
		this.workshops = workshops;
		this.ideas = ideas;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.workshops.exists(TITLE)) {
			return;
		}
		Long moderator = this.ideas.accountIds(List.of("moderation")).get("moderation");
		if (moderator == null) {
			return;
		}
		Instant held = this.clock.instant().minus(Duration.ofDays(10));
		long workshop = this.workshops.insert(TITLE, CityTime.date(held), "Rathaus Norderstedt, Plenarsaal",
				"Moderiert vom Team Smart City; 24 Teilnehmende.", moderator, held);
		this.workshops.audit(workshop, WorkshopAction.CREATED, null, moderator, held);
		Instant entered = held.plus(Duration.ofDays(1));
		capture(workshop, moderator, entered, IdeaChannel.WORKSHOP, "Sprechende Haltestellen",
				"An der Haltestelle kann ich den Fahrplan nicht lesen.",
				"Ein Knopf an der Haltestelle, der die nächsten Busse ansagt.", "Menschen, die schlecht sehen",
				"Gerda Martens");
		capture(workshop, moderator, entered.plus(Duration.ofMinutes(5)), IdeaChannel.WORKSHOP,
				"Handy-Sprechstunde im Seniorentreff", "Niemand erklärt mir mein neues Handy.",
				"Einmal im Monat helfen Jugendliche im Seniorentreff mit dem Handy.", "Ältere Menschen",
				"Karl-Heinz Böttcher");
		capture(workshop, moderator, entered.plus(Duration.ofMinutes(9)), IdeaChannel.PAPER,
				"Trinkwasserbrunnen am Herold-Center", "Im Sommer gibt es in der Innenstadt kein Wasser.",
				"Ein Trinkbrunnen vor dem Herold-Center.", "Alle, die in der Stadt unterwegs sind", "Aylin Demir");
		log.info("Demo workshop created: '{}' with three ideas", TITLE);
	}

	private void capture(long workshop, long moderator, Instant at, IdeaChannel channel, String title, String problem,
			String proposal, String beneficiaries, String person) {
		long id = this.ideas.insert(new IdeaRepository.Insert(title, problem, proposal, beneficiaries, null, null, null,
				channel, null, null, moderator, person, Codes.random(IdeaService.RECEIPT_CODE_LENGTH), null, workshop),
				at);
		this.ideas.transition(id, null, IdeaState.SUBMITTED, "Die Idee ist eingereicht.", null, at);
		this.workshops.audit(workshop, WorkshopAction.IDEA_CAPTURED, id, moderator, at);
	}

}
