package de.norderstedt.go.courses.ui;

import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.courses.Course;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseService;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import org.jspecify.annotations.Nullable;

/** One course: what it is about, where, who runs it, and all its dates to book. */
@Route("kurse/:courseId([0-9]{1,18})")
@AnonymousAllowed
public class CourseView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final CourseService courses;

	private @Nullable Course course;

	CourseView(CourseService courses) {
		this.courses = courses;
		addClassName("page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long id = Long.parseLong(event.getRouteParameters().get("courseId").orElseThrow());
		this.course = this.courses.course(id).orElse(null);
		if (this.course == null) {
			event.rerouteToError(NotFoundException.class);
		}
	}

	private void render(Locale locale) {
		removeAll();
		Course c = this.course;
		if (c == null) {
			return;
		}
		add(new H1(c.title()));
		Paragraph description = new Paragraph(c.description());
		description.addClassName("lead");
		add(description);
		Div facts = new Div();
		facts.addClassName("facts");
		facts.add(fact("courses.course.level", CourseTexts.level(c.level(), locale)));
		facts.add(fact("courses.course.topic", CourseTexts.topic(c.topic(), locale)));
		facts.add(fact("courses.course.price", CourseTexts.price(c.priceCents(), locale)));
		if (c.bring() != null) {
			facts.add(fact("courses.course.bring", c.bring()));
		}
		facts.add(fact("courses.course.place", c.place().name() + ", " + c.place().address()));
		facts.add(fact("courses.course.access", CourseTexts.access(c.place(), locale)));
		if (!c.trainers().isEmpty()) {
			facts.add(fact("courses.course.trainers",
					String.join(", ", c.trainers().stream().map(Course.Trainer::name).toList())));
		}
		add(facts);
		add(new H2(getTranslation("courses.course.dates")));
		UnorderedList dates = new UnorderedList();
		dates.addClassName("course-list");
		java.time.Instant now = java.time.Instant.now();
		for (CourseDate date : c.dates()) {
			if (!date.startsAt().isAfter(now)) {
				continue;
			}
			ListItem item = new ListItem();
			item.addClassName("course-item");
			Paragraph when = new Paragraph(CourseTexts.when(date, locale));
			when.addClassName("course-when");
			item.add(when, new Paragraph(BookingView.freePlaces(date, locale)));
			if (!date.isCancelled()) {
				item.add(BookingView.linkTo(date, locale));
			}
			else if (date.cancelReason() != null) {
				item.add(new Paragraph(getTranslation("courses.course.cancel-reason", date.cancelReason())));
			}
			dates.add(item);
		}
		if (dates.getChildren().findAny().isEmpty()) {
			add(new Paragraph(getTranslation("courses.course.no-dates")));
		}
		else {
			add(dates);
		}
		RouterLink back = new RouterLink(getTranslation("courses.course.all"), CoursesView.class);
		back.addClassName("action-link");
		add(new Paragraph(back));
	}

	private Paragraph fact(String labelKey, String value) {
		Span label = new Span(getTranslation(labelKey) + ": ");
		label.addClassName("fact-label");
		return new Paragraph(label, new Span(value));
	}

	@Override
	public String getPageTitle() {
		return this.course == null ? Titles.of(this, "courses.list.title") : this.course.title() + " – Norderstedt GO!";
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render(event.getLocale());
		Titles.update(this);
	}

}
