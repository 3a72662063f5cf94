package de.norderstedt.go.ideas;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;

import de.norderstedt.go.web.CityTime;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The figures staff watch (counts, time to a first answer, justified changes, overdue
 * ideas) and the open data anyone may take: published ideas without any personal data.
 */
@Service
public class IdeaFiguresService {

	/** How many overdue ideas the dashboard lists. */
	public static final int MAX_OVERDUE = 100;

	private final IdeaFiguresRepository figures;

	private final IdeaRepository ideas;

	private final Clock clock;

	IdeaFiguresService(IdeaFiguresRepository figures, IdeaRepository ideas, Clock clock) {
		this.figures = figures;
		this.ideas = ideas;
		this.clock = clock;
	}

	/** The dashboard's figures, all from one consistent snapshot. */
	@Transactional(readOnly = true, isolation = org.springframework.transaction.annotation.Isolation.REPEATABLE_READ)
	@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
	public IdeaFigures figures() {
		Map<@Nullable Long, Integer> published = this.figures.publishedByGroup();
		Map<IdeaGroup, Integer> byGroup = new LinkedHashMap<>();
		for (IdeaGroup group : this.ideas.groups()) {
			byGroup.put(group, published.getOrDefault(group.id(), 0));
		}
		int[] transitions = this.figures.transitions();
		var overdue = this.ideas.desk(null, CityTime.date(this.clock.instant()), Integer.MAX_VALUE)
			.stream()
			.filter(DeskItem::overdue)
			.limit(MAX_OVERDUE)
			.toList();
		return new IdeaFigures(this.figures.byState(), byGroup, published.getOrDefault(null, 0),
				this.figures.byChannel(), this.figures.medianFirstAnswer(), this.figures.answered(), transitions[0],
				transitions[1], overdue);
	}

	/**
	 * Every published, visible idea as open data, oldest first: its public words (with
	 * phone numbers and e-mail addresses held back, as on the idea page), state, group,
	 * district, topic, channel, dates and supports; never an author, a name or a contact.
	 */
	@Transactional(readOnly = true)
	public void openData(Locale locale, String heldBackNote, Consumer<OpenIdea> row) {
		this.figures.eachPublished("en".equals(locale.getLanguage()),
				idea -> row.accept(new OpenIdea(idea.id(), ContactData.heldBack(idea.title(), heldBackNote),
						ContactData.heldBack(idea.problem(), heldBackNote),
						ContactData.heldBack(idea.proposal(), heldBackNote),
						ContactData.heldBack(idea.beneficiaries(), heldBackNote), idea.state(), idea.leadGroup(),
						idea.district(), idea.topic(), idea.channel(), idea.publishedAt(), idea.stateChangedAt(),
						idea.supports(), idea.kioskSupports(), idea.mergedInto())));
	}

}
