package de.norderstedt.go.courses.ui;

import java.util.List;
import java.util.Map;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.courses.CourseDetails;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.NewCourse;
import de.norderstedt.go.courses.PlaceService;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

/** A trainer enters a new course with its dates. */
@Route("trainer/kurs/neu")
@RolesAllowed({ "TRAINER", "ADMIN" })
@AccessDeniedErrorRouter
class NewCourseView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final CourseService courses;

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	private final H2 aboutHeading = new H2();

	private final CourseForm form;

	private final H2 datesHeading = new H2();

	private final DatesForm dates = new DatesForm();

	private final LiveRegion alert = LiveRegion.alert();

	private final FormRefusals refusals = new FormRefusals(this.alert);

	private final Button create = new Button();

	private final Button cancel = new Button();

	NewCourseView(CourseService courses, PlaceService places) {
		this.courses = courses;
		addClassName("page");
		addClassName("trainer-page");
		this.form = new CourseForm(places.places());
		this.form.register(this.refusals);
		this.dates.register(this.refusals);
		this.intro.addClassName("lead");
		this.create.addThemeName("primary");
		this.create.addClickListener(e -> create());
		this.cancel.addClickListener(e -> UI.getCurrent().navigate(TrainerView.class));
		Div actions = new Div(this.create, this.cancel);
		actions.addClassName("actions");
		add(this.heading, this.intro, new Section(this.aboutHeading, this.form),
				new Section(this.datesHeading, this.dates), this.alert, actions);
	}

	private void create() {
		this.refusals.attempt(() -> {
			CourseDetails details = this.form.details();
			this.courses.checkDetails(details);
			List<NewCourse.Slot> slots = this.dates.slots();
			List<Long> dateIds = this.courses
				.createCourse(new NewCourse(details.title(), details.description(), details.topic(), details.level(),
						details.bring(), details.placeId(), details.capacity(), details.priceCents(), slots));
			long courseId = this.courses.courseOfDate(dateIds.get(0)).orElseThrow();
			UI.getCurrent()
				.navigate(TrainerView.class,
						QueryParameters.simple(Map.of(TrainerView.CREATED, String.valueOf(courseId))));
		});
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "trainer.new.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("trainer.new.title"));
		this.intro.setText(getTranslation("trainer.new.intro"));
		this.aboutHeading.setText(getTranslation("trainer.course.about"));
		this.datesHeading.setText(getTranslation("trainer.dates.title"));
		this.form.texts(getLocale());
		this.dates.texts(getLocale());
		this.create.setText(getTranslation("trainer.new.submit"));
		this.cancel.setText(getTranslation("trainer.new.cancel"));
		this.refusals.clear();
		Titles.update(this);
	}

}
