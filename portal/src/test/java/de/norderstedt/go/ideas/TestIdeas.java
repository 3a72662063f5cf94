package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.db.Tables.IDEA_GROUP;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.jooq.DSLContext;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/** Submits and publishes ideas for tests, as a resident and a moderator would. */
@Component
public class TestIdeas {

	private static final String MODERATOR = "test-idea-moderator";

	private static final String ADMIN = "test-idea-admin";

	private final IdeaService ideas;

	private final ModerationService moderation;

	private final TestAccounts accounts;

	private final EvaluationService evaluation;

	private final EvaluationRepository rounds;

	private final DSLContext dsl;

	private final IdeaTalkService talk;

	private final IdeaDeskService desk;

	private final TrendRadarService radar;

	private final TransactionTemplate transactions;

	private final ProjectService projects;

	private final WorkshopService workshops;

	TestIdeas(IdeaService ideas, ModerationService moderation, TestAccounts accounts, EvaluationService evaluation,
			EvaluationRepository rounds, DSLContext dsl, TransactionTemplate transactions, IdeaTalkService talk,
			IdeaDeskService desk, TrendRadarService radar, ProjectService projects, WorkshopService workshops) {
		this.radar = radar;
		this.workshops = workshops;
		this.talk = talk;
		this.desk = desk;
		this.projects = projects;
		this.ideas = ideas;
		this.moderation = moderation;
		this.accounts = accounts;
		this.evaluation = evaluation;
		this.rounds = rounds;
		this.dsl = dsl;
		this.transactions = transactions;
	}

	/** A new working group of its own (a round per group may be open at a time). */
	public long group(String name) {
		String slug = "test-" + System.nanoTime() % 100_000_000;
		return java.util.Objects.requireNonNull(this.dsl.insertInto(IDEA_GROUP)
			.set(IDEA_GROUP.SLUG, slug)
			.set(IDEA_GROUP.NAME_DE, name)
			.set(IDEA_GROUP.NAME_EN, name)
			.returning(IDEA_GROUP.ID)
			.fetchSingle(IDEA_GROUP.ID));
	}

	/** Makes the account (a resident, made if new) a member of the group. */
	public long member(long groupId, String username, boolean chair) {
		long account = this.accounts.ensure(username, Role.RESIDENT).id();
		this.transactions
			.executeWithoutResult(status -> this.rounds.addMember(groupId, account, chair, java.time.Instant.now()));
		return account;
	}

	/** A published idea whose lead group is the group. */
	public long publishedIn(String title, long groupId) {
		long id = submitted(title);
		this.accounts.ensure(MODERATOR, Role.MODERATOR);
		this.accounts.signIn(MODERATOR);
		try {
			this.moderation.publish(id, groupId, "Veröffentlicht. Der Arbeitskreis prüft die Idee.");
		}
		finally {
			this.accounts.signOut();
		}
		return id;
	}

	/**
	 * A published idea of the group that its member parked in the Ideenspeicher until
	 * next year.
	 */
	public long parked(String title, long groupId, String member) {
		long id = publishedIn(title, groupId);
		this.accounts.signIn(member);
		try {
			this.desk.decide(id, IdeaState.STORED, "Gute Idee, aber erst nächstes Jahr.",
					java.time.LocalDate.now().plusYears(1));
		}
		finally {
			this.accounts.signOut();
		}
		return id;
	}

	/** A Trendradar entry a moderator wrote and linked to the parked ideas. */
	public long trend(String title, String description, Long... parkedIdeas) {
		this.accounts.ensure(MODERATOR, Role.MODERATOR);
		this.accounts.signIn(MODERATOR);
		try {
			long trend = this.radar.write(title, description);
			for (Long idea : parkedIdeas) {
				this.radar.link(trend, idea);
			}
			return trend;
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** Publishes a waiting idea for the group, as a moderator would. */
	public void publish(long ideaId, long groupId) {
		this.accounts.ensure(MODERATOR, Role.MODERATOR);
		this.accounts.signIn(MODERATOR);
		try {
			this.moderation.publish(ideaId, groupId, "Veröffentlicht. Der Arbeitskreis prüft die Idee.");
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** A comment of the resident (made if new) on the idea, waiting for a moderator. */
	public void comment(long ideaId, String username, String text) {
		this.accounts.ensure(username, Role.RESIDENT);
		this.accounts.signIn(username);
		try {
			this.talk.comment(ideaId, text);
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** A report of the resident (made if new) about the idea. */
	public void report(long ideaId, String username, String reason) {
		this.accounts.ensure(username, Role.RESIDENT);
		this.accounts.signIn(username);
		try {
			this.talk.reportIdea(ideaId, reason);
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** Opens a round of the group with the ideas, as an admin would. */
	public long openRound(long groupId, String title, Long... ideaIds) {
		this.accounts.ensure(ADMIN, Role.ADMIN);
		this.accounts.signIn(ADMIN);
		try {
			return this.evaluation.open(groupId, title, java.util.Set.of(ideaIds));
		}
		finally {
			this.accounts.signOut();
		}
	}

	/**
	 * A round of the group whose ideas were all selected, closed: its decisions public.
	 */
	public long closedRound(long groupId, String title, Long... ideaIds) {
		long round = openRound(groupId, title, ideaIds);
		this.accounts.ensure(ADMIN, Role.ADMIN);
		this.accounts.signIn(ADMIN);
		try {
			for (long idea : ideaIds) {
				this.evaluation.decide(round, idea, IdeaState.SELECTED, "Großer Nutzen für wenig Geld.");
			}
			this.evaluation.close(round);
		}
		finally {
			this.accounts.signOut();
		}
		return round;
	}

	/** An idea of a person without an account, waiting for a moderator. */
	public long submitted(String title) {
		return this.ideas
			.submit(new NewIdea(title, "Am Teich im Stadtpark gibt es keine Bank.", "Zwei Bänke am Teich aufstellen.",
					"Ältere Menschen, Eltern mit Kinderwagen", null, null, null, null, null, null, false, "de"))
			.id();
	}

	/** A moderator asks the idea's author for a change. */
	public void askForChange(long ideaId, String note) {
		this.accounts.ensure(MODERATOR, Role.MODERATOR);
		this.accounts.signIn(MODERATOR);
		try {
			this.moderation.askForChange(ideaId, note);
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** The receipt code of an idea of a person without an account. */
	public String receiptCode(long ideaId) {
		return java.util.Objects.requireNonNull(
				this.dsl.select(IDEA.RECEIPT_CODE).from(IDEA).where(IDEA.ID.eq(ideaId)).fetchSingle(IDEA.RECEIPT_CODE));
	}

	/** A waiting idea of the account, whose author a moderator asked for a change. */
	public long askedOf(String username, String title) {
		this.accounts.signIn(username);
		long id;
		try {
			id = submitted(title);
		}
		finally {
			this.accounts.signOut();
		}
		askForChange(id, "Bitte schreiben Sie, wo genau.");
		return id;
	}

	/** A published idea of a person without an account, in the first working group. */
	public long published(String title) {
		long id = submitted(title);
		this.accounts.ensure(MODERATOR, Role.MODERATOR);
		this.accounts.signIn(MODERATOR);
		try {
			this.moderation.publish(id, this.ideas.groups().get(0).id(),
					"Veröffentlicht. Der Arbeitskreis prüft die Idee.");
		}
		finally {
			this.accounts.signOut();
		}
		return id;
	}

	/** A published idea of the group, selected in a closed round of the group. */
	public long selectedIn(String title, long groupId) {
		long id = publishedIn(title, groupId);
		closedRound(groupId, "Runde " + title, id);
		return id;
	}

	/**
	 * A project of a selected idea, started by an admin, with one milestone to come.
	 * @return the project's id
	 */
	public long project(long ideaId, String title, String milestone) {
		this.accounts.ensure(ADMIN, Role.ADMIN);
		this.accounts.signIn(ADMIN);
		try {
			long project = this.projects.start(ideaId, title, "Zwei Bänke am Teich, aus Holz aus dem Stadtwald.",
					"Der Arbeitskreis hat die Idee ausgewählt; die Bänke werden bestellt.");
			this.projects.addMilestone(project, new NewMilestone(milestone, "Die Bänke stehen am Teich.",
					java.time.LocalDate.now(de.norderstedt.go.web.CityTime.ZONE).plusMonths(2)));
			this.projects.percentDone(project, 40);
			return project;
		}
		finally {
			this.accounts.signOut();
		}
	}

	/** A workshop with one idea a moderator entered for a person. */
	public long workshopWithAnIdea(String title) {
		this.accounts.ensure(MODERATOR, Role.MODERATOR);
		this.accounts.signIn(MODERATOR);
		try {
			long workshop = this.workshops
				.create(new NewWorkshop(title, java.time.LocalDate.of(2026, 11, 20), "Rathaus Norderstedt", null));
			this.workshops.capture(workshop,
					new CapturedIdea("Sprechende Haltestellen", "An der Haltestelle kann ich den Fahrplan nicht lesen.",
							"Ein Knopf, der die nächsten Busse ansagt.", "Menschen, die schlecht sehen", null, null,
							null, "Gerda Martens", false, IdeaChannel.WORKSHOP));
			return workshop;
		}
		finally {
			this.accounts.signOut();
		}
	}

}
