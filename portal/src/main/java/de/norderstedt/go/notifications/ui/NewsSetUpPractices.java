package de.norderstedt.go.notifications.ui;

import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.notifications.NotificationService;
import de.norderstedt.go.web.ui.PracticeGuide;
import org.springframework.stereotype.Component;

/**
 * Makes practices of the set-up for city news for tutorials (see
 * {@link NewsSetUpPractice}).
 */
@Component
public class NewsSetUpPractices {

	private final NotificationService notifications;

	private final NewsService news;

	NewsSetUpPractices(NotificationService notifications, NewsService news) {
		this.notifications = notifications;
		this.news = news;
	}

	/**
	 * A practice on the set-up screens for city news.
	 * @param guide speaks each screen's instruction and hears of the end
	 */
	public NewsSetUpPractice open(PracticeGuide.Learner guide) {
		return new NewsSetUpPractice(this.notifications, this.news, guide);
	}

}
