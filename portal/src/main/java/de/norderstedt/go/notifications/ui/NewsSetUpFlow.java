package de.norderstedt.go.notifications.ui;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;

import de.norderstedt.go.news.District;
import de.norderstedt.go.news.Interests;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.news.Topic;
import de.norderstedt.go.news.ui.InterestsChooser;
import de.norderstedt.go.notifications.Channel;
import de.norderstedt.go.notifications.NotificationCategory;
import de.norderstedt.go.notifications.NotificationSettings;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * The short set-up for city news, one question per screen: which areas, which districts,
 * and how (in the app, on this device, by e-mail). "Fertig" keeps it all. What the
 * screens start from, what "Fertig" does, and how they are dressed (the portal page or a
 * tutorial's practice, see {@link NewsSetUpPractice}) come through a
 * {@link NewsSetUpPort}.
 */
class NewsSetUpFlow extends Div implements LocaleChangeObserver {

	static final int STEPS = 3;

	private final NewsSetUpPort port;

	private final InterestsChooser interests;

	private final HtmlContainer heading;

	private final Paragraph progress = new Paragraph();

	private final HtmlContainer topicsHeading;

	private final Section topics;

	private final HtmlContainer districtsHeading;

	private final Section districts;

	private final HtmlContainer howHeading;

	private final Paragraph howText = new Paragraph();

	private final Checkbox inApp = new Checkbox();

	private final Checkbox push = new Checkbox();

	private final Checkbox byEmail = new Checkbox();

	private final TextField email = new TextField();

	private final List<Section> steps;

	private final LiveRegion alert = LiveRegion.alert();

	private final FormRefusals refusals;

	private final Button back = new Button();

	private final Button next = new Button();

	private final Div actions = new Div(this.back, this.next);

	/** What shows after "Fertig" when the screens stay (the practice's summary). */
	private final Div done = new Div();

	private int step = 1;

	private boolean finished;

	/** The heading over what shows after "Fertig". */
	private String doneHeadingKey = "notifications.set-up.title";

	NewsSetUpFlow(NewsSetUpPort port, NewsService news) {
		this.port = port;
		this.interests = new InterestsChooser(news);
		this.heading = port.heading();
		this.topicsHeading = port.questionHeading();
		this.districtsHeading = port.questionHeading();
		this.howHeading = port.questionHeading();
		this.progress.addClassName("step-progress");
		this.progress.setId("set-up-progress");

		// one chooser for both steps: it moves to the step shown, with the group asked
		this.topics = step(this.topicsHeading, this.interests);
		this.districts = step(this.districtsHeading);

		this.email.setWidthFull();
		this.email.getElement().setAttribute("autocomplete", "email");
		this.email.getElement().setAttribute("inputmode", "email");
		Div channels = new Div(this.inApp, this.push, this.byEmail);
		channels.addClassName("channel-choices");
		channels.getElement().setAttribute("role", "group");
		channels.getElement().setAttribute("aria-labelledby", "set-up-how");
		this.howHeading.setId("set-up-how");
		Div emailForm = new Div(this.email);
		emailForm.addClassName("form");
		Section how = step(this.howHeading, this.howText, channels, emailForm);
		port.deviceSection().forEach(how::add);
		this.steps = List.of(this.topics, this.districts, how);
		this.refusals = new FormRefusals(this.alert).field("email", this.email)
			.field("topics", this.interests.topics())
			.field("districts", this.interests.districts());
		this.byEmail.addValueChangeListener(e -> {
			this.email.setVisible(e.getValue());
			// e-mail taken back: a refusal of its address no longer stands
			if (!e.getValue()) {
				this.refusals.clear();
			}
		});
		// a choice changes what a learner is guided to next
		this.interests.topics().addValueChangeListener(e -> port.guide(this));
		this.interests.districts().addValueChangeListener(e -> port.guide(this));
		this.push.addValueChangeListener(e -> port.guide(this));

		this.back.addClickListener(e -> back());
		this.next.addThemeName("primary");
		this.next.addClickListener(e -> next());
		this.actions.addClassName("actions");
		this.done.addClassName("set-up-done");
		this.done.setVisible(false);
		port.above().forEach(this::add);
		add(this.heading, this.progress);
		this.steps.forEach(this::add);
		add(this.alert, this.actions, this.done);
		port.dress(this);
		start();
	}

	/** Fills the screens from what the port starts with, at the first screen. */
	private void start() {
		NotificationSettings settings = this.port.settings();
		Set<Channel> newsChannels = settings.news();
		// the app is always recommended: whoever sets up news wants to see it somewhere
		this.inApp.setValue(settings.setUpAt() == null || newsChannels.contains(Channel.IN_APP));
		this.push.setValue(newsChannels.contains(Channel.PUSH));
		this.byEmail.setValue(newsChannels.contains(Channel.EMAIL));
		this.email.setValue(settings.email() == null ? "" : settings.email());
		this.email.setVisible(this.byEmail.getValue());
		this.interests.setValue(this.port.interests());
		this.finished = false;
		this.done.removeAll();
		this.step = 1;
		showStep(false);
	}

	/** Starts again at the first screen, as it was at the start. */
	void restart() {
		this.refusals.clear();
		start();
		this.port.stepShown(this);
	}

	private static Section step(Component... content) {
		Section section = new Section(content);
		section.addClassName("set-up-step");
		// the step's question is where a screen reader continues after "Weiter"
		content[0].getElement().setAttribute("tabindex", "-1");
		content[0].getElement().setAttribute("aria-describedby", "set-up-progress");
		return section;
	}

	@Override
	protected void onAttach(AttachEvent event) {
		this.port.attached(this);
	}

	private void back() {
		this.refusals.clear();
		if (this.step == 1) {
			this.port.leave();
			return;
		}
		this.step--;
		showStep(true);
	}

	private void next() {
		this.refusals.clear();
		if (this.step == 1 && this.interests.getValue().topicIds().isEmpty()) {
			// with no area, no news would come at all
			this.refusals.show(Refusal.at("topics", "notifications.set-up.topic-needed"));
			return;
		}
		if (this.step < STEPS) {
			this.step++;
			showStep(true);
			return;
		}
		finish();
	}

	private void finish() {
		Set<Channel> news = EnumSet.noneOf(Channel.class);
		if (this.inApp.getValue()) {
			news.add(Channel.IN_APP);
		}
		if (this.push.getValue()) {
			news.add(Channel.PUSH);
		}
		if (this.byEmail.getValue()) {
			news.add(Channel.EMAIL);
		}
		NotificationSettings wanted = this.port.settings()
			.withChannels(NotificationCategory.NEWS, news)
			.withEmail(this.email.getValue());
		Interests chosen = this.interests.getValue();
		this.refusals.attempt(() -> this.port.finish(this, wanted, chosen));
	}

	/**
	 * Ends the screens with what the port shows instead of them (the practice's summary);
	 * "Nochmal" starts them again.
	 */
	void showDone(String headingKey, List<Component> shown) {
		this.finished = true;
		this.doneHeadingKey = headingKey;
		this.done.removeAll();
		shown.forEach(this.done::add);
		this.heading.setText(getTranslation(headingKey));
		showStep(false);
		this.heading.getElement().executeJs("this.setAttribute('tabindex','-1'); this.focus()");
		this.port.stepShown(this);
	}

	private void showStep(boolean moveFocus) {
		boolean asking = !this.finished;
		for (int i = 0; i < this.steps.size(); i++) {
			this.steps.get(i).setVisible(asking && i == this.step - 1);
		}
		this.progress.setVisible(asking);
		this.actions.setVisible(asking);
		this.done.setVisible(!asking);
		if (this.step == 2) {
			this.districts.add(this.interests);
		}
		else {
			this.topics.add(this.interests);
		}
		this.interests.topics().setVisible(this.step != 2);
		this.interests.districts().setVisible(this.step == 2);
		// what the port adds under the question goes with the screen shown
		Section shown = this.steps.get(this.step - 1);
		List<Component> below = this.port.belowQuestion();
		for (int i = 0; i < below.size(); i++) {
			shown.addComponentAtIndex(1 + i, below.get(i));
		}
		this.progress.setText(getTranslation("notifications.set-up.progress", this.step, STEPS));
		this.back.setVisible(this.step > 1 || this.port.offersLeave());
		this.next
			.setText(getTranslation(this.step == STEPS ? "notifications.set-up.finish" : "notifications.set-up.next"));
		this.port.guide(this);
		if (moveFocus) {
			this.steps.get(this.step - 1)
				.getChildren()
				.findFirst()
				.ifPresent(h -> h.getElement().executeJs("this.focus()"));
			this.port.stepShown(this);
		}
	}

	// ---- what a practice guides a learner to

	/** Whether the screens are over ("Fertig" was accepted and they stay). */
	boolean isFinished() {
		return this.finished;
	}

	/** The screen shown, from 1. */
	int step() {
		return this.step;
	}

	/**
	 * The control a person uses next: the choices until one is ticked (on the last screen
	 * the message on this device), then "Weiter" or "Fertig"; none after the end.
	 */
	@Nullable Component control() {
		if (this.finished) {
			return null;
		}
		Interests chosen = this.interests.getValue();
		return switch (this.step) {
			case 1 -> chosen.topicIds().isEmpty() ? this.interests.topics() : this.next;
			case 2 -> chosen.districtIds().isEmpty() ? this.interests.districts() : this.next;
			default -> this.push.getValue() ? this.next : this.push;
		};
	}

	/** What to do on the screen shown, in a sentence (the practice says it). */
	String instruction() {
		if (this.finished) {
			return getTranslation("notifications.practice.done") + " "
					+ getTranslation("notifications.practice.done.help");
		}
		Locale locale = getLocale();
		String nextText = this.next.getText();
		return switch (this.step) {
			case 1 -> getTranslation("notifications.practice.step.topics",
					this.interests.topics()
						.getListDataView()
						.getItems()
						.findFirst()
						.map(t -> t.name(locale))
						.orElse(""),
					nextText);
			case 2 -> getTranslation("notifications.practice.step.districts",
					this.interests.districts()
						.getListDataView()
						.getItems()
						.findFirst()
						.map(d -> d.name(locale))
						.orElse(""),
					nextText);
			default -> getTranslation("notifications.practice.step.how", this.push.getLabel(), nextText);
		};
	}

	/** The names of what is chosen, for a summary: areas, districts and channels. */
	Chosen chosen() {
		Locale locale = getLocale();
		List<String> topicNames = this.interests.topics()
			.getValue()
			.stream()
			.sorted(Comparator.comparingInt(Topic::position))
			.map(t -> t.name(locale))
			.toList();
		List<String> districtNames = this.interests.districts()
			.getValue()
			.stream()
			.sorted(Comparator.comparingInt(District::position))
			.map(d -> d.name(locale))
			.toList();
		List<String> channels = Stream.of(this.inApp, this.push, this.byEmail)
			.filter(Checkbox::getValue)
			.map(Checkbox::getLabel)
			.toList();
		return new Chosen(topicNames, districtNames, channels);
	}

	/** What a person chose, by name. */
	record Chosen(List<String> topics, List<String> districts, List<String> channels) {
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		texts();
	}

	/** Puts every text in the page's language and fills the screen shown. */
	void texts() {
		this.heading.setText(getTranslation(this.finished ? this.doneHeadingKey : "notifications.set-up.title"));
		this.topicsHeading.setText(getTranslation("notifications.set-up.topics"));
		this.districtsHeading.setText(getTranslation("notifications.set-up.districts"));
		this.howHeading.setText(getTranslation("notifications.set-up.how"));
		this.howText.setText(getTranslation("notifications.set-up.how.text"));
		this.inApp.setLabel(getTranslation("notifications.set-up.in-app"));
		this.push.setLabel(getTranslation("notifications.set-up.push"));
		this.byEmail.setLabel(getTranslation("notifications.set-up.email"));
		this.email.setLabel(getTranslation("notifications.set-up.email-address"));
		this.email.setHelperText(getTranslation("notifications.set-up.email-address.help"));
		this.back.setText(getTranslation("notifications.set-up.back"));
		showStep(false);
	}

}
