package de.norderstedt.go.news;

import java.util.List;
import java.util.Optional;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * City news for everyone: the current announcements, the areas of interest and districts,
 * what the signed-in person wants to hear about, and who hears about an announcement.
 */
@Service
public class NewsService {

	/** The most announcements one page shows. */
	public static final int MAX_CURRENT = 200;

	private final NewsRepository news;

	private final AccountService accounts;

	NewsService(NewsRepository news, AccountService accounts) {
		this.news = news;
		this.accounts = accounts;
	}

	/** The active areas of interest, in their order. */
	@Transactional(readOnly = true)
	public List<Topic> topics() {
		return this.news.topics(true);
	}

	/** The active districts, in their order. */
	@Transactional(readOnly = true)
	public List<District> districts() {
		return this.news.districts(true);
	}

	/** Published and not withdrawn, newest first. */
	@Transactional(readOnly = true)
	public List<Announcement> current(int limit) {
		return current(limit, null, null);
	}

	/**
	 * Published and not withdrawn, newest first, in the area (when given) and for the
	 * district or the whole city (when a district is given).
	 */
	@Transactional(readOnly = true)
	public List<Announcement> current(int limit, @Nullable Long topicId, @Nullable Long districtId) {
		return this.news.current(Math.clamp(limit, 0, MAX_CURRENT), topicId, districtId);
	}

	/** The announcement if it is out and not withdrawn. */
	@Transactional(readOnly = true)
	public Optional<Announcement> published(long id) {
		return this.news.findCurrent(id);
	}

	/**
	 * The announcement in any state. For the notifications feature (internal use: no
	 * authorization check, never show it to residents unchecked).
	 */
	@Transactional(readOnly = true)
	public Optional<Announcement> announcement(long id) {
		return this.news.findById(id);
	}

	/** What the signed-in person follows; nothing for anonymous visitors. */
	@Transactional(readOnly = true)
	public Interests myInterests() {
		return this.accounts.currentAccount().map(a -> this.news.interests(a.id())).orElse(Interests.NONE);
	}

	/**
	 * Keeps what the signed-in person follows. Only active areas and districts can be
	 * chosen.
	 */
	@Transactional
	public void saveMyInterests(Interests interests) {
		Account account = this.accounts.currentAccount().orElseThrow(() -> new Refusal("news.error.sign-in"));
		checkInterests(interests);
		this.news.saveInterests(account.id(), interests);
	}

	/**
	 * Checks areas and districts as keeping them would, and keeps nothing (a tutorial's
	 * practice asks, with nobody signed in): only active ones can be chosen.
	 * @throws Refusal at {@code topics} or {@code districts}
	 */
	@Transactional(readOnly = true)
	public void checkInterests(Interests interests) {
		if (this.news.activeTopics(interests.topicIds()) != interests.topicIds().size()) {
			throw Refusal.at("topics", "news.error.unknown-topic");
		}
		if (this.news.activeDistricts(interests.districtIds()) != interests.districtIds().size()) {
			throw Refusal.at("districts", "news.error.unknown-district");
		}
	}

	/**
	 * The accounts that hear about the announcement: those following at least one area,
	 * where (an area matches or the announcement is urgent) and (the announcement is for
	 * the whole city, or the person chose no district, or a district matches). None for a
	 * withdrawn one. One query.
	 */
	@Transactional(readOnly = true)
	public List<Long> recipients(long announcementId) {
		return this.news.recipients(announcementId);
	}

	/**
	 * The address of a published announcement's picture, relative to the application
	 * (pages set their base to it).
	 */
	public static String imageUrl(long announcementId) {
		return "neuigkeiten/bilder/" + announcementId;
	}

	/** The picture of a published announcement. */
	@Transactional(readOnly = true)
	public Optional<NewsImage> image(long id) {
		return this.news.image(id, true);
	}

}
