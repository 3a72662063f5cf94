package de.norderstedt.go.notifications.ui;

import java.util.List;

import de.norderstedt.go.news.Interests;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.notifications.NotificationService;
import de.norderstedt.go.notifications.NotificationSettings;
import de.norderstedt.go.notifications.PushDevices;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.router.QueryParameters;

/**
 * What the set-up screens for city news ({@link NewsSetUpFlow}) need, and how they are
 * dressed: the signed-in person's settings and the real saving by default; a sandbox that
 * stores nothing and guides a learner step by step in practice mode
 * ({@link PracticeNewsSetUpPort}).
 */
interface NewsSetUpPort {

	/** The settings the screens start from. */
	NotificationSettings settings();

	/** The areas and districts ticked at the start. */
	Interests interests();

	/** What the last screen offers for messages on this device. */
	List<Component> deviceSection();

	/**
	 * "Fertig": keeps what was chosen (or, in practice, checks it as keeping would).
	 * @throws de.norderstedt.go.web.Refusal at the field it concerns; nothing is kept
	 */
	void finish(NewsSetUpFlow flow, NotificationSettings wanted, Interests interests);

	/** "Zurück" on the first screen. */
	void leave();

	// ---- how the screens are dressed: the portal page's way unless a port says
	// otherwise

	/** The heading over the screens: the page's own in the portal. */
	default HtmlContainer heading() {
		return new H1();
	}

	/** The heading of each screen's question. */
	default HtmlContainer questionHeading() {
		return new H2();
	}

	/** What shows above the screens. */
	default List<Component> above() {
		return List.of();
	}

	/** What shows right below the question of the screen shown. */
	default List<Component> belowQuestion() {
		return List.of();
	}

	/** Adds what this port needs to the flow once, when it is made. */
	default void dress(NewsSetUpFlow flow) {
		// the portal page needs nothing more
	}

	/** Whether "Zurück" on the first screen leaves the screens. */
	default boolean offersLeave() {
		return true;
	}

	/** The flow is on the page. */
	default void attached(NewsSetUpFlow flow) {
		// the page says what it is by its title
	}

	/**
	 * A screen was filled, or a choice on it changed (also after a change of language).
	 */
	default void guide(NewsSetUpFlow flow) {
		// the portal highlights nothing
	}

	/** A screen showed that was not showing before. */
	default void stepShown(NewsSetUpFlow flow) {
		// the portal moves the focus to the question
	}

	/**
	 * The signed-in person's settings: what is chosen here is kept, and the notification
	 * centre follows.
	 */
	static NewsSetUpPort of(NotificationService notifications, NewsService news, PushDevices devices) {
		return new NewsSetUpPort() {

			@Override
			public NotificationSettings settings() {
				return notifications.mySettings();
			}

			@Override
			public Interests interests() {
				return news.myInterests();
			}

			@Override
			public List<Component> deviceSection() {
				return List.of(new PushDeviceSection(devices));
			}

			@Override
			public void finish(NewsSetUpFlow flow, NotificationSettings wanted, Interests interests) {
				notifications.saveMySettings(wanted, true);
				news.saveMyInterests(interests);
				UI.getCurrent()
					.navigate(NotificationsView.class,
							QueryParameters.empty().merging(NotificationsView.SET_UP_DONE, ""));
			}

			@Override
			public void leave() {
				UI.getCurrent().navigate(NotificationsView.class);
			}

		};
	}

}
