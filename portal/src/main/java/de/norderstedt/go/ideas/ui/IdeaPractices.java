package de.norderstedt.go.ideas.ui;

import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.web.ui.PracticeGuide;
import org.springframework.stereotype.Component;

/** Makes idea practices for tutorials (see {@link IdeaPractice}). */
@Component
public class IdeaPractices {

	private final IdeaService ideas;

	private final NewsService news;

	IdeaPractices(IdeaService ideas, NewsService news) {
		this.ideas = ideas;
		this.news = news;
	}

	/**
	 * A practice on the kiosk's idea screens.
	 * @param guide speaks each screen's instruction and hears of the end
	 */
	public IdeaPractice open(PracticeGuide.Learner guide) {
		return new IdeaPractice(this.ideas, this.news, guide);
	}

}
