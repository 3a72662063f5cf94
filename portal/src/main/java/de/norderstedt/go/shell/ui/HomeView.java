package de.norderstedt.go.shell.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.ui.LoginView;
import de.norderstedt.go.courses.ui.CoursesView;
import de.norderstedt.go.ideas.ui.IdeasView;
import de.norderstedt.go.ideas.ui.SubmitIdeaView;
import de.norderstedt.go.lockers.ui.LockersView;
import de.norderstedt.go.news.ui.NewsView;
import de.norderstedt.go.tutorials.ui.TutorialsView;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** What the platform is and what it offers, in plain words. */
@Route("")
@AnonymousAllowed
public class HomeView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private static final String[] OFFERS = { "learn", "courses", "lockers", "news", "ideas" };

	private final H1 title = new H1();

	private final Paragraph intro = new Paragraph();

	private final H2 offersHeading = new H2();

	private final Div offers = new Div();

	private final H2 displayHeading = new H2();

	private final Paragraph displayText = new Paragraph();

	private final H2 accountHeading = new H2();

	private final Paragraph accountText = new Paragraph();

	private final RouterLink signIn = new RouterLink();

	private final PreferencesSession preferences;

	HomeView(PreferencesSession preferences) {
		this.preferences = preferences;
		addClassName("page");
		this.intro.addClassName("lead");
		this.offers.addClassName("cards");
		this.signIn.setRoute(LoginView.class);
		this.signIn.addClassName("action-link");
		add(this.title, this.intro, section(this.offersHeading, this.offers),
				section(this.displayHeading, this.displayText),
				section(this.accountHeading, this.accountText, new Paragraph(this.signIn)));
	}

	private static Section section(com.vaadin.flow.component.Component... children) {
		Section section = new Section(children);
		return section;
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "home.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.title.setText(getTranslation("home.heading"));
		this.intro.setText(this.preferences.text(this, "home.intro"));
		this.offersHeading.setText(getTranslation("home.offers.heading"));
		this.offers.removeAll();
		for (String offer : OFFERS) {
			H3 cardTitle = new H3();
			cardTitle.setText(getTranslation("home.offers." + offer + ".title"));
			cardTitle.addClassName("card-title");
			Section card = new Section(cardTitle,
					new Paragraph(this.preferences.text(this, "home.offers." + offer + ".text")));
			card.addClassName("card");
			Button read = new Button(getTranslation("read-aloud.read"), new Icon(VaadinIcon.VOLUME_UP));
			read.getElement().setAttribute("aria-label", getTranslation("read-aloud.read-this", cardTitle.getText()));
			read.addClassName("read-aloud-skip");
			read.addClickListener(e -> ReadAloudControls.of(UI.getCurrent()).ifPresent(c -> c.start(card)));
			card.add(read);
			if (offer.equals("learn")) {
				RouterLink learn = new RouterLink(getTranslation("home.offers.learn.link"), TutorialsView.class);
				learn.addClassName("action-link");
				card.add(new Paragraph(learn));
			}
			if (offer.equals("courses")) {
				RouterLink courses = new RouterLink(getTranslation("home.offers.courses.link"), CoursesView.class);
				courses.addClassName("action-link");
				card.add(new Paragraph(courses));
			}
			if (offer.equals("lockers")) {
				RouterLink lockers = new RouterLink(getTranslation("home.offers.lockers.link"), LockersView.class);
				lockers.addClassName("action-link");
				card.add(new Paragraph(lockers));
			}
			if (offer.equals("news")) {
				RouterLink news = new RouterLink(getTranslation("home.offers.news.link"), NewsView.class);
				news.addClassName("action-link");
				card.add(new Paragraph(news));
			}
			if (offer.equals("ideas")) {
				RouterLink ideas = new RouterLink(getTranslation("home.offers.ideas.link"), IdeasView.class);
				ideas.addClassName("action-link");
				RouterLink submit = new RouterLink(getTranslation("home.offers.ideas.submit"), SubmitIdeaView.class);
				submit.addClassName("action-link");
				card.add(new Paragraph(ideas), new Paragraph(submit));
			}
			this.offers.add(card);
		}
		this.displayHeading.setText(getTranslation("home.display.heading"));
		this.displayText.setText(this.preferences.text(this, "home.display.text"));
		this.accountHeading.setText(getTranslation("home.account.heading"));
		this.accountText.setText(getTranslation("home.account.text"));
		this.signIn.setText(getTranslation("home.account.sign-in"));
		Titles.update(this);
	}

}
