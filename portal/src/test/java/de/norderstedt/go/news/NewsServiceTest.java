package de.norderstedt.go.news;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authorization.AuthorizationDeniedException;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Announcements against PostgreSQL: validation, who may write, who hears about what,
 * release at the set time exactly once, withdrawing, and residents' interests. Only the
 * news module runs, with the accounts that sign editors in and the database: the
 * notifications that its events cause elsewhere are that module's tests.
 */
@ApplicationModuleTest(extraIncludes = { "app", "accounts", "ratelimit", "database", "privacy", "web" },
		verifyAutomatically = false)
class NewsServiceTest {

	private static final byte[] PNG = TestNews.png();

	// a PNG's first bytes and then no picture
	private static final byte[] PNG_HEADER_ONLY = { (byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 0, 0, 13 };

	@Autowired
	NewsService news;

	@Autowired
	NewsDeskService desk;

	@Autowired
	NewsAdminService admin;

	@Autowired
	NewsReleases releases;

	@Autowired
	NewsRepository repository;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestNewsEvents events;

	@Autowired
	ApplicationEventPublisher publisher;

	@Autowired
	TransactionTemplate transactions;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	private void asEditor() {
		this.accounts.ensure("news-editor", Role.EDITOR);
		this.accounts.signIn("news-editor");
	}

	private long topic(String slug) {
		return this.news.topics().stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow().id();
	}

	private long district(String slug) {
		return this.news.districts().stream().filter(d -> d.slug().equals(slug)).findFirst().orElseThrow().id();
	}

	private static NewAnnouncement text(String title, Set<Long> topics, Set<Long> districts, boolean urgent,
			@Nullable Instant at) {
		return new NewAnnouncement(title, "Erster Absatz mit **fett**.\n\n- eins\n- zwei", null, null, urgent, topics,
				districts, null, at);
	}

	@Test
	void an_editor_publishes_at_once_and_everyone_can_read_it() {
		asEditor();
		long id = this.desk.create(new NewAnnouncement("  Baustelle Ohechaussee  ", "Die Straße ist gesperrt.",
				"Roadworks on Ohechaussee", "The road is closed.", false, Set.of(topic("verkehr")),
				Set.of(district("garstedt")), new NewsImage(PNG, "image/png", " Bagger ", "Digger"), null));
		this.accounts.signOut();

		Announcement published = this.news.published(id).orElseThrow();
		assertThat(published.titleDe()).isEqualTo("Baustelle Ohechaussee");
		assertThat(published.title(java.util.Locale.ENGLISH)).isEqualTo("Roadworks on Ohechaussee");
		assertThat(published.topics()).extracting(Topic::slug).containsExactly("verkehr");
		assertThat(published.districts()).extracting(District::slug).containsExactly("garstedt");
		assertThat(published.hasImage()).isTrue();
		assertThat(published.imageAltDe()).isEqualTo("Bagger");
		assertThat(published.publishedAt()).isNotNull();
		assertThat(this.news.current(NewsService.MAX_CURRENT)).extracting(Announcement::id).contains(id);
		assertThat(this.news.current(NewsService.MAX_CURRENT, topic("umwelt"), null)).extracting(Announcement::id)
			.doesNotContain(id);
		assertThat(this.news.current(NewsService.MAX_CURRENT, null, district("harksheide")))
			.extracting(Announcement::id)
			.doesNotContain(id);
		assertThat(this.news.image(id)).get().extracting(NewsImage::mediaType).isEqualTo("image/png");
		assertThat(this.events.publishedCount(id)).isEqualTo(1);
	}

	@Test
	void publishing_tells_the_other_features_once_whether_it_is_urgent_and_a_planned_one_waits(
			AssertablePublishedEvents published) {
		asEditor();
		long warning = this.desk
			.create(text("Sturm", Set.of(topic("warnungen")), Set.of(district("garstedt")), true, null));
		long planned = this.desk
			.create(text("Später", Set.of(topic("rathaus")), Set.of(), false, Instant.now().plus(Duration.ofDays(1))));
		assertThat(published.ofType(NewsEvents.AnnouncementPublished.class))
			.containsExactly(new NewsEvents.AnnouncementPublished(warning, true));

		this.desk.publishNow(planned);
		assertThat(published).contains(NewsEvents.AnnouncementPublished.class)
			.matching(NewsEvents.AnnouncementPublished::announcementId, planned);
		assertThat(published.ofType(NewsEvents.AnnouncementPublished.class)).containsExactly(
				new NewsEvents.AnnouncementPublished(warning, true),
				new NewsEvents.AnnouncementPublished(planned, false));
	}

	@Test
	void an_announcement_is_published_when_its_transaction_commits(Scenario scenario) {
		asEditor();
		scenario
			.stimulate(() -> this.desk.create(text("Neu im Rathaus", Set.of(topic("rathaus")), Set.of(), false, null)))
			.andWaitForEventOfType(NewsEvents.AnnouncementPublished.class)
			.toArriveAndVerify((event, id) -> {
				assertThat(event).isEqualTo(new NewsEvents.AnnouncementPublished(id, false));
				assertThat(this.events.publishedCount(id)).isEqualTo(1);
				assertThat(this.news.published(id)).isPresent();
			});
	}

	@Test
	void german_only_announcements_fall_back_to_german() {
		asEditor();
		long id = this.desk.create(text("Nur Deutsch", Set.of(topic("rathaus")), Set.of(), false, null));
		Announcement a = this.news.published(id).orElseThrow();
		assertThat(a.title(java.util.Locale.ENGLISH)).isEqualTo("Nur Deutsch");
		assertThat(a.isGerman(java.util.Locale.ENGLISH)).isTrue();
		assertThat(a.districts()).isEmpty();
	}

	@Test
	void bad_input_is_refused_with_a_clear_message_and_nothing_is_stored() {
		asEditor();
		Set<Long> verkehr = Set.of(topic("verkehr"));
		int before = this.desk.announcements().size();
		record Case(NewAnnouncement input, @Nullable String field, String key) {
		}
		List<Case> cases = List.of(
				new Case(new NewAnnouncement(" ", "Text", null, null, false, verkehr, Set.of(), null, null), "titleDe",
						"news.error.title-de"),
				new Case(new NewAnnouncement("x".repeat(121), "Text", null, null, false, verkehr, Set.of(), null, null),
						"titleDe", Input.TOO_LONG),
				new Case(new NewAnnouncement("Titel", "  \n ", null, null, false, verkehr, Set.of(), null, null),
						"bodyDe", "news.error.body-de"),
				new Case(new NewAnnouncement("Titel", "Text", "Title", "x".repeat(NewsDeskService.MAX_BODY + 1), false,
						verkehr, Set.of(), null, null), "bodyEn", Input.TOO_LONG),
				new Case(new NewAnnouncement("Titel", "Text", "Title", " ", false, verkehr, Set.of(), null, null),
						"bodyEn", "news.error.english-incomplete"),
				new Case(new NewAnnouncement("Titel", "Text", " ", "Text", false, verkehr, Set.of(), null, null),
						"titleEn", "news.error.english-incomplete"),
				new Case(new NewAnnouncement("Titel", "Text", null, null, false, Set.of(), Set.of(), null, null),
						"topics", "news.error.no-topic"),
				new Case(new NewAnnouncement("Titel", "Text", null, null, false, Set.of(-1L), Set.of(), null, null),
						"topics", "news.error.unknown-topic"),
				new Case(new NewAnnouncement("Titel", "Text", null, null, false, verkehr, Set.of(-1L), null, null),
						"districts", "news.error.unknown-district"),
				new Case(new NewAnnouncement("Titel", "Text", null, null, false, verkehr, Set.of(),
						new NewsImage(PNG, "image/png", "Bild", " "), null), "altEn", "news.error.image-alt"),
				new Case(new NewAnnouncement("Titel", "Text", null, null, false, verkehr, Set.of(),
						new NewsImage(PNG, "image/png", "x".repeat(NewsDeskService.MAX_ALT + 1), "Picture"), null),
						"altDe", Input.TOO_LONG),
				new Case(
						new NewAnnouncement("Titel", "Text", null, null, false, verkehr, Set.of(),
								new NewsImage(PNG_HEADER_ONLY, "image/png", "Bild", "Picture"), null),
						null, "news.error.image-type"),
				new Case(
						new NewAnnouncement("Titel", "Text", null, null, false, verkehr, Set.of(),
								new NewsImage(new byte[NewsImage.MAX_BYTES + 1], "image/png", "Bild", "Picture"), null),
						null, "news.error.image-size"),
				new Case(new NewAnnouncement("Titel", "Text", null, null, false, verkehr, Set.of(), null,
						Instant.now().minus(Duration.ofHours(1))), "publishAt", "news.error.past"));
		for (Case c : cases) {
			assertThatThrownBy(() -> this.desk.create(c.input())).as(c.key())
				.isInstanceOfSatisfying(Refusal.class, refusal -> {
					assertThat(refusal.messageKey()).as(c.key()).isEqualTo(c.key());
					assertThat(refusal.field()).as(c.key()).isEqualTo(Optional.ofNullable(c.field()));
				});
		}
		assertThat(this.desk.announcements()).hasSize(before);
	}

	@Test
	void only_editors_and_admins_write_and_only_admins_keep_the_lists() {
		NewAnnouncement a = text("Nicht erlaubt", Set.of(topic("verkehr")), Set.of(), false, null);
		assertThatThrownBy(() -> this.desk.create(a)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
		this.accounts.ensure("news-resident", Role.RESIDENT);
		this.accounts.signIn("news-resident");
		assertThatThrownBy(() -> this.desk.create(a)).isInstanceOf(AuthorizationDeniedException.class);
		assertThatThrownBy(() -> this.desk.announcements()).isInstanceOf(AuthorizationDeniedException.class);
		asEditor();
		assertThatThrownBy(() -> this.admin.add(Catalogue.TOPICS, "Sport", "Sports"))
			.isInstanceOf(AuthorizationDeniedException.class);
		this.accounts.ensure("news-admin", Role.ADMIN);
		this.accounts.signIn("news-admin");
		long id = this.desk.create(a);
		assertThat(this.news.published(id)).isPresent();
	}

	@Test
	void recipients_follow_areas_and_districts_and_warnings_reach_everyone_in_the_district() {
		long verkehr = topic("verkehr");
		long feste = topic("veranstaltungen");
		long umwelt = topic("umwelt");
		long warnungen = topic("warnungen");
		long garstedt = district("garstedt");
		long harksheide = district("harksheide");
		long a = resident("news-r-a", Set.of(verkehr), Set.of(garstedt));
		long b = resident("news-r-b", Set.of(verkehr), Set.of());
		long c = resident("news-r-c", Set.of(feste), Set.of(garstedt));
		long d = resident("news-r-d", Set.of(verkehr), Set.of(harksheide));
		long e = resident("news-r-e", Set.of(), Set.of(garstedt));
		long f = resident("news-r-f", Set.of(verkehr, umwelt), Set.of(harksheide, garstedt));
		Set<Long> ours = Set.of(a, b, c, d, e, f);

		asEditor();
		long inGarstedt = this.desk.create(text("Garstedt", Set.of(verkehr), Set.of(garstedt), false, null));
		long wholeCity = this.desk.create(text("Ganze Stadt", Set.of(verkehr), Set.of(), false, null));
		long warning = this.desk.create(text("Sturm", Set.of(warnungen), Set.of(garstedt), true, null));
		long withdrawn = this.desk.create(text("Zurück", Set.of(verkehr), Set.of(), false, null));
		this.desk.withdraw(withdrawn);

		assertThat(recipients(inGarstedt, ours)).containsExactlyInAnyOrder(a, b, f);
		assertThat(recipients(wholeCity, ours)).containsExactlyInAnyOrder(a, b, d, f);
		assertThat(recipients(warning, ours)).containsExactlyInAnyOrder(a, b, c, f);
		assertThat(recipients(withdrawn, ours)).isEmpty();
	}

	private long resident(String username, Set<Long> topics, Set<Long> districts) {
		long id = this.accounts.ensure(username, Role.RESIDENT).id();
		this.accounts.signIn(username);
		this.news.saveMyInterests(new Interests(topics, districts));
		assertThat(this.news.myInterests()).isEqualTo(new Interests(topics, districts));
		this.accounts.signOut();
		return id;
	}

	private List<Long> recipients(long announcementId, Set<Long> ours) {
		return this.news.recipients(announcementId).stream().filter(ours::contains).toList();
	}

	@Test
	void residents_choose_only_existing_areas_and_must_be_signed_in() {
		assertThatThrownBy(() -> this.news.saveMyInterests(new Interests(Set.of(topic("verkehr")), Set.of())))
			.isInstanceOf(Refusal.class)
			.extracting(ex -> ((Refusal) ex).messageKey())
			.isEqualTo("news.error.sign-in");
		assertThat(this.news.myInterests()).isEqualTo(Interests.NONE);
		this.accounts.ensure("news-chooser", Role.RESIDENT);
		this.accounts.signIn("news-chooser");
		this.news.saveMyInterests(new Interests(Set.of(topic("verkehr")), Set.of()));
		assertThatThrownBy(() -> this.news.saveMyInterests(new Interests(Set.of(-5L), Set.of())))
			.isInstanceOf(Refusal.class)
			.extracting(ex -> ((Refusal) ex).messageKey())
			.isEqualTo("news.error.unknown-topic");
		assertThat(this.news.myInterests().topicIds()).containsExactly(topic("verkehr"));
	}

	@Test
	void a_planned_announcement_goes_out_once_at_its_time_even_when_releases_run_at_the_same_time() throws Exception {
		asEditor();
		// PostgreSQL keeps microseconds (rounding the rest): start with a time it keeps
		// as is
		Instant later = Instant.now().plus(Duration.ofHours(1)).truncatedTo(java.time.temporal.ChronoUnit.MICROS);
		List<Long> planned = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			planned.add(this.desk.create(text("Später " + i, Set.of(topic("digital")), Set.of(), false, later)));
		}
		this.accounts.signOut();
		assertThat(this.news.published(planned.get(0))).isEmpty();
		assertThat(this.news.announcement(planned.get(0))).get().satisfies(a -> {
			assertThat(a.isPlanned()).isTrue();
			assertThat(a.publishAt()).isEqualTo(later);
		});
		// not yet due now
		this.releases.releaseDue();
		assertThat(planned).allSatisfy(id -> assertThat(this.events.publishedCount(id)).isZero());

		// two instances, an hour and a half later, at the same moment
		Clock inTwoHours = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(90));
		NewsReleases instance = new NewsReleases(this.repository, this.publisher, inTwoHours);
		CountDownLatch start = new CountDownLatch(1);
		Callable<Integer> run = () -> {
			start.await();
			Integer n = this.transactions.execute(s -> instance.releaseDue());
			return n == null ? 0 : n;
		};
		ExecutorService pool = Executors.newFixedThreadPool(2);
		try {
			Future<Integer> first = pool.submit(run);
			Future<Integer> second = pool.submit(run);
			start.countDown();
			assertThat(first.get() + second.get()).isGreaterThanOrEqualTo(planned.size());
		}
		finally {
			pool.shutdown();
		}
		// and once more afterwards: nothing left
		Integer again = this.transactions.execute(s -> instance.releaseDue());
		assertThat(again).isZero();

		assertThat(planned).allSatisfy(id -> {
			assertThat(this.events.publishedCount(id)).isEqualTo(1);
			assertThat(this.news.published(id)).isPresent();
		});
		// they went out "in 90 minutes": they would stay the newest news of this database
		// for other tests (the kiosk shows the newest three)
		asEditor();
		planned.forEach(this.desk::withdraw);
		this.accounts.signOut();
	}

	@Test
	void withdrawing_takes_it_off_the_public_pages_and_tells_the_others_once() {
		asEditor();
		long id = this.desk.create(new NewAnnouncement("Falsche Meldung", "Text", null, null, false,
				Set.of(topic("rathaus")), Set.of(), new NewsImage(PNG, "image/png", "Bild", "Picture"), null));
		this.desk.withdraw(id);
		assertThatThrownBy(() -> this.desk.withdraw(id)).isInstanceOf(Refusal.class);
		assertThat(this.news.published(id)).isEmpty();
		assertThat(this.news.image(id)).isEmpty();
		assertThat(this.news.current(NewsService.MAX_CURRENT)).extracting(Announcement::id).doesNotContain(id);
		assertThat(this.news.announcement(id)).get().extracting(Announcement::isWithdrawn).isEqualTo(true);
		assertThat(this.events.withdrawnCount(id)).isEqualTo(1);
		assertThatThrownBy(() -> this.desk.update(id, text("Neu", Set.of(topic("rathaus")), Set.of(), false, null)))
			.isInstanceOf(Refusal.class)
			.extracting(ex -> ((Refusal) ex).messageKey())
			.isEqualTo("news.error.withdrawn");
	}

	@Test
	void a_published_announcement_can_be_corrected_but_keeps_its_areas_and_is_not_sent_again() {
		asEditor();
		long rathaus = topic("rathaus");
		long id = this.desk.create(text("Tippfehler", Set.of(rathaus), Set.of(), false, null));
		this.desk.update(id, text("Ohne Tippfehler", Set.of(rathaus), Set.of(), false, null));
		assertThat(this.news.published(id)).get().extracting(Announcement::titleDe).isEqualTo("Ohne Tippfehler");
		assertThat(this.events.publishedCount(id)).isEqualTo(1);
		assertThatThrownBy(() -> this.desk.update(id, text("Anders", Set.of(topic("verkehr")), Set.of(), false, null)))
			.isInstanceOf(Refusal.class)
			.extracting(ex -> ((Refusal) ex).messageKey())
			.isEqualTo("news.error.published-fixed");
		assertThat(this.news.published(id)).get().extracting(Announcement::titleDe).isEqualTo("Ohne Tippfehler");
	}

	@Test
	void a_planned_announcement_can_change_entirely_and_be_published_early() {
		asEditor();
		long id = this.desk
			.create(text("Plan", Set.of(topic("digital")), Set.of(), false, Instant.now().plus(Duration.ofDays(1))));
		this.desk.update(id, text("Plan B", Set.of(topic("soziales")), Set.of(district("glashuette")), true,
				Instant.now().plus(Duration.ofDays(2))));
		Announcement changed = this.desk.announcement(id).orElseThrow();
		assertThat(changed.topics()).extracting(Topic::slug).containsExactly("soziales");
		assertThat(changed.districts()).extracting(District::slug).containsExactly("glashuette");
		assertThat(changed.urgent()).isTrue();
		this.desk.publishNow(id);
		assertThat(this.news.published(id)).isPresent();
		assertThat(this.events.publishedCount(id)).isEqualTo(1);
		assertThatThrownBy(() -> this.desk.publishNow(id)).isInstanceOf(Refusal.class);
	}

	@Test
	void admins_add_rename_order_and_switch_off_areas_but_never_delete_them() {
		this.accounts.ensure("news-admin", Role.ADMIN);
		this.accounts.signIn("news-admin");
		long sport = this.admin.add(Catalogue.TOPICS, " Sport & Freizeit ", "Sports & leisure");
		assertThatThrownBy(() -> this.admin.add(Catalogue.TOPICS, "sport & freizeit", "Other"))
			.isInstanceOf(Refusal.class)
			.extracting(ex -> ((Refusal) ex).messageKey())
			.isEqualTo("news.error.name-taken");
		assertThatThrownBy(() -> this.admin.add(Catalogue.DISTRICTS, " ", "x")).isInstanceOf(Refusal.class)
			.extracting(ex -> ((Refusal) ex).messageKey())
			.isEqualTo("news.error.name");
		assertThatThrownBy(() -> this.admin.add(Catalogue.DISTRICTS, "Ort", "x".repeat(NewsAdminService.MAX_NAME + 1)))
			.isInstanceOfSatisfying(Refusal.class, refusal -> {
				assertThat(refusal.field()).contains("nameEn");
				assertThat(refusal.messageKey()).isEqualTo(Input.TOO_LONG);
			});
		CatalogueEntry added = this.admin.entries(Catalogue.TOPICS)
			.stream()
			.filter(t -> t.id() == sport)
			.findFirst()
			.orElseThrow();
		assertThat(added.slug()).startsWith("sport-freizeit");
		this.admin.rename(Catalogue.TOPICS, sport, "Sport", "Sports");
		this.admin.move(Catalogue.TOPICS, sport, -1);
		List<CatalogueEntry> entries = this.admin.entries(Catalogue.TOPICS);
		int index = entries.stream().map(CatalogueEntry::id).toList().indexOf(sport);
		assertThat(index).isEqualTo(entries.size() - 2);
		assertThat(this.news.topics()).extracting(Topic::nameDe).contains("Sport");
		this.admin.setActive(Catalogue.TOPICS, sport, false);
		assertThat(this.news.topics()).extracting(Topic::id).doesNotContain(sport);
		assertThat(this.admin.entries(Catalogue.TOPICS)).extracting(CatalogueEntry::id).contains(sport);
		this.admin.setActive(Catalogue.TOPICS, sport, true);
		assertThat(this.news.topics()).extracting(Topic::id).contains(sport);
		this.admin.setActive(Catalogue.TOPICS, sport, false);
	}

	@Test
	void slugs_spell_out_umlauts() {
		assertThat(NewsAdminService.slug("Glashütte & Straßen")).isEqualTo("glashuette-strassen");
		assertThat(NewsAdminService.slug("!!!")).isEqualTo("eintrag");
	}

}
