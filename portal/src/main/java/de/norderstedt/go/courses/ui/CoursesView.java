package de.norderstedt.go.courses.ui;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseFilter;
import de.norderstedt.go.courses.CourseLevel;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.CourseTopic;
import de.norderstedt.go.courses.Place;
import de.norderstedt.go.courses.PlaceService;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Texts;
import de.norderstedt.go.web.ui.DayTimeFields;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Upcoming course dates for residents, with filters, and the free places of each date
 * said in words and numbers.
 */
@Route("kurse")
@AnonymousAllowed
public class CoursesView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final CourseService courses;

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	private final H2 filterHeading = new H2();

	private final Select<Optional<CourseTopic>> topic = new Select<>();

	private final Select<Optional<Place>> place = new Select<>();

	private final DatePicker day = new DatePicker();

	private final Select<Optional<CourseLevel>> level = new Select<>();

	private final Checkbox onlyFree = new Checkbox();

	private final LiveRegion count = LiveRegion.status();

	private final UnorderedList results = new UnorderedList();

	private final RouterLink findBooking = new RouterLink();

	CoursesView(CourseService courses, PlaceService places) {
		this.courses = courses;
		addClassName("page");
		this.intro.addClassName("lead");
		Div filters = new Div(this.topic, this.place, this.day, this.level, this.onlyFree);
		filters.addClassName("filters");
		Section filterSection = new Section(this.filterHeading, filters);
		filterSection.getElement().setAttribute("aria-labelledby", "course-filters");
		this.filterHeading.setId("course-filters");
		this.count.setId("course-count");
		this.results.addClassName("course-list");
		this.findBooking.setRoute(FindBookingView.class);
		this.findBooking.addClassName("action-link");
		add(this.heading, this.intro, filterSection, this.count, this.results, new Paragraph(this.findBooking));

		List<Optional<CourseTopic>> topics = new ArrayList<>();
		topics.add(Optional.empty());
		for (CourseTopic t : CourseTopic.values()) {
			topics.add(Optional.of(t));
		}
		this.topic.setItems(topics);
		this.topic.setValue(Optional.empty());
		List<Optional<Place>> choices = new ArrayList<>();
		choices.add(Optional.empty());
		places.places().forEach(p -> choices.add(Optional.of(p)));
		this.place.setItems(choices);
		this.place.setValue(Optional.empty());
		List<Optional<CourseLevel>> levels = new ArrayList<>();
		levels.add(Optional.empty());
		for (CourseLevel l : CourseLevel.values()) {
			levels.add(Optional.of(l));
		}
		this.level.setItems(levels);
		this.level.setValue(Optional.empty());
		this.day.setMin(CityTime.date(Instant.now()));
		this.day.setClearButtonVisible(true);
		this.topic.addValueChangeListener(e -> showResults());
		this.place.addValueChangeListener(e -> showResults());
		this.day.addValueChangeListener(e -> showResults());
		this.level.addValueChangeListener(e -> showResults());
		this.onlyFree.addValueChangeListener(e -> showResults());
	}

	private void showResults() {
		Locale locale = getLocale();
		List<CourseDate> dates = this.courses.upcoming(
				new CourseFilter(this.topic.getValue().orElse(null), this.place.getValue().map(Place::id).orElse(null),
						this.day.getValue(), this.level.getValue().orElse(null), this.onlyFree.getValue()));
		this.count.show(getTranslation("courses.list.count", dates.size()));
		this.results.removeAll();
		for (CourseDate date : dates) {
			this.results.add(item(date, locale));
		}
	}

	private ListItem item(CourseDate date, Locale locale) {
		H2 title = new H2();
		RouterLink course = new RouterLink(date.title(), CourseView.class,
				new RouteParameters("courseId", Long.toString(date.courseId())));
		title.add(course);
		Paragraph when = new Paragraph(CourseTexts.when(date, locale));
		when.addClassName("course-when");
		Paragraph where = new Paragraph(date.placeName());
		Paragraph facts = new Paragraph(CourseTexts.level(date.level(), locale) + " · "
				+ CourseTexts.topic(date.topic(), locale) + " · " + CourseTexts.price(date.priceCents(), locale));
		Paragraph places = new Paragraph(BookingView.freePlaces(date, locale));
		RouterLink book = BookingView.linkTo(date, locale);
		ListItem item = new ListItem(title, when, where, facts, places, book);
		item.addClassName("course-item");
		return item;
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "courses.list.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Locale locale = event.getLocale();
		this.heading.setText(getTranslation("courses.list.title"));
		this.intro.setText(getTranslation("courses.list.intro"));
		this.filterHeading.setText(getTranslation("courses.list.filters"));
		this.topic.setLabel(getTranslation("courses.filter.topic"));
		this.topic.setItemLabelGenerator(
				t -> t.map(v -> CourseTexts.topic(v, locale)).orElse(getTranslation("courses.filter.any-topic")));
		this.place.setLabel(getTranslation("courses.filter.place"));
		this.place.setItemLabelGenerator(p -> p.map(Place::name).orElse(getTranslation("courses.filter.any-place")));
		this.day.setLabel(getTranslation("courses.filter.day"));
		this.day.setHelperText(getTranslation("courses.filter.day-help"));
		Locale language = Texts.supported(locale);
		this.day.setI18n(DayTimeFields.calendar(language)
			.setToday(Texts.get("courses.picker.today", language))
			.setCancel(Texts.get("courses.picker.cancel", language))
			.setDateFormat("de".equals(language.getLanguage()) ? "dd.MM.yyyy" : "yyyy-MM-dd"));
		this.level.setLabel(getTranslation("courses.filter.level"));
		this.level.setItemLabelGenerator(
				l -> l.map(v -> CourseTexts.level(v, locale)).orElse(getTranslation("courses.filter.any-level")));
		this.onlyFree.setLabel(getTranslation("courses.filter.only-free"));
		this.findBooking.setText(getTranslation("courses.list.find-booking"));
		showResults();
		Titles.update(this);
	}

}
