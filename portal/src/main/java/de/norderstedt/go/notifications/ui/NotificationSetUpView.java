package de.norderstedt.go.notifications.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.news.ui.InterestsChooser;
import de.norderstedt.go.notifications.Channel;
import de.norderstedt.go.notifications.NotificationCategory;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.notifications.NotificationService;
import de.norderstedt.go.notifications.NotificationSettings;
import de.norderstedt.go.notifications.PushDevices;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;

/**
 * The short set-up for city news, one question per screen: which areas, which districts,
 * and how (in the app, on this device, by e-mail). "Fertig" keeps it all and leads to the
 * notification centre.
 */
@Route("neuigkeiten/einrichten")
@PermitAll
public class NotificationSetUpView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private static final int STEPS = 3;

	private final NotificationService notifications;

	private final NewsService news;

	private final InterestsChooser interests;

	private final H1 heading = new H1();

	private final Paragraph progress = new Paragraph();

	private final H2 topicsHeading = new H2();

	private final Section topics;

	private final H2 districtsHeading = new H2();

	private final Section districts;

	private final H2 howHeading = new H2();

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

	private int step = 1;

	NotificationSetUpView(NotificationService notifications, NewsService news, PushDevices pushDevices) {
		this.notifications = notifications;
		this.news = news;
		this.interests = new InterestsChooser(news);
		addClassName("page");
		addClassName("notification-set-up");
		this.progress.addClassName("step-progress");
		this.progress.setId("set-up-progress");

		// one chooser for both steps: it moves to the step shown, with the group asked
		this.topics = step(this.topicsHeading, this.interests);
		this.districts = step(this.districtsHeading);

		this.email.setWidthFull();
		this.email.getElement().setAttribute("autocomplete", "email");
		this.email.getElement().setAttribute("inputmode", "email");
		this.byEmail.addValueChangeListener(e -> this.email.setVisible(e.getValue()));
		Div channels = new Div(this.inApp, this.push, this.byEmail);
		channels.addClassName("channel-choices");
		channels.getElement().setAttribute("role", "group");
		channels.getElement().setAttribute("aria-labelledby", "set-up-how");
		this.howHeading.setId("set-up-how");
		Div emailForm = new Div(this.email);
		emailForm.addClassName("form");
		Section how = step(this.howHeading, this.howText, channels, emailForm, new PushDeviceSection(pushDevices));
		this.steps = List.of(this.topics, this.districts, how);
		this.refusals = new FormRefusals(this.alert).field("email", this.email)
			.field("topics", this.interests.topics())
			.field("districts", this.interests.districts());

		this.back.addClickListener(e -> back());
		this.next.addThemeName("primary");
		this.next.addClickListener(e -> next());
		Div actions = new Div(this.back, this.next);
		actions.addClassName("actions");
		add(this.heading, this.progress);
		this.steps.forEach(this::add);
		add(this.alert, actions);

		NotificationSettings settings = this.notifications.mySettings();
		Set<Channel> newsChannels = settings.news();
		// the app is always recommended: whoever sets up news wants to see it somewhere
		this.inApp.setValue(settings.setUpAt() == null || newsChannels.contains(Channel.IN_APP));
		this.push.setValue(newsChannels.contains(Channel.PUSH));
		this.byEmail.setValue(newsChannels.contains(Channel.EMAIL));
		this.email.setValue(settings.email() == null ? "" : settings.email());
		this.email.setVisible(this.byEmail.getValue());
		this.interests.setValue(this.news.myInterests());
		showStep(false);
	}

	private static Section step(Component... content) {
		Section section = new Section(content);
		section.addClassName("set-up-step");
		// the step's question is where a screen reader continues after "Weiter"
		content[0].getElement().setAttribute("tabindex", "-1");
		content[0].getElement().setAttribute("aria-describedby", "set-up-progress");
		return section;
	}

	private void back() {
		this.refusals.clear();
		if (this.step == 1) {
			getUI().ifPresent(ui -> ui.navigate(NotificationsView.class));
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
		NotificationSettings wanted = this.notifications.mySettings()
			.withChannels(NotificationCategory.NEWS, news)
			.withEmail(this.email.getValue());
		NotificationSettings settings = wanted;
		boolean saved = this.refusals.attempt(() -> {
			this.notifications.saveMySettings(settings, true);
			this.news.saveMyInterests(this.interests.getValue());
		});
		if (!saved) {
			return;
		}
		getUI().ifPresent(ui -> ui.navigate(NotificationsView.class,
				QueryParameters.empty().merging(NotificationsView.SET_UP_DONE, "")));
	}

	private void showStep(boolean moveFocus) {
		for (int i = 0; i < this.steps.size(); i++) {
			this.steps.get(i).setVisible(i == this.step - 1);
		}
		if (this.step == 2) {
			this.districts.add(this.interests);
		}
		else {
			this.topics.add(this.interests);
		}
		this.interests.topics().setVisible(this.step != 2);
		this.interests.districts().setVisible(this.step == 2);
		this.progress.setText(getTranslation("notifications.set-up.progress", this.step, STEPS));
		this.next
			.setText(getTranslation(this.step == STEPS ? "notifications.set-up.finish" : "notifications.set-up.next"));
		if (moveFocus) {
			this.steps.get(this.step - 1)
				.getChildren()
				.findFirst()
				.ifPresent(h -> h.getElement().executeJs("this.focus()"));
		}
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "notifications.set-up.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("notifications.set-up.title"));
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
		Titles.update(this);
	}

}
