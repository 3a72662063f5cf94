package de.norderstedt.go.ideas;

import java.time.Clock;
import java.util.List;
import java.util.Optional;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The Trendradar: staff note new trends in a few words and link them to parked ideas they
 * may bring back; each new link tells the idea's lead working group.
 */
@Service
public class TrendRadarService {

	/** The longest title of an entry. */
	public static final int MAX_TITLE_LENGTH = 120;

	/** The longest description of an entry. */
	public static final int MAX_DESCRIPTION_LENGTH = 1000;

	/** How many entries the radar shows. */
	public static final int SHOWN = 100;

	/** How many parked ideas are offered for a link. */
	public static final int MAX_PARKED = 500;

	private final TrendRepository trends;

	private final IdeaRepository ideas;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	TrendRadarService(TrendRepository trends, IdeaRepository ideas, AccountService accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.trends = trends;
		this.ideas = ideas;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** The newest entries, each with its linked ideas. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
	public List<Trend> trends() {
		return this.trends.newest(SHOWN);
	}

	/** The parked ideas a trend may be linked to. */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
	public List<Trend.LinkedIdea> parkedIdeas() {
		return this.trends.parked(MAX_PARKED);
	}

	/**
	 * Notes a trend.
	 * @return the new entry's id
	 * @throws Refusal at {@code title} or {@code description}
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
	public long write(@Nullable String title, @Nullable String description) {
		String name = Input.required("title", title, MAX_TITLE_LENGTH, "ideas.error.trend-title-missing");
		String text = Input.requiredLines("description", description, MAX_DESCRIPTION_LENGTH,
				"ideas.error.trend-description-missing");
		return this.trends.insert(name, text, this.accounts.signedInAccountId().orElse(null), this.clock.instant());
	}

	/**
	 * Links a trend to a parked idea and tells the idea's lead group (once per link).
	 * @return false when the two were linked already
	 * @throws Refusal at {@code idea} when none, or one that is not parked, is chosen; at
	 * {@code trend} when the entry is unknown
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
	public boolean link(long trendId, @Nullable Long ideaId) {
		if (!this.trends.exists(trendId)) {
			throw Refusal.at("trend", "ideas.error.trend-missing");
		}
		if (ideaId == null) {
			throw Refusal.at("idea", "ideas.error.trend-idea-missing");
		}
		// under the idea's lock: it cannot leave the Ideenspeicher while it is linked
		Optional<IdeaState> state = this.ideas.lockPublicState(ideaId);
		if (state.isEmpty() || state.get() != IdeaState.STORED) {
			throw Refusal.at("idea", "ideas.error.trend-idea-not-parked");
		}
		boolean linked = this.trends.link(trendId, ideaId, this.accounts.signedInAccountId().orElse(null),
				this.clock.instant());
		if (linked) {
			this.events.publishEvent(new IdeaEvents.TrendLinked(trendId, ideaId));
		}
		return linked;
	}

	/** A new link to tell the idea's lead group (for the notifications). */
	@Transactional(readOnly = true)
	public Optional<TrendNews> trendToTell(long trendId, long ideaId) {
		return this.trends.news(trendId, ideaId);
	}

}
