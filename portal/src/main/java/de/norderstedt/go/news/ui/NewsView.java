package de.norderstedt.go.news.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Consumer;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.District;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.news.Topic;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.CityTime;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * The city's current news for everyone, newest first, recent warnings on top; narrowed to
 * an area and a district with buttons (the choice is in the address, nothing is stored).
 */
@Route("neuigkeiten")
@AnonymousAllowed
public class NewsView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	/** A warning stays on top this long after it went out. */
	static final Duration RECENT_WARNING = Duration.ofHours(48);

	private static final String TOPIC_PARAMETER = "thema";

	private static final String DISTRICT_PARAMETER = "stadtteil";

	private final NewsService news;

	private final Clock clock;

	private final H1 heading = new H1();

	private final Paragraph lead = new Paragraph();

	// a plain link: the set-up belongs to the notifications, which know the news
	private final Anchor subscribe = new Anchor("neuigkeiten/einrichten", "");

	private final H2 filterHeading = new H2();

	private final Div filters = new Div();

	private final H2 listHeading = new H2();

	private final LiveRegion count = LiveRegion.status();

	private final UnorderedList list = new UnorderedList();

	private @Nullable Topic topic;

	private @Nullable District district;

	private @Nullable String topicSlug;

	private @Nullable String districtSlug;

	public NewsView(NewsService news, Clock clock) {
		this.news = news;
		this.clock = clock;
		addClassName("page");
		addClassName("news-page");
		this.lead.addClassName("lead");
		this.filters.addClassName("news-filters");
		this.count.addClassName("news-count");
		this.list.addClassName("news-list");
		this.subscribe.addClassName("button-link");
		add(this.heading, this.lead, new Paragraph(this.subscribe), new Section(this.filterHeading, this.filters),
				new Section(this.listHeading, this.count, this.list));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Map<String, List<String>> parameters = event.getLocation().getQueryParameters().getParameters();
		this.topicSlug = first(parameters.get(TOPIC_PARAMETER));
		this.districtSlug = first(parameters.get(DISTRICT_PARAMETER));
	}

	private static @Nullable String first(@Nullable List<String> values) {
		return values == null || values.isEmpty() ? null : values.get(0);
	}

	/** The filter buttons, each with what it chooses (null: all). */
	private final Map<Button, @Nullable Object> choices = new LinkedHashMap<>();

	private void show() {
		Locale locale = getLocale();
		List<Topic> topics = this.news.topics();
		List<District> districts = this.news.districts();
		this.topic = topics.stream().filter(t -> t.slug().equals(this.topicSlug)).findFirst().orElse(null);
		this.district = districts.stream().filter(d -> d.slug().equals(this.districtSlug)).findFirst().orElse(null);
		this.filters.removeAll();
		this.choices.clear();
		Map<@Nullable Topic, String> topicChoices = new LinkedHashMap<>();
		topicChoices.put(null, getTranslation("news.filter.all-topics"));
		topics.forEach(t -> topicChoices.put(t, t.name(locale)));
		this.filters.add(group("topic", getTranslation("news.filter.topic"), topicChoices, t -> {
			this.topic = t;
			this.topicSlug = t == null ? null : t.slug();
			changed(locale);
		}));
		Map<@Nullable District, String> districtChoices = new LinkedHashMap<>();
		districtChoices.put(null, getTranslation("news.filter.all-districts"));
		districts.forEach(d -> districtChoices.put(d, d.name(locale)));
		this.filters.add(group("district", getTranslation("news.filter.district"), districtChoices, d -> {
			this.district = d;
			this.districtSlug = d == null ? null : d.slug();
			changed(locale);
		}));
		Paragraph hint = new Paragraph(getTranslation("news.filter.district.hint"));
		hint.addClassName("news-note");
		this.filters.add(hint);
		pressed();
		showList(locale);
	}

	/**
	 * A filter was chosen: the buttons stay (the focus stays on the one pressed), their
	 * state and the list change, and the address says what is chosen.
	 */
	private void changed(Locale locale) {
		// slugs are [a-z0-9-]: nothing to encode
		List<String> parts = new ArrayList<>();
		if (this.topicSlug != null) {
			parts.add(TOPIC_PARAMETER + "=" + this.topicSlug);
		}
		if (this.districtSlug != null) {
			parts.add(DISTRICT_PARAMETER + "=" + this.districtSlug);
		}
		String query = String.join("&", parts);
		// only the address changes: a navigation would move the focus away from the
		// button
		getElement().executeJs("history.replaceState(history.state, '', $0)",
				"neuigkeiten" + (query.isEmpty() ? "" : "?" + query));
		pressed();
		showList(locale);
	}

	private void pressed() {
		this.choices.forEach((button, value) -> {
			boolean on = value == null ? isAllButton(button) : value.equals(this.topic) || value.equals(this.district);
			button.getElement().setAttribute("aria-pressed", String.valueOf(on));
			if (on) {
				button.addThemeName("primary");
			}
			else {
				button.removeThemeName("primary");
			}
		});
	}

	/** An "all" button is on when nothing of its kind is chosen. */
	private boolean isAllButton(Button button) {
		boolean topicGroup = "topic".equals(button.getElement().getAttribute("data-group"));
		return topicGroup ? this.topic == null : this.district == null;
	}

	private <T> Div group(String kind, String label, Map<@Nullable T, String> values, Consumer<@Nullable T> onChoose) {
		Span groupLabel = new Span(label);
		groupLabel.addClassName("setting-label");
		Div buttons = new Div();
		buttons.addClassName("news-buttons");
		buttons.getElement().setAttribute("role", "group");
		buttons.getElement().setAttribute("aria-label", label);
		values.forEach((value, text) -> {
			Button button = new Button(text, e -> onChoose.accept(value));
			button.getElement().setAttribute("data-group", kind);
			this.choices.put(button, value);
			buttons.add(button);
		});
		Div group = new Div(groupLabel, buttons);
		group.addClassName("setting");
		return group;
	}

	private void showList(Locale locale) {
		this.list.removeAll();
		List<Announcement> current = ordered(this.news.current(NewsService.MAX_CURRENT,
				this.topic == null ? null : this.topic.id(), this.district == null ? null : this.district.id()),
				this.clock.instant());
		for (Announcement announcement : current) {
			this.list.add(card(announcement, locale));
		}
		boolean filtered = this.topic != null || this.district != null;
		this.count.setText(current.isEmpty() ? getTranslation(filtered ? "news.none.filtered" : "news.none")
				: getTranslation("news.count", current.size()));
		this.list.setVisible(!current.isEmpty());
	}

	/** Newest first, but warnings of the last two days before everything else. */
	static List<Announcement> ordered(List<Announcement> announcements, Instant now) {
		List<Announcement> sorted = new ArrayList<>(announcements);
		Instant recent = now.minus(RECENT_WARNING);
		sorted.sort(Comparator.comparing((Announcement a) -> !(a.urgent() && published(a).isAfter(recent)))
			.thenComparing(NewsView::published, Comparator.reverseOrder()));
		return sorted;
	}

	private static Instant published(Announcement a) {
		return Optional.ofNullable(a.publishedAt()).orElse(a.publishAt());
	}

	private ListItem card(Announcement announcement, Locale locale) {
		ListItem card = new ListItem();
		card.addClassName("card");
		card.addClassName("news-card");
		if (announcement.urgent()) {
			card.addClassName("news-urgent");
			Paragraph warning = new Paragraph(new Span(getTranslation("news.warning")));
			warning.addClassName("news-warning");
			card.add(warning);
		}
		RouterLink link = new RouterLink(announcement.title(locale), AnnouncementView.class,
				new RouteParameters("id", String.valueOf(announcement.id())));
		H2 title = new H2(link);
		title.addClassName("card-title");
		boolean german = announcement.isGerman(locale) && "en".equals(locale.getLanguage());
		if (german) {
			title.getElement().setAttribute("lang", "de");
		}
		card.add(title);
		Paragraph facts = new Paragraph(getTranslation("news.card.facts",
				CityTime.longDay(published(announcement), locale), NewsTexts.topics(announcement.topics(), locale),
				NewsTexts.districts(announcement.districts(), locale)));
		facts.addClassName("news-card-facts");
		card.add(facts);
		Paragraph summary = new Paragraph(SimpleText.summary(announcement.body(locale), 220));
		if (german) {
			summary.getElement().setAttribute("lang", "de");
		}
		card.add(summary);
		return card;
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "news.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("news.title"));
		this.lead.setText(getTranslation("news.lead"));
		this.subscribe.setText(getTranslation("notifications.centre.set-up.link"));
		this.filterHeading.setText(getTranslation("news.filter.heading"));
		this.listHeading.setText(getTranslation("news.list.heading"));
		show();
		Titles.update(this);
	}

}
