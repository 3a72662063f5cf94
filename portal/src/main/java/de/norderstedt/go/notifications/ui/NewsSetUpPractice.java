package de.norderstedt.go.notifications.ui;

import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.notifications.NotificationService;
import de.norderstedt.go.web.ui.PracticeGuide;

import com.vaadin.flow.component.html.Div;

/**
 * The set-up screens for city news in practice mode: the same screens, nothing is stored
 * (see {@link PracticeNewsSetUpPort}). Made by {@link NewsSetUpPractices}.
 */
public class NewsSetUpPractice extends Div {

	private final NewsSetUpFlow flow;

	/**
	 * @param notifications the checks of the channels and the address; nothing is kept
	 * @param news the areas and districts, and their checks
	 * @param guide speaks each screen's instruction and hears of the end
	 */
	NewsSetUpPractice(NotificationService notifications, NewsService news, PracticeGuide.Learner guide) {
		PracticeNewsSetUpPort port = new PracticeNewsSetUpPort(notifications, news, key -> getTranslation(key),
				guide::say, guide::finished);
		this.flow = new NewsSetUpFlow(port, news);
		add(this.flow);
	}

	/** Starts again at the first screen (the player's "Nochmal üben" / "Repeat"). */
	public void restart() {
		this.flow.restart();
	}

}
