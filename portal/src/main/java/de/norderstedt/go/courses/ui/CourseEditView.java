package de.norderstedt.go.courses.ui;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.courses.Course;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.NewCourse;
import de.norderstedt.go.courses.PlaceService;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.EntryControls;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

/**
 * A trainer changes a course: its details and trainers, moves or cancels a date, adds
 * dates.
 */
@Route("trainer/kurs/:courseId([0-9]{1,18})")
@RolesAllowed({ "TRAINER", "ADMIN" })
@AccessDeniedErrorRouter
class CourseEditView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	static final String COURSE_ID = "courseId";

	private final CourseService courses;

	private final AccountService accounts;

	private final H1 heading = new H1();

	private final Paragraph courseTitle = new Paragraph();

	private final H2 aboutHeading = new H2();

	private final CourseForm form;

	private final CheckboxGroup<Account> trainers = new CheckboxGroup<>();

	private final LiveRegion detailsAlert = LiveRegion.alert();

	private final FormRefusals detailsRefusals = new FormRefusals(this.detailsAlert);

	private final LiveRegion detailsStatus = LiveRegion.status();

	private final Button save = new Button();

	private final H2 datesHeading = new H2();

	private final LiveRegion datesStatus = LiveRegion.status();

	private final UnorderedList dateList = new UnorderedList();

	private final H2 addHeading = new H2();

	private final DatesForm newDates = new DatesForm();

	private final LiveRegion addAlert = LiveRegion.alert();

	private final FormRefusals addRefusals = new FormRefusals(this.addAlert);

	private final Button add = new Button();

	private final RouterLink back = new RouterLink();

	private @Nullable Course course;

	CourseEditView(CourseService courses, PlaceService places, AccountService accounts) {
		this.courses = courses;
		this.accounts = accounts;
		addClassName("page");
		addClassName("trainer-page");
		this.form = new CourseForm(places.places());
		this.form.register(this.detailsRefusals);
		this.detailsRefusals.field("trainers", this.trainers);
		this.newDates.register(this.addRefusals);
		this.courseTitle.addClassName("lead");
		this.trainers.setItems(accounts.trainers());
		this.trainers.setItemLabelGenerator(Account::displayName);
		this.save.addThemeName("primary");
		this.save.addClickListener(e -> save());
		this.form.add(this.trainers, this.detailsAlert, this.save, this.detailsStatus);
		this.dateList.addClassName("account-list");
		this.add.addThemeName("primary");
		this.add.addClickListener(e -> addDates());
		Div addForm = new Div(this.newDates, this.addAlert, this.add);
		addForm.addClassName("form");
		this.back.setRoute(TrainerView.class);
		this.back.addClassName("action-link");
		add(this.back, this.heading, this.courseTitle, new Section(this.aboutHeading, this.form),
				new Section(this.datesHeading, this.datesStatus, this.dateList), new Section(this.addHeading, addForm));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long id = event.getRouteParameters().getLong(COURSE_ID).orElse(-1L);
		this.course = this.courses.course(id).orElse(null);
		if (this.course == null) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		if (!this.courses.canManage(id)) {
			event.rerouteToError(AccessDeniedException.class);
			return;
		}
		this.form.show(this.course);
		Set<Long> ids = this.course.trainers().stream().map(Course.Trainer::accountId).collect(Collectors.toSet());
		this.trainers.setValue(this.trainers.getListDataView()
			.getItems()
			.filter(a -> ids.contains(a.id()))
			.collect(Collectors.toSet()));
	}

	private Course course() {
		if (this.course == null) {
			throw new IllegalStateException("no course");
		}
		return this.course;
	}

	private void save() {
		this.detailsStatus.clear();
		boolean saved = this.detailsRefusals.attempt(() -> {
			Set<Long> chosen = this.trainers.getValue().stream().map(Account::id).collect(Collectors.toSet());
			if (chosen.isEmpty()) {
				throw Refusal.at("trainers", "courses.error.trainers");
			}
			this.courses.updateCourse(course().id(), this.form.details(), chosen);
		});
		if (saved) {
			reload();
			this.courseTitle.setText(course().title());
			this.detailsStatus.show(getTranslation("trainer.edit.saved"));
		}
	}

	private void addDates() {
		this.addRefusals.attempt(() -> {
			List<NewCourse.Slot> slots = this.newDates.slots();
			this.courses.addDates(course().id(), slots);
			reload();
			showDates();
			this.datesStatus.show(getTranslation("trainer.edit.dates-added", slots.size()));
		});
	}

	private void reload() {
		this.course = this.courses.course(course().id()).orElseThrow();
	}

	private void showDates() {
		this.dateList.removeAll();
		Instant now = Instant.now();
		for (CourseDate date : course().dates()) {
			String when = CourseTexts.when(date, getLocale());
			ListItem item = new ListItem(new H3(when));
			item.addClassName("card");
			item.addClassName("date-card");
			if (date.isCancelled()) {
				item.addClassName("cancelled");
				item.add(new Paragraph(date.cancelReason() == null ? getTranslation("trainer.date.cancelled")
						: getTranslation("trainer.date.cancelled.reason", date.cancelReason())));
			}
			else {
				item.add(new Paragraph(TrainerTexts.counts(date, this)));
			}
			RouterLink participants = EntryControls.link(getTranslation("trainer.date.participants"),
					getTranslation("trainer.date.participants.label", when), CourseDateView.class,
					new RouteParameters(CourseDateView.DATE_ID, String.valueOf(date.id())));
			Div actions = new Div(participants);
			actions.addClassName("actions");
			if (!date.isCancelled() && date.startsAt().isAfter(now)) {
				Button move = EntryControls.button(getTranslation("trainer.date.move"),
						getTranslation("trainer.date.move.label", when),
						e -> new MoveDateDialog(date, this.courses, () -> {
							reload();
							showDates();
							this.datesStatus.show(getTranslation("trainer.date.moved",
									CourseTexts.when(this.courses.date(date.id()).orElseThrow(), getLocale())));
						}).open());
				Button cancel = EntryControls.button(getTranslation("trainer.date.cancel"),
						getTranslation("trainer.date.cancel.label", when),
						e -> new CancelDateDialog(date, this.courses, () -> {
							reload();
							showDates();
							this.datesStatus.show(getTranslation("trainer.date.cancelled.done", when));
						}).open());
				actions.add(move, cancel);
			}
			item.add(actions);
			this.dateList.add(item);
		}
		if (course().dates().isEmpty()) {
			this.dateList.add(new ListItem(getTranslation("trainer.edit.no-dates")));
		}
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "trainer.edit.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("trainer.edit.title"));
		this.courseTitle.setText(this.course == null ? "" : this.course.title());
		this.back.setText(getTranslation("trainer.back"));
		this.aboutHeading.setText(getTranslation("trainer.course.about"));
		this.form.texts(getLocale());
		this.trainers.setLabel(getTranslation("trainer.course.trainers"));
		this.trainers.setHelperText(getTranslation("trainer.course.trainers.help"));
		this.save.setText(getTranslation("trainer.edit.save"));
		this.datesHeading.setText(getTranslation("trainer.dates.title"));
		this.addHeading.setText(getTranslation("trainer.edit.add-dates"));
		this.newDates.texts(getLocale());
		this.add.setText(getTranslation("trainer.edit.add-dates.submit"));
		this.detailsRefusals.clear();
		this.addRefusals.clear();
		if (this.course != null) {
			showDates();
		}
		Titles.update(this);
	}

}
