package de.norderstedt.go.courses.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.courses.Course;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.EntryControls;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
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
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

/**
 * The trainer portal: the courses a trainer runs (admins: all courses) with their coming
 * dates and how full they are.
 */
@Route("trainer")
@RolesAllowed({ "TRAINER", "ADMIN" })
@AccessDeniedErrorRouter
public class TrainerView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	/** Query parameter with the id of a course just created. */
	static final String CREATED = "angelegt";

	private final CourseService courses;

	private final AccountService accounts;

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	private final LiveRegion status = LiveRegion.status();

	private final Button create = new Button();

	private final UnorderedList list = new UnorderedList();

	/** The title of the course just created, if this person may manage it. */
	private String created = "";

	TrainerView(CourseService courses, AccountService accounts) {
		this.courses = courses;
		this.accounts = accounts;
		addClassName("page");
		addClassName("trainer-page");
		this.intro.addClassName("lead");
		this.create.addThemeName("primary");
		this.create.addClickListener(e -> UI.getCurrent().navigate(NewCourseView.class));
		this.list.addClassName("account-list");
		Div actions = new Div(this.create);
		actions.addClassName("actions");
		add(this.heading, this.intro, this.status, actions, this.list);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.created = event.getLocation()
			.getQueryParameters()
			.getSingleParameter(CREATED)
			.filter(id -> id.matches("[0-9]{1,18}"))
			.map(Long::parseLong)
			.filter(this.courses::canManage)
			.flatMap(this.courses::course)
			.map(Course::title)
			.orElse("");
	}

	private void showCourses() {
		this.list.removeAll();
		Locale locale = getLocale();
		List<Course> mine = this.courses.myCourses();
		// dates of today stay in the list, for check-in and attendance after they began
		Instant today = CityTime.startOf(CityTime.date(Instant.now()));
		for (Course course : mine) {
			ListItem item = new ListItem();
			item.addClassName("card");
			item.addClassName("course-card");
			H2 title = new H2(course.title());
			Paragraph facts = new Paragraph(getTranslation("trainer.course.facts",
					CourseTexts.topic(course.topic(), locale), CourseTexts.level(course.level(), locale),
					course.place().name(), CourseTexts.price(course.priceCents(), locale)));
			RouterLink edit = EntryControls.link(getTranslation("trainer.course.edit"),
					getTranslation("trainer.course.edit.label", course.title()), CourseEditView.class,
					new RouteParameters(CourseEditView.COURSE_ID, String.valueOf(course.id())));
			item.add(title, facts, edit);
			List<CourseDate> coming = course.dates().stream().filter(d -> d.endsAt().isAfter(today)).toList();
			if (coming.isEmpty()) {
				item.add(new Paragraph(getTranslation("trainer.course.no-coming-dates")));
			}
			else {
				UnorderedList dates = new UnorderedList();
				dates.addClassName("date-list");
				for (CourseDate date : coming) {
					dates.add(dateItem(date, locale));
				}
				item.add(dates);
			}
			this.list.add(item);
		}
		this.list.setVisible(!mine.isEmpty());
		boolean admin = this.accounts.currentAccount().map(a -> a.hasRole(Role.ADMIN)).orElse(false);
		String intro = getTranslation(admin ? "trainer.intro.admin" : "trainer.intro");
		this.intro.setText(mine.isEmpty() ? intro + " " + getTranslation("trainer.none") : intro);
	}

	private ListItem dateItem(CourseDate date, Locale locale) {
		String when = CourseTexts.when(date, locale);
		ListItem item = new ListItem();
		item.addClassName("date-item");
		Paragraph whenText = new Paragraph(new Span(when));
		whenText.addClassName("date-when");
		item.add(whenText);
		if (date.isCancelled()) {
			item.addClassName("cancelled");
			Paragraph cancelled = new Paragraph(getTranslation("trainer.date.cancelled"));
			cancelled.addClassName("warning");
			item.add(cancelled);
		}
		else {
			item.add(new Paragraph(TrainerTexts.counts(date, this)));
		}
		RouterLink participants = EntryControls.link(getTranslation("trainer.date.participants"),
				getTranslation("trainer.date.participants.label", when), CourseDateView.class,
				new RouteParameters(CourseDateView.DATE_ID, String.valueOf(date.id())));
		item.add(participants);
		return item;
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "trainer.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("trainer.title"));
		this.create.setText(getTranslation("trainer.create"));
		this.status.show(this.created.isEmpty() ? "" : getTranslation("trainer.created", this.created));
		showCourses();
		Titles.update(this);
	}

}
