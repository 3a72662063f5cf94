package de.norderstedt.go.notifications;

import static de.norderstedt.go.db.Tables.MAIL_OUTBOX;
import static de.norderstedt.go.db.Tables.NOTIFICATION;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalTime;
import java.util.EnumSet;
import java.util.List;

import de.norderstedt.go.RunningPortalTest;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.ideas.IdeaDeskService;
import de.norderstedt.go.ideas.IdeaEvents;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.IdeaState;
import de.norderstedt.go.ideas.ModerationService;
import de.norderstedt.go.ideas.NewIdea;
import de.norderstedt.go.ideas.ProjectService;
import de.norderstedt.go.ideas.TestIdeas;
import org.jooq.DSLContext;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.util.AopTestUtils;

/**
 * Every change of an idea's state reaches its author and every supporter, with the
 * justification, in the app and by push as each chose; nobody has to follow the idea.
 */
@RunningPortalTest
class IdeaMessagesTest {

	private static final FakePushService PUSH_SERVICE = new FakePushService();

	@Autowired
	TestAccounts accounts;

	@Autowired
	IdeaService ideas;

	@Autowired
	ModerationService moderation;

	@Autowired
	SettingsRepository settings;

	@Autowired
	PushSubscriptionRepository subscriptions;

	@Autowired
	Deliveries deliveries;

	@Autowired
	DSLContext dsl;

	@Autowired
	TestIdeas testIdeas;

	@Autowired
	IdeaDeskService desk;

	@Autowired
	ProjectService projects;

	@Autowired
	IdeaMessages messages;

	@Autowired
	EmailAddresses addresses;

	@Autowired
	TestMails mails;

	@AfterAll
	static void stop() {
		PUSH_SERVICE.close();
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void the_author_and_a_supporter_who_follows_nothing_hear_of_each_decision_with_its_reason() {
		long helga = this.accounts.ensure("idea-helga", Role.RESIDENT).id();
		long aylin = this.accounts.ensure("idea-aylin", Role.RESIDENT).id();
		// Aylin follows no idea and no news: her own things in the app and by push
		this.settings.save(aylin,
				NotificationSettings.DEFAULT.withChannels(NotificationCategory.NEWS, EnumSet.noneOf(Channel.class))
					.withChannels(NotificationCategory.IDEA, EnumSet.of(Channel.IN_APP, Channel.PUSH))
					.withQuietHours(false, LocalTime.of(21, 0), LocalTime.of(8, 0)),
				Instant.now());
		FakePushService.Browser phone = PUSH_SERVICE.newSubscription();
		this.subscriptions.save(aylin, phone.endpoint(), phone.p256dh(), phone.auth(), "Telefon", Instant.now());
		this.accounts.signIn("idea-helga");
		long idea = this.ideas
			.submit(new NewIdea("Bank im Stadtpark", "Keine Bank am Teich.", "Eine Bank am Teich.",
					"Alle, die nicht lange stehen können", null, null, null, null, null, null, false, "de"))
			.id();
		this.accounts.ensure("idea-moderation", Role.MODERATOR);
		this.accounts.signIn("idea-moderation");
		this.moderation.publish(idea, this.ideas.groups().get(0).id(), "Veröffentlicht.");
		this.accounts.signIn("idea-aylin");
		this.ideas.support(idea);
		this.accounts.signIn("idea-moderation");

		this.moderation.decide(idea, IdeaState.STORED, "Passt gut zur Parkplanung im nächsten Jahr.");

		String title = "Eine Idee, die Sie unterstützen: „Bank im Stadtpark“: Im Ideenspeicher";
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(titles(helga)).contains("Ihre Idee „Bank im Stadtpark“: Im Ideenspeicher");
			assertThat(titles(aylin)).containsExactly(title);
		});
		assertThat(bodies(aylin)).singleElement().asString().contains("Passt gut zur Parkplanung im nächsten Jahr.");
		this.deliveries.sendDue();
		assertThat(PUSH_SERVICE.received(phone.endpoint())).singleElement()
			.satisfies(received -> assertThat(received.field("title")).isEqualTo(title));
	}

	@Test
	void a_person_without_an_account_who_left_an_address_reads_each_decision_by_e_mail_in_their_language() {
		this.accounts.signOut();
		long idea = this.ideas
			.submit(new NewIdea("Bench by the pond", "There is no bench by the pond.", "Put up two benches.",
					"Everyone who cannot stand for long", null, null, null, null, null, "visitor@example.org", true,
					"en"))
			.id();
		confirm("visitor@example.org", idea);
		this.accounts.ensure("idea-moderation", Role.MODERATOR);
		this.accounts.signIn("idea-moderation");
		this.moderation.publish(idea, this.ideas.groups().get(0).id(), "Veröffentlicht.");
		this.moderation.decide(idea, IdeaState.STORED, "Passt gut zur Parkplanung im nächsten Jahr.");

		// one message per change, to the address, never to an app
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.dsl.fetchCount(NOTIFICATION,
					NOTIFICATION.CONTACT_EMAIL.eq("visitor@example.org")
						.and(NOTIFICATION.SHOWN_IN_APP.isFalse())
						.and(NOTIFICATION.SOURCE.startsWith("idea-state:"))))
				.isEqualTo(2));
		this.deliveries.sendDue();
		List<String> bodies = this.dsl.select(MAIL_OUTBOX.BODY)
			.from(MAIL_OUTBOX)
			.where(MAIL_OUTBOX.RECIPIENT.eq("visitor@example.org"))
			.and(MAIL_OUTBOX.BODY.notContains(EmailAddresses.CONFIRM_PATH))
			.orderBy(MAIL_OUTBOX.ID)
			.fetch(MAIL_OUTBOX.BODY);
		assertThat(bodies).hasSize(2);
		// the two are sent side by side: in either order
		assertThat(bodies).allSatisfy(body -> assertThat(body).contains("Bench by the pond")
			.contains("/ideen/beleg")
			.contains("you gave this address")
			.doesNotContain("/einstellungen/benachrichtigungen"));
		assertThat(bodies).anySatisfy(body -> assertThat(body).contains("Passt gut zur Parkplanung"));
		// sending again sends nothing twice
		this.deliveries.sendDue();
		assertThat(this.dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq("visitor@example.org")
			.and(MAIL_OUTBOX.BODY.notContains(EmailAddresses.CONFIRM_PATH)))).isEqualTo(2);
	}

	@Test
	void an_address_left_with_an_idea_gets_nothing_but_the_confirmation_until_it_is_confirmed() {
		this.accounts.signOut();
		long idea = this.ideas
			.submit(new NewIdea("Bench at the bus station", "No bench.", "A bench.", "Everyone", null, null, null, null,
					null, "unconfirmed-contact@example.org", true, "en"))
			.id();
		String path = this.mails.confirmationPathOfIdea(idea);
		this.accounts.ensure("idea-moderation", Role.MODERATOR);
		this.accounts.signIn("idea-moderation");

		this.moderation.askForChange(idea, "Which bus station?");

		await().atMost(Duration.ofSeconds(10)).until(() -> handled("ChangeRequested", idea));
		this.deliveries.sendDue();
		assertThat(this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.CONTACT_EMAIL.eq("unconfirmed-contact@example.org")
			.and(NOTIFICATION.SOURCE.startsWith("idea-change:")))).isZero();
		assertThat(this.dsl.select(MAIL_OUTBOX.BODY)
			.from(MAIL_OUTBOX)
			.where(MAIL_OUTBOX.RECIPIENT.eq("unconfirmed-contact@example.org"))
			.fetch(body -> body.value1().replaceAll("\\s+", " "))).singleElement()
			.asString()
			.contains(path)
			.contains("Please confirm your e-mail address")
			.doesNotContain("Which bus station?");
	}

	/** Whether the event about the idea was handled by every listener that got it. */
	private boolean handled(String event, long ideaId) {
		var publications = DSL.table("event_publication");
		var type = DSL.field("event_type", String.class);
		var serialized = DSL.field("serialized_event", String.class);
		var completed = DSL.field("completion_date");
		var about = type.endsWith(event).and(serialized.contains("\"ideaId\":" + ideaId));
		return this.dsl.fetchExists(publications, about)
				&& !this.dsl.fetchExists(publications, about.and(completed.isNull()));
	}

	@Test
	void a_request_for_a_change_reaches_the_author_in_the_app_and_a_person_without_an_account_by_e_mail() {
		long author = this.accounts.ensure("idea-change-author", Role.RESIDENT).id();
		this.accounts.signIn("idea-change-author");
		long own = this.ideas
			.submit(new NewIdea("Bank am Ententeich", "Keine Bank.", "Eine Bank.", "Alle", null, null, null, null, null,
					null, false, "de"))
			.id();
		this.accounts.signOut();
		long anonymous = this.ideas
			.submit(new NewIdea("Bench by the duck pond", "No bench.", "A bench.", "Everyone", null, null, null, null,
					null, "duckpond@example.org", true, "en"))
			.id();
		confirm("duckpond@example.org", anonymous);
		this.accounts.ensure("idea-moderation", Role.MODERATOR);
		this.accounts.signIn("idea-moderation");

		this.moderation.askForChange(own, "Welcher Ententeich ist gemeint?");
		this.moderation.askForChange(anonymous, "Welcher Ententeich ist gemeint?");

		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> {
			assertThat(titles(author)).contains("Bitte ändern Sie Ihre Idee „Bank am Ententeich“");
			assertThat(this.dsl.fetchCount(NOTIFICATION, NOTIFICATION.CONTACT_EMAIL.eq("duckpond@example.org")
				.and(NOTIFICATION.SOURCE.startsWith("idea-change:")))).isEqualTo(1);
		});
		// the account holder changes it on the page of their own idea
		assertThat(this.dsl.select(NOTIFICATION.LINK)
			.from(NOTIFICATION)
			.where(NOTIFICATION.ACCOUNT_ID.eq(author))
			.fetch(NOTIFICATION.LINK)).containsExactly("/ideen/meine/" + own);
		this.deliveries.sendDue();
		assertThat(this.dsl.select(MAIL_OUTBOX.BODY)
			.from(MAIL_OUTBOX)
			.where(MAIL_OUTBOX.RECIPIENT.eq("duckpond@example.org"))
			.and(MAIL_OUTBOX.BODY.notContains(EmailAddresses.CONFIRM_PATH))
			.fetch(body -> body.value1().replaceAll("\\s+", " "))).singleElement()
			.asString()
			.contains("Welcher Ententeich ist gemeint?")
			.contains("/ideen/beleg")
			.contains("change your idea or to withdraw it");
	}

	@Test
	void a_milestone_reaches_the_supporter_of_an_idea_merged_into_the_project_once_also_when_handled_again() {
		long suffix = System.nanoTime() % 100_000;
		long group = this.testIdeas.group("Meilensteine " + suffix);
		this.testIdeas.member(group, "milestone-member", false);
		long target = this.testIdeas.publishedIn("Bänke am Mühlenteich", group);
		long merged = this.testIdeas.publishedIn("Bank am Mühlenteich", group);
		long ella = this.accounts.ensure("milestone-ella", Role.RESIDENT).id();
		this.accounts.signIn("milestone-ella");
		this.ideas.support(merged);
		this.accounts.signIn("milestone-member");
		this.desk.merge(merged, target, "Beide wollen Bänke am Mühlenteich.");
		this.accounts.signOut();
		this.testIdeas.closedRound(group, "Runde " + suffix, target);
		long project = this.testIdeas.project(target, "Bänke am Mühlenteich " + suffix, "Bänke aufgestellt");
		long milestone = this.projects.project(project).orElseThrow().milestones().getFirst().id();
		this.accounts.signIn("milestone-member");

		this.projects.reach(milestone);

		String title = "Projekt „Bänke am Mühlenteich " + suffix + "“: Meilenstein erreicht";
		await().atMost(Duration.ofSeconds(10)).untilAsserted(() -> assertThat(titles(ella)).contains(title));
		assertThat(bodies(ella)).last()
			.asString()
			.isEqualTo("„Bänke aufgestellt“ ist geschafft. Die Bänke stehen am Teich.");
		// the handler runs again (as after a crash before its publication was marked
		// done)
		IdeaMessages handler = AopTestUtils.getUltimateTargetObject(this.messages);
		handler.on(new IdeaEvents.MilestoneReached(project, milestone));
		assertThat(this.dsl.fetchCount(NOTIFICATION,
				NOTIFICATION.ACCOUNT_ID.eq(ella).and(NOTIFICATION.SOURCE.eq("idea-milestone:" + milestone))))
			.isEqualTo(1);
		assertThat(titles(ella)).filteredOn(title::equals).hasSize(1);
	}

	@Test
	void a_milestone_reaches_the_author_without_an_account_by_e_mail_once() {
		long suffix = System.nanoTime() % 100_000;
		long group = this.testIdeas.group("Meilensteine per E-Mail " + suffix);
		this.testIdeas.member(group, "milestone-mail-member", false);
		this.accounts.signOut();
		long idea = this.ideas
			.submit(new NewIdea("Trinkbrunnen am Rathaus " + suffix, "Kein Wasser.", "Ein Trinkbrunnen.", "Alle", null,
					null, null, null, null, "fountain@example.org", true, "de"))
			.id();
		confirm("fountain@example.org", idea);
		this.testIdeas.publish(idea, group);
		this.testIdeas.closedRound(group, "Runde " + suffix, idea);
		long project = this.testIdeas.project(idea, "Trinkbrunnen " + suffix, "Brunnen angeschlossen");
		long milestone = this.projects.project(project).orElseThrow().milestones().getFirst().id();
		this.accounts.signIn("milestone-mail-member");

		this.projects.reach(milestone);

		String source = "idea-milestone:" + milestone;
		await().atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(this.dsl.fetchCount(NOTIFICATION,
					NOTIFICATION.CONTACT_EMAIL.eq("fountain@example.org").and(NOTIFICATION.SOURCE.eq(source))))
				.isEqualTo(1));
		IdeaMessages handler = AopTestUtils.getUltimateTargetObject(this.messages);
		handler.on(new IdeaEvents.MilestoneReached(project, milestone));
		assertThat(this.dsl.fetchCount(NOTIFICATION,
				NOTIFICATION.CONTACT_EMAIL.eq("fountain@example.org").and(NOTIFICATION.SOURCE.eq(source))))
			.isEqualTo(1);
		this.deliveries.sendDue();
		assertThat(this.dsl.select(MAIL_OUTBOX.BODY)
			.from(MAIL_OUTBOX)
			.where(MAIL_OUTBOX.RECIPIENT.eq("fountain@example.org"))
			.fetch(body -> body.value1().replaceAll("\\s+", " ")))
			.anySatisfy(body -> assertThat(body).contains("„Brunnen angeschlossen“ ist geschafft")
				.contains("/ideen/projekte/" + project));
	}

	/**
	 * Opens the confirmation link sent to the address left with the idea, as its owner
	 * would: before, the address receives nothing else.
	 */
	private void confirm(String email, long ideaId) {
		String path = this.mails.confirmationPathOfIdea(ideaId);
		assertThat(this.addresses.contactConfirmed(ideaId)).isFalse();
		this.deliveries.sendDue();
		assertThat(
				this.dsl.fetchCount(MAIL_OUTBOX, MAIL_OUTBOX.RECIPIENT.eq(email).and(MAIL_OUTBOX.BODY.contains(path))))
			.isEqualTo(1);
		assertThat(this.addresses.confirm(path.substring(EmailAddresses.CONFIRM_PATH.length())))
			.isEqualTo(ConfirmOutcome.CONFIRMED);
		assertThat(this.addresses.contactConfirmed(ideaId)).isTrue();
	}

	private List<String> titles(long account) {
		return this.dsl.select(NOTIFICATION.TITLE_DE)
			.from(NOTIFICATION)
			.where(NOTIFICATION.ACCOUNT_ID.eq(account))
			.and(NOTIFICATION.SHOWN_IN_APP)
			.orderBy(NOTIFICATION.ID)
			.fetch(NOTIFICATION.TITLE_DE);
	}

	private List<String> bodies(long account) {
		return this.dsl.select(NOTIFICATION.BODY_DE)
			.from(NOTIFICATION)
			.where(NOTIFICATION.ACCOUNT_ID.eq(account))
			.orderBy(NOTIFICATION.ID)
			.fetch(NOTIFICATION.BODY_DE);
	}

}
