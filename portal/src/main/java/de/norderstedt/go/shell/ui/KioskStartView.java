package de.norderstedt.go.shell.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.Language;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The first thing a person sees at a public touchscreen: one big invitation, the language
 * in written names, and then how to make the screen easier to read.
 */
@Route("kiosk")
@AnonymousAllowed
class KioskStartView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final PreferencesSession preferences;

	private final H1 welcome = new H1();

	private final Paragraph intro = new Paragraph();

	private final Button begin = new Button();

	private final H2 languageHeading = new H2();

	private final Button german = new Button("Deutsch");

	private final Button english = new Button("English");

	private final Div start = new Div();

	private final Div started = new Div();

	private final H1 startedHeading = new H1();

	private final Paragraph startedText = new Paragraph();

	private final DisplaySettings settings;

	private final H2 aboutHeading = new H2();

	private final Paragraph about = new Paragraph();

	private final Button back = new Button();

	KioskStartView(PreferencesSession preferences) {
		this.preferences = preferences;
		addClassName("kiosk-start");
		this.begin.addClassName("kiosk-begin");
		this.begin.addThemeName("primary");
		this.begin.addClickListener(e -> showStarted(true));
		this.german.getElement().setAttribute("lang", "de");
		this.english.getElement().setAttribute("lang", "en");
		this.german.addClickListener(e -> chooseLanguage(Language.DE));
		this.english.addClickListener(e -> chooseLanguage(Language.EN));
		Div languages = new Div(this.german, this.english);
		languages.addClassName("kiosk-languages");
		Section languageSection = new Section(this.languageHeading, languages);
		this.start.add(this.welcome, this.intro, this.begin, languageSection);

		this.settings = new DisplaySettings(preferences, true);
		this.back.addClickListener(e -> showStarted(false));
		this.started.add(this.startedHeading, this.startedText, this.settings,
				new Section(this.aboutHeading, this.about), this.back);
		this.started.setVisible(false);
		add(this.start, this.started);
	}

	private void chooseLanguage(Language language) {
		this.preferences.update(this.preferences.current().withLanguage(language));
	}

	private void showStarted(boolean started) {
		this.start.setVisible(!started);
		this.started.setVisible(started);
		(started ? this.startedHeading : this.welcome).getElement()
			.executeJs("this.setAttribute('tabindex','-1'); this.focus()");
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "kiosk.start.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.welcome.setText(getTranslation("kiosk.start.welcome"));
		this.intro.setText(getTranslation("kiosk.start.intro"));
		this.begin.setText(getTranslation("kiosk.start.begin"));
		this.languageHeading.setText(getTranslation("kiosk.start.language"));
		boolean german = "de".equals(event.getLocale().getLanguage());
		this.german.getElement().setAttribute("aria-pressed", String.valueOf(german));
		this.english.getElement().setAttribute("aria-pressed", String.valueOf(!german));
		this.startedHeading.setText(getTranslation("kiosk.started.heading"));
		this.startedText.setText(getTranslation("kiosk.started.text"));
		this.aboutHeading.setText(getTranslation("kiosk.about.heading"));
		this.about.setText(getTranslation("home.intro"));
		this.back.setText(getTranslation("kiosk.back-to-start"));
		Titles.update(this);
	}

}
