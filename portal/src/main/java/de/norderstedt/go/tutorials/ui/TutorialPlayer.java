package de.norderstedt.go.tutorials.ui;

import java.util.Objects;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.speech.SpeechService;
import de.norderstedt.go.accounts.ui.CurrentPreferences;
import de.norderstedt.go.content.Practice;
import de.norderstedt.go.content.Step;
import de.norderstedt.go.content.Text;
import de.norderstedt.go.content.Tutorial;
import de.norderstedt.go.tutorials.LearningService;
import de.norderstedt.go.tutorials.ResumeCode;
import de.norderstedt.go.tutorials.TutorialProperties;
import de.norderstedt.go.web.PublicUrl;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;

/**
 * Plays a tutorial one step per screen: "Schritt 3 von 7", the text (in simple language
 * when asked for), a picture, the practice, big "Zurück" and "Weiter". A practice not
 * done yet can be skipped; a done one repeated. A wrong try or a while without progress
 * brings the hint, shown and spoken. The learner can take a code to continue on another
 * device. Signed-in learners' progress is kept at every step. What a step shows is in
 * {@link StepContent}, what is said aloud goes through {@link PlayerVoice}.
 */
class TutorialPlayer extends Div implements PracticeView.Listener {

	private final LearningService learning;

	private final CurrentPreferences preferences;

	private final TutorialProperties properties;

	private final GuidedPractices practices;

	private final PublicUrl publicUrl;

	private final boolean kiosk;

	private final @Nullable Long placeId;

	private final String base;

	private final StepContent content = new StepContent(this);

	private final Div practiceSlot = new Div();

	private final LiveRegion feedback = LiveRegion.status();

	private final Button read = new Button();

	private final Button repeat = new Button();

	private final Button back = new Button();

	private final Button next = new Button();

	private final Div finishLinks = new Div();

	private final Button later = new Button();

	private final ResumeCodePanel codePanel;

	private @Nullable Tutorial tutorial;

	private int index;

	private @Nullable PracticeView practice;

	/**
	 * Counts the screens shown, so that a late "no progress" call of an old one is
	 * ignored.
	 */
	private int screen;

	/** Says hints and guidance: at the kiosk, or when the learner uses speech. */
	private final PlayerVoice voice;

	/** The language and simple-language choice the screen was rendered in. */
	private String renderedTexts = "";

	TutorialPlayer(LearningService learning, CurrentPreferences preferences, SpeechService speech,
			TutorialProperties properties, GuidedPractices practices, PublicUrl publicUrl, boolean kiosk,
			@Nullable Long placeId) {
		this.learning = learning;
		this.preferences = preferences;
		this.properties = properties;
		this.practices = practices;
		this.publicUrl = publicUrl;
		this.kiosk = kiosk;
		this.placeId = placeId;
		this.base = kiosk ? "kiosk/lernen" : "lernen";
		this.voice = new PlayerVoice(preferences, speech, this, kiosk);
		this.codePanel = new ResumeCodePanel(publicUrl);
		addClassName("tutorial-player");
		this.practiceSlot.addClassName("tutorial-practice");
		this.feedback.addClassName("tutorial-feedback");
		this.feedback.setId("tutorial-feedback");
		this.read.addClickListener(e -> readStep());
		this.repeat.addClickListener(e -> repeatPractice());
		Div tools = new Div(this.read, this.repeat);
		tools.addClassName("tutorial-tools");
		this.back.addClickListener(e -> back());
		this.next.addClickListener(e -> next());
		Div actions = new Div(this.back, this.next);
		actions.addClassName("tutorial-actions");
		if (kiosk) {
			actions.addClassName("kiosk-actions");
		}
		this.finishLinks.addClassName("tutorial-actions");
		this.later.addClickListener(e -> offerCode());
		this.later.addClassName("tutorial-later");
		add(this.content.components());
		add(this.practiceSlot, this.feedback, tools, actions, this.finishLinks, this.later, this.codePanel);
	}

	/** Shows a step (0-based), or the finish screen for the index after the last step. */
	void show(Tutorial tutorial, int index) {
		this.tutorial = tutorial;
		this.index = Math.max(0, Math.min(index, tutorial.stepsOrEmpty().size()));
		this.screen++;
		render();
		if (finished()) {
			this.learning.finished(TutorialPlayers.slugOf(tutorial));
		}
		else {
			this.learning.reached(TutorialPlayers.slugOf(tutorial), TutorialPlayers.idOf(step()));
		}
		this.content.focus();
	}

	/**
	 * Renders the screen again after a change of preferences, but only when its texts
	 * change (language, simple language): a practice under way is not reset by a larger
	 * text size or high contrast.
	 */
	void refresh() {
		String texts = getLocale().getLanguage() + "/" + this.preferences.get().simpleLanguage();
		if (!texts.equals(this.renderedTexts)) {
			render();
		}
	}

	/** Renders the current screen in the current language. */
	void render() {
		Tutorial current = this.tutorial;
		if (current == null) {
			return;
		}
		Locale locale = getLocale();
		this.renderedTexts = locale.getLanguage() + "/" + this.preferences.get().simpleLanguage();
		this.feedback.setText("");
		this.feedback.removeClassName("tutorial-hint");
		this.feedback.removeClassName("tutorial-success");
		this.codePanel.hide();
		this.read.setText(getTranslation("tutorials.read"));
		this.repeat.setText(getTranslation("tutorials.repeat"));
		this.later.setText(getTranslation("tutorials.later"));
		this.back.setText(getTranslation("tutorials.back"));
		if (finished()) {
			renderFinish(current, locale);
			return;
		}
		this.finishLinks.setVisible(false);
		this.later.setVisible(true);
		this.back.setVisible(true);
		this.next.setVisible(true);
		this.read.setVisible(true);
		Step step = step();
		this.content.step(current, this.index, step, stepText(step), locale);
		this.practiceSlot.removeAll();
		this.practice = null;
		Practice exercise = step.practice();
		if (exercise != null) {
			PracticeView view = practiceFor(current, exercise, locale);
			view.getElement().setAttribute("aria-label", getTranslation("tutorials.practice"));
			this.practice = view;
			this.practiceSlot.add(view);
			armHint();
		}
		updateButtons();
	}

	private void renderFinish(Tutorial current, Locale locale) {
		this.practice = null;
		this.practiceSlot.removeAll();
		this.later.setVisible(false);
		this.read.setVisible(true);
		this.repeat.setVisible(false);
		this.next.setVisible(false);
		this.back.setVisible(true);
		boolean signedIn = this.learning.keepsProgress();
		this.content.finish(current, locale, getTranslation("tutorials.finish.text", Text.in(current.title(), locale)),
				getTranslation(signedIn ? "tutorials.finish.saved"
						: this.kiosk ? "tutorials.finish.kiosk" : "tutorials.finish.anonymous"));
		this.finishLinks.removeAll();
		this.finishLinks.setVisible(true);
		Button again = new Button(getTranslation("tutorials.finish.again"), e -> go(current, 0));
		Button all = new Button(getTranslation("tutorials.finish.all"), e -> UI.getCurrent().navigate(this.base));
		all.addThemeName("primary");
		this.finishLinks.add(again, all);
		List<Tutorial> tutorials = this.learning.tutorials();
		int position = tutorials.indexOf(current);
		if (position >= 0 && position + 1 < tutorials.size()) {
			Tutorial following = tutorials.get(position + 1);
			this.finishLinks.add(new Button(getTranslation("tutorials.finish.next", Text.in(following.title(), locale)),
					e -> go(following, 0)));
		}
	}

	private void updateButtons() {
		PracticeView current = this.practice;
		boolean open = current != null && !current.isDone();
		this.repeat.setVisible(current != null && current.isDone());
		boolean last = this.tutorial != null && this.index == this.tutorial.stepsOrEmpty().size() - 1;
		this.next.setText(getTranslation(open ? "tutorials.skip" : last ? "tutorials.finish" : "tutorials.next"));
		if (open) {
			this.next.removeThemeName("primary");
		}
		else {
			this.next.addThemeName("primary");
		}
	}

	private PracticeView practiceFor(Tutorial current, Practice exercise, Locale locale) {
		return switch (exercise) {
			case Practice.Tap tap -> new TapPractice(tap, this, locale);
			case Practice.Swipe swipe -> new SwipePractice(swipe, this, locale);
			case Practice.Scroll scroll -> new ScrollPractice(scroll, this, locale);
			case Practice.Type type -> new TypePractice(type, this, locale);
			case Practice.Choose choose -> new ChoosePractice(choose, this, locale);
			case Practice.Scan scan -> new ScanPractice(scan, this.learning, this.publicUrl,
					TutorialPlayers.slugOf(current), TutorialPlayers.idOf(step()), this, locale);
			case Practice.Guided guided -> new GuidedPractice(guided, this.practices, this.placeId, this, locale);
		};
	}

	// ---- what the practice tells the player

	@Override
	public void wrong(@Nullable String explanation) {
		hint(explanation);
	}

	@Override
	public void done(@Nullable String result) {
		Step step = step();
		Practice exercise = step.practice();
		String praise = result != null ? result : exercise != null && exercise.success() != null
				? exercise.success().in(getLocale()) : getTranslation("tutorials.success");
		this.feedback.setText(praise);
		this.feedback.removeClassName("tutorial-hint");
		this.feedback.addClassName("tutorial-success");
		getElement().executeJs("clearTimeout(this.__goHint)");
		updateButtons();
		say(praise);
	}

	@Override
	public void say(String sentence) {
		this.voice.say(sentence);
	}

	private void hint(@Nullable String explanation) {
		Practice exercise = step().practice();
		String text = explanation != null ? explanation
				: exercise != null && exercise.hint() != null ? exercise.hint().in(getLocale()) : "";
		this.feedback.setText(text);
		this.feedback.removeClassName("tutorial-success");
		this.feedback.addClassName("tutorial-hint");
		say(text);
	}

	/** After a while without progress, the hint comes by itself. */
	private void armHint() {
		getElement().executeJs(
				"clearTimeout(this.__goHint); this.__goHint = setTimeout(() => this.$server.noProgress($1), $0)",
				this.properties.hintAfter().toMillis(), this.screen);
	}

	@ClientCallable
	private void noProgress(int shown) {
		PracticeView current = this.practice;
		if (shown == this.screen && current != null && !current.isDone()
				&& !this.feedback.hasClassName("tutorial-hint")) {
			hint(null);
		}
	}

	// ---- buttons

	private void readStep() {
		this.voice.turnOn();
		if (finished()) {
			say(this.content.spoken());
			return;
		}
		Step step = step();
		Locale locale = getLocale();
		String spoken = step.speech() != null ? step.speech().in(locale) : stepText(step).in(locale);
		say(Text.in(step.title(), locale) + ". " + TutorialTexts.spoken(spoken));
	}

	private void repeatPractice() {
		PracticeView current = this.practice;
		if (current == null) {
			return;
		}
		this.screen++;
		this.feedback.setText("");
		current.restart();
		armHint();
		updateButtons();
	}

	private void back() {
		Tutorial current = this.tutorial;
		if (current == null || this.index == 0) {
			UI.getCurrent().navigate(this.base);
			return;
		}
		go(current, this.index - 1);
	}

	private void next() {
		Tutorial current = this.tutorial;
		if (current != null) {
			go(current, this.index + 1);
		}
	}

	private void go(Tutorial target, int step) {
		UI.getCurrent()
			.navigate(TutorialPlayers.path(this.base, TutorialPlayers.slugOf(target), step,
					target.stepsOrEmpty().size()));
	}

	private void offerCode() {
		Tutorial current = this.tutorial;
		if (current == null || finished()) {
			return;
		}
		ResumeCode code = this.learning.resumeCode(TutorialPlayers.slugOf(current), TutorialPlayers.idOf(step()));
		say(this.codePanel.show(code, getLocale()));
	}

	/** "Tippen (Schritt 2 von 6) – Den Touchscreen bedienen", for the page title. */
	String title() {
		Tutorial current = this.tutorial;
		if (current == null) {
			return "";
		}
		return this.content.title() + " – " + Text.in(current.title(), getLocale());
	}

	// ---- state

	private boolean finished() {
		return this.tutorial != null && this.index >= this.tutorial.stepsOrEmpty().size();
	}

	private Step step() {
		Tutorial current = this.tutorial;
		if (current == null) {
			throw new IllegalStateException("no tutorial shown");
		}
		return current.stepsOrEmpty().get(Math.min(this.index, current.stepsOrEmpty().size() - 1));
	}

	/**
	 * The step's text, or its simple-language variant when asked for and there is one.
	 */
	private Text stepText(Step step) {
		Text simple = step.simple();
		return this.preferences.get().simpleLanguage() && simple != null ? simple
				: Objects.requireNonNull(step.text(), "validated step without a text");
	}

}
