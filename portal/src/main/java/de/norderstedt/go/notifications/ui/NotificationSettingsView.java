package de.norderstedt.go.notifications.ui;

import java.time.LocalTime;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.IntStream;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.news.ui.InterestsChooser;
import de.norderstedt.go.notifications.Channel;
import de.norderstedt.go.notifications.EmailAddresses;
import de.norderstedt.go.notifications.EmailStatus;
import de.norderstedt.go.notifications.NotificationCategory;
import de.norderstedt.go.notifications.NotificationService;
import de.norderstedt.go.notifications.NotificationSettings;
import de.norderstedt.go.notifications.PushDevices;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.PurposeNote;
import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;

/**
 * How the signed-in person wants to be told: about what (areas and districts of city
 * news), on which channels for news and for their own bookings and lockers, to which
 * e-mail address, and when not (quiet hours).
 */
@Route("einstellungen/benachrichtigungen")
@PermitAll
public class NotificationSettingsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	/** The hours quiet hours can start and end at: 00:00 to 23:00. */
	static final List<LocalTime> HOURS = IntStream.range(0, 24).mapToObj(h -> LocalTime.of(h, 0)).toList();

	private final NotificationService notifications;

	private final NewsService news;

	private final H1 heading = new H1();

	private final Paragraph lead = new Paragraph();

	private final H2 topicsHeading = new H2();

	private final InterestsChooser interests;

	private final H2 channelsHeading = new H2();

	private final H3 newsHeading = new H3();

	private final H3 personalHeading = new H3();

	private final Map<NotificationCategory, Map<Channel, Checkbox>> channels = new EnumMap<>(
			NotificationCategory.class);

	private final TextField email = new TextField();

	private final EmailAddresses addresses;

	/** Where the address stands: waiting for confirmation, confirmed, unsubscribed. */
	private final Paragraph emailStatus = new Paragraph();

	private final Button resend = new Button();

	private final LiveRegion emailAlert = LiveRegion.alert();

	private final LiveRegion emailSent = LiveRegion.status();

	private final FormRefusals emailRefusals = new FormRefusals(this.emailAlert);

	private final H2 quietHeading = new H2();

	private final Paragraph quietText = new Paragraph();

	private final Checkbox quiet = new Checkbox();

	private final Select<LocalTime> quietFrom = new Select<>();

	private final Select<LocalTime> quietUntil = new Select<>();

	private final LiveRegion alert = LiveRegion.alert();

	private final Button save = new Button();

	private final LiveRegion status = LiveRegion.status();

	private final FormRefusals refusals;

	private final RouterLink back = new RouterLink();

	NotificationSettingsView(NotificationService notifications, NewsService news, PushDevices pushDevices,
			EmailAddresses addresses) {
		this.notifications = notifications;
		this.news = news;
		this.addresses = addresses;
		this.interests = new InterestsChooser(news);
		this.refusals = new FormRefusals(this.alert).field("email", this.email)
			.field("quietUntil", this.quietUntil)
			.field("topics", this.interests.topics())
			.field("districts", this.interests.districts());
		addClassName("page");
		addClassName("notification-settings");
		this.lead.addClassName("lead");

		Section topics = new Section(this.topicsHeading, this.interests);

		this.newsHeading.setId("notification-channels-news");
		this.personalHeading.setId("notification-channels-personal");
		Div newsChannels = group(this.newsHeading, NotificationCategory.NEWS);
		Div personalChannels = group(this.personalHeading, NotificationCategory.BOOKING);
		this.email.setWidthFull();
		this.email.getElement().setAttribute("autocomplete", "email");
		this.email.getElement().setAttribute("inputmode", "email");
		this.emailStatus.addClassName("email-status");
		this.resend.addClickListener(e -> resend());
		Div emailForm = new Div(this.email, this.emailStatus, this.resend, this.emailAlert, this.emailSent,
				new PurposeNote("privacy.purpose.notifications"));
		emailForm.addClassName("form");
		Section how = new Section(this.channelsHeading, this.newsHeading, newsChannels, this.personalHeading,
				personalChannels, emailForm);

		this.quiet.addValueChangeListener(e -> quietEnabled(e.getValue()));
		for (Select<LocalTime> select : List.of(this.quietFrom, this.quietUntil)) {
			select.setItems(HOURS);
			select.setItemLabelGenerator(time -> CityTime.time(time, getLocale()));
		}
		Div hours = new Div(this.quietFrom, this.quietUntil);
		hours.addClassName("quiet-hours");
		Section quietSection = new Section(this.quietHeading, this.quietText, this.quiet, hours);

		this.save.addThemeName("primary");
		this.save.addClickListener(e -> save());
		this.back.setRoute(NotificationsView.class);
		this.back.addClassName("action-link");
		// this device's push messages switch on and off at once, without "save": after
		// the
		// form
		add(this.heading, this.lead, topics, how, quietSection, this.alert, this.save, this.status,
				new PushDeviceSection(pushDevices), new Paragraph(this.back));
		show(this.notifications.mySettings());
		this.interests.setValue(this.news.myInterests());
	}

	/** The three channel choices of a category, under their heading. */
	private Div group(H3 heading, NotificationCategory category) {
		Div group = new Div();
		group.addClassName("channel-choices");
		group.getElement().setAttribute("role", "group");
		group.getElement().setAttribute("aria-labelledby", heading.getId().orElseThrow());
		Map<Channel, Checkbox> boxes = new EnumMap<>(Channel.class);
		for (Channel channel : Channel.values()) {
			Checkbox box = new Checkbox();
			boxes.put(channel, box);
			group.add(box);
		}
		this.channels.put(category, boxes);
		return group;
	}

	private void show(NotificationSettings settings) {
		for (NotificationCategory category : this.channels.keySet()) {
			Set<Channel> chosen = settings.channels(category);
			this.channels.get(category).forEach((channel, box) -> box.setValue(chosen.contains(channel)));
		}
		this.email.setValue(settings.email() == null ? "" : settings.email());
		this.quiet.setValue(settings.quietHours());
		this.quietFrom.setValue(settings.quietFrom());
		this.quietUntil.setValue(settings.quietUntil());
		quietEnabled(settings.quietHours());
		showEmailStatus();
	}

	/**
	 * Says plainly whether e-mail goes out to the address, and offers a new link if not.
	 */
	private void showEmailStatus() {
		EmailStatus current = this.addresses.myStatus().orElse(null);
		this.emailStatus.setVisible(current != null);
		this.resend.setVisible(current != null && current.state() != EmailStatus.State.CONFIRMED);
		if (current != null) {
			String key = switch (current.state()) {
				case WAITING -> "notifications.settings.email.waiting";
				case NOT_CONFIRMED -> "notifications.settings.email.not-confirmed";
				case CONFIRMED -> "notifications.settings.email.confirmed";
				case UNSUBSCRIBED -> "notifications.settings.email.unsubscribed";
			};
			this.emailStatus.setText(getTranslation(key, current.email()));
		}
	}

	private void resend() {
		this.emailSent.clear();
		boolean sent = this.emailRefusals.attempt(() -> {
			EmailStatus now = this.addresses.sendMyLinkAgain();
			this.emailSent.show(getTranslation("notifications.settings.email.sent", now.email()));
		});
		if (sent) {
			showEmailStatus();
		}
	}

	private void quietEnabled(boolean on) {
		this.quietFrom.setEnabled(on);
		this.quietUntil.setEnabled(on);
	}

	private void save() {
		this.status.clear();
		this.emailSent.clear();
		this.emailAlert.clear();
		NotificationSettings wanted = this.notifications.mySettings();
		for (Map.Entry<NotificationCategory, Map<Channel, Checkbox>> boxes : this.channels.entrySet()) {
			wanted = wanted.withChannels(boxes.getKey(), chosen(boxes.getValue()));
		}
		LocalTime from = this.quietFrom.getValue();
		LocalTime until = this.quietUntil.getValue();
		wanted = wanted.withEmail(this.email.getValue())
			.withQuietHours(this.quiet.getValue(), from == null ? wanted.quietFrom() : from,
					until == null ? wanted.quietUntil() : until);
		NotificationSettings settings = wanted;
		boolean saved = this.refusals.attempt(() -> {
			show(this.notifications.saveMySettings(settings, false));
			this.news.saveMyInterests(this.interests.getValue());
		});
		if (saved) {
			this.status.show(getTranslation("notifications.settings.saved"));
		}
	}

	private static Set<Channel> chosen(Map<Channel, Checkbox> boxes) {
		Set<Channel> chosen = EnumSet.noneOf(Channel.class);
		boxes.forEach((channel, box) -> {
			if (box.getValue()) {
				chosen.add(channel);
			}
		});
		return chosen;
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "notifications.settings.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("notifications.settings.title"));
		this.lead.setText(getTranslation("notifications.settings.lead"));
		this.topicsHeading.setText(getTranslation("notifications.settings.topics"));
		this.channelsHeading.setText(getTranslation("notifications.settings.channels"));
		this.newsHeading.setText(getTranslation("notifications.settings.news"));
		this.personalHeading.setText(getTranslation("notifications.settings.personal"));
		this.channels.forEach((category,
				boxes) -> boxes.forEach((channel, box) -> box
					.setLabel(getTranslation("notifications.settings." + (category.isPersonal() ? "personal" : "news")
							+ "." + channel.name().toLowerCase(java.util.Locale.ROOT)))));
		this.email.setLabel(getTranslation("notifications.settings.email"));
		this.email.setHelperText(getTranslation("notifications.settings.email.help"));
		this.resend.setText(getTranslation("notifications.settings.email.resend"));
		showEmailStatus();
		this.quietHeading.setText(getTranslation("notifications.settings.quiet"));
		this.quietText.setText(getTranslation("notifications.settings.quiet.text"));
		this.quiet.setLabel(getTranslation("notifications.settings.quiet.on"));
		this.quietFrom.setLabel(getTranslation("notifications.settings.quiet.from"));
		this.quietUntil.setLabel(getTranslation("notifications.settings.quiet.until"));
		// the hours are said in the page's language
		this.quietFrom.setItemLabelGenerator(time -> CityTime.time(time, getLocale()));
		this.quietUntil.setItemLabelGenerator(time -> CityTime.time(time, getLocale()));
		this.save.setText(getTranslation("notifications.settings.save"));
		this.back.setText(getTranslation("notifications.settings.back"));
		Titles.update(this);
	}

}
