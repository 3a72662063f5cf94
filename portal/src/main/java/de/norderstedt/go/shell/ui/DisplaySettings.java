package de.norderstedt.go.shell.ui;

import java.util.EnumMap;
import java.util.Map;
import java.util.Objects;

import de.norderstedt.go.accessibility.speech.SpeechRate;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Preferences;
import de.norderstedt.go.accounts.TextSize;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.Icon;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * Language, text size, contrast and motion as plain toggle buttons: big, labelled, with
 * their state in {@code aria-pressed}, and effective at once.
 */
class DisplaySettings extends Section implements LocaleChangeObserver {

	static final String ID = "display-settings";

	private final PreferencesSession preferences;

	private final H2 heading = new H2();

	private final Span languageLabel = new Span();

	private final Map<Language, Button> languageButtons = new EnumMap<>(Language.class);

	private final Span textSizeLabel = new Span();

	private final Map<TextSize, Button> textSizeButtons = new EnumMap<>(TextSize.class);

	private final Span viewLabel = new Span();

	private final Button contrast = new Button();

	private final Button motion = new Button();

	private final Button simple = new Button();

	private final Button autoRead = new Button();

	private final RouterLink cardLink = new RouterLink();

	private final Span rateLabel = new Span();

	private final Map<SpeechRate, Button> rateButtons = new EnumMap<>(SpeechRate.class);

	DisplaySettings(PreferencesSession preferences, boolean kiosk) {
		this.preferences = preferences;
		setId(kiosk ? ID + "-kiosk" : ID);
		addClassName("display-settings");
		this.heading.setId(getId().orElseThrow() + "-heading");
		getElement().setAttribute("aria-labelledby", this.heading.getId().orElseThrow());

		Div languages = group(this.languageLabel, "language");
		for (Language language : Language.values()) {
			Button button = new Button(language == Language.DE ? "Deutsch" : "English");
			button.getElement().setAttribute("lang", language.code());
			button.addClickListener(e -> update(current().withLanguage(language)));
			this.languageButtons.put(language, button);
			languages.add(button);
		}

		Div sizes = group(this.textSizeLabel, "text-size");
		for (TextSize size : TextSize.values()) {
			Button button = new Button(size.percent() + " %");
			button.addClickListener(e -> update(current().withTextSize(size)));
			this.textSizeButtons.put(size, button);
			sizes.add(button);
		}

		Div views = group(this.viewLabel, "view");
		this.contrast.addClickListener(e -> update(current().withHighContrast(!current().highContrast())));
		this.motion.addClickListener(e -> update(current().withReducedMotion(!current().reducedMotion())));
		this.simple.addClickListener(e -> update(current().withSimpleLanguage(!current().simpleLanguage())));
		this.autoRead.addClickListener(e -> update(current().withAutoRead(!current().autoRead())));
		views.add(this.contrast, this.motion, this.simple, this.autoRead);

		Div rates = group(this.rateLabel, "speech-rate");
		for (SpeechRate rate : SpeechRate.values()) {
			Button button = new Button();
			button.addClickListener(e -> update(current().withSpeechRate(rate)));
			this.rateButtons.put(rate, button);
			rates.add(button);
		}

		add(this.heading, languages, sizes, views, rates);
		if (!kiosk) {
			this.cardLink.setRoute(ProfileCardView.class);
			this.cardLink.addClassName("settings-card-link");
			add(this.cardLink);
		}
	}

	private Div group(Span label, String name) {
		String labelId = getId().orElseThrow() + "-" + name;
		label.setId(labelId);
		label.addClassName("setting-label");
		Div group = new Div(label);
		group.addClassName("setting");
		group.getElement().setAttribute("role", "group");
		group.getElement().setAttribute("aria-labelledby", labelId);
		return group;
	}

	void focusFirst() {
		Objects.requireNonNull(this.languageButtons.get(Language.DE))
			.getElement()
			.executeJs("setTimeout(() => this.focus(), 0)");
	}

	void switchLanguage() {
		Preferences now = current();
		update(now.withLanguage(now.language() == Language.DE ? Language.EN : Language.DE));
	}

	private Preferences current() {
		return this.preferences.current();
	}

	private void update(Preferences next) {
		this.preferences.update(next);
		showState(next);
	}

	private void showState(Preferences state) {
		this.languageButtons.forEach((language, button) -> pressed(button, state.language() == language));
		this.textSizeButtons.forEach((size, button) -> pressed(button, state.textSize() == size));
		pressed(this.contrast, state.highContrast());
		pressed(this.motion, state.reducedMotion());
		pressed(this.simple, state.simpleLanguage());
		pressed(this.autoRead, state.autoRead());
		this.rateButtons.forEach((rate, button) -> pressed(button, state.speechRate() == rate));
	}

	private static void pressed(Button button, boolean pressed) {
		button.getElement().setAttribute("aria-pressed", String.valueOf(pressed));
		// The state shows as a tick (hidden from screen readers, which announce
		// aria-pressed).
		button.setIcon(new Icon(pressed ? VaadinIcon.CHECK_SQUARE_O : VaadinIcon.THIN_SQUARE));
		if (pressed) {
			button.addThemeName("primary");
		}
		else {
			button.removeThemeName("primary");
		}
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("settings.heading"));
		this.languageLabel.setText(getTranslation("settings.language"));
		this.textSizeLabel.setText(getTranslation("settings.text-size"));
		this.viewLabel.setText(getTranslation("settings.view"));
		this.contrast.setText(getTranslation("settings.high-contrast"));
		this.motion.setText(getTranslation("settings.reduced-motion"));
		this.simple.setText(getTranslation("settings.simple-language"));
		this.autoRead.setText(getTranslation("settings.auto-read"));
		this.cardLink.setText(getTranslation("settings.card-link"));
		this.rateLabel.setText(getTranslation("settings.speech-rate"));
		this.rateButtons.forEach(
				(rate, button) -> button.setText(getTranslation("settings.speech-rate." + rate.name().toLowerCase())));
		showState(current());
	}

}
