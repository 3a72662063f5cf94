package de.norderstedt.go.news;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.web.PictureCleaner;
import de.norderstedt.go.web.Pictures;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The editors' desk: write, plan, publish, correct and withdraw announcements. Publishing
 * (at once here, at the set time by the releases job) marks the row and publishes
 * {@link NewsEvents.AnnouncementPublished} in one transaction, so it goes out once.
 */
@Service
@PreAuthorize("hasAnyRole('EDITOR', 'ADMIN')")
public class NewsDeskService {

	/** The most announcements the desk lists. */
	public static final int MAX_LISTED = 500;

	public static final int MAX_TITLE = 120;

	public static final int MAX_BODY = 5000;

	public static final int MAX_ALT = 300;

	/** A time this little in the past still means "now" (the form takes a while). */
	private static final Duration NOW_TOLERANCE = Duration.ofMinutes(2);

	private final PictureCleaner pictures;

	private final NewsRepository news;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	NewsDeskService(NewsRepository news, AccountService accounts, ApplicationEventPublisher events, Clock clock,
			PictureCleaner pictures) {
		this.pictures = pictures;
		this.news = news;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** Planned, published and withdrawn announcements, the latest first. */
	@Transactional(readOnly = true)
	public List<Announcement> announcements() {
		return this.news.all(MAX_LISTED);
	}

	/** An announcement in any state. */
	@Transactional(readOnly = true)
	public Optional<Announcement> announcement(long id) {
		return this.news.findById(id);
	}

	/** The picture of an announcement in any state. */
	@Transactional(readOnly = true)
	public Optional<NewsImage> image(long id) {
		return this.news.image(id, false);
	}

	/**
	 * Checks an announcement as {@link #create} or {@link #update} would, without storing
	 * it: for the preview, so mistakes show before publishing.
	 * @param existingId the announcement being changed; null for a new one
	 */
	@Transactional(readOnly = true)
	public void check(@Nullable Long existingId, NewAnnouncement announcement) {
		boolean published = existingId != null
				&& this.news.findById(existingId).map(a -> a.publishedAt() != null).orElse(false);
		validate(announcement, this.clock.instant(), !published);
	}

	/**
	 * Stores a new announcement and publishes it at once (no time, or a time that has
	 * come) or plans it for its time.
	 */
	@Transactional
	public long create(NewAnnouncement announcement) {
		Account editor = this.accounts.currentAccount().orElseThrow(() -> new Refusal("news.error.sign-in"));
		Instant now = this.clock.instant();
		NewAnnouncement valid = validate(announcement, now, true);
		Instant publishAt = valid.publishAt();
		boolean atOnce = publishAt == null;
		long id = this.news.insert(valid, publishAt == null ? now : publishAt, atOnce ? now : null, editor.id());
		if (atOnce) {
			this.events.publishEvent(new NewsEvents.AnnouncementPublished(id, valid.urgent()));
		}
		return id;
	}

	/**
	 * Changes an announcement. A planned one can change entirely (and is published at
	 * once when its time is now). A published one only changes its texts and picture: its
	 * areas, districts, warning flag and time stay, and nobody is notified again. A
	 * withdrawn one cannot change.
	 */
	@Transactional
	public void update(long id, NewAnnouncement announcement) {
		Announcement existing = this.news.findById(id)
			.orElseThrow(() -> new Refusal("news.error.unknown-announcement"));
		if (existing.isWithdrawn()) {
			throw new Refusal("news.error.withdrawn");
		}
		Instant now = this.clock.instant();
		if (existing.publishedAt() != null) {
			NewAnnouncement valid = validate(announcement, now, false);
			if (valid.urgent() != existing.urgent() || !valid.topicIds().equals(ids(existing.topics()))
					|| !valid.districtIds().equals(districtIds(existing.districts()))) {
				throw new Refusal("news.error.published-fixed");
			}
			this.news.update(id, valid, false, now);
			return;
		}
		NewAnnouncement valid = validate(announcement, now, true);
		this.news.update(id, valid, true, now);
		if (valid.publishAt() == null) {
			publish(id, valid.urgent(), now);
		}
	}

	/** Publishes a planned announcement now instead of at its time. */
	@Transactional
	public void publishNow(long id) {
		Announcement existing = this.news.findById(id)
			.orElseThrow(() -> new Refusal("news.error.unknown-announcement"));
		if (existing.isWithdrawn()) {
			throw new Refusal("news.error.withdrawn");
		}
		if (existing.publishedAt() != null) {
			throw new Refusal("news.error.already-published");
		}
		publish(id, existing.urgent(), this.clock.instant());
	}

	/**
	 * Takes an announcement off the public pages (or cancels a planned one) and publishes
	 * {@link NewsEvents.AnnouncementWithdrawn}.
	 */
	@Transactional
	public void withdraw(long id) {
		this.news.findById(id).orElseThrow(() -> new Refusal("news.error.unknown-announcement"));
		if (!this.news.markWithdrawn(id, this.clock.instant())) {
			throw new Refusal("news.error.withdrawn");
		}
		this.events.publishEvent(new NewsEvents.AnnouncementWithdrawn(id));
	}

	private void publish(long id, boolean urgent, Instant now) {
		if (!this.news.markPublished(id, now)) {
			throw new Refusal("news.error.already-published");
		}
		this.events.publishEvent(new NewsEvents.AnnouncementPublished(id, urgent));
	}

	/**
	 * The announcement as it will be stored: texts stripped, a blank English version
	 * dropped, a time that has come as "now" (null). A refusal names the form field it
	 * concerns: {@code titleDe}, {@code bodyDe}, {@code titleEn}, {@code bodyEn},
	 * {@code altDe}, {@code altEn}, {@code topics}, {@code districts}, {@code publishAt}.
	 */
	private NewAnnouncement validate(NewAnnouncement a, Instant now, boolean checkTags) {
		String titleDe = Input.required("titleDe", a.titleDe(), MAX_TITLE, "news.error.title-de");
		String bodyDe = Input.requiredLines("bodyDe", lines(a.bodyDe()), MAX_BODY, "news.error.body-de");
		String titleEn = Input.optional("titleEn", a.titleEn(), MAX_TITLE);
		String bodyEn = Input.optionalLines("bodyEn", lines(a.bodyEn()), MAX_BODY);
		if (titleEn == null && bodyEn != null) {
			throw Refusal.at("titleEn", "news.error.english-incomplete");
		}
		if (titleEn != null && bodyEn == null) {
			throw Refusal.at("bodyEn", "news.error.english-incomplete");
		}
		if (a.topicIds().isEmpty()) {
			throw Refusal.at("topics", "news.error.no-topic");
		}
		if (checkTags && this.news.activeTopics(a.topicIds()) != a.topicIds().size()) {
			throw Refusal.at("topics", "news.error.unknown-topic");
		}
		if (checkTags && this.news.activeDistricts(a.districtIds()) != a.districtIds().size()) {
			throw Refusal.at("districts", "news.error.unknown-district");
		}
		NewsImage image = a.image();
		if (image != null) {
			if (image.data().length == 0 || image.data().length > NewsImage.MAX_BYTES) {
				throw new Refusal("news.error.image-size");
			}
			// kept as decoded and encoded anew: no EXIF, the kind the bytes really are
			Pictures.Clean clean = this.pictures.clean(image.data(), "news.error.image-type");
			String altDe = Input.required("altDe", image.altDe(), MAX_ALT, "news.error.image-alt");
			String altEn = Input.required("altEn", image.altEn(), MAX_ALT, "news.error.image-alt");
			image = new NewsImage(clean.data(), clean.type(), altDe, altEn);
		}
		Instant publishAt = a.publishAt();
		if (checkTags && publishAt != null) {
			if (publishAt.isBefore(now.minus(NOW_TOLERANCE))) {
				throw Refusal.at("publishAt", "news.error.past");
			}
			if (!publishAt.isAfter(now)) {
				publishAt = null;
			}
		}
		return new NewAnnouncement(titleDe, bodyDe, titleEn, bodyEn, a.urgent(), a.topicIds(), a.districtIds(), image,
				publishAt);
	}

	/** Line breaks of any system as one; the lines themselves stay. */
	private static @Nullable String lines(@Nullable String text) {
		return text == null ? null : text.replace("\r\n", "\n").replace('\r', '\n');
	}

	private static Set<Long> ids(List<Topic> topics) {
		return topics.stream().map(Topic::id).collect(Collectors.toCollection(HashSet::new));
	}

	private static Set<Long> districtIds(List<District> districts) {
		return districts.stream().map(District::id).collect(Collectors.toCollection(HashSet::new));
	}

}
