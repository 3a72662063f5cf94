package de.norderstedt.go.tutorials.ui;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.content.Text;
import de.norderstedt.go.content.Tutorial;
import de.norderstedt.go.tutorials.CourseProgress;
import de.norderstedt.go.tutorials.LearnerProgress;
import de.norderstedt.go.tutorials.LearningService;
import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * For trainers: which tutorials the participants of their courses with a date today have
 * finished or started, course by course; only those who agreed for that date, and how
 * many others there are and why they are missing, without names. Admins see the courses
 * they are trainers of, as trainers do.
 */
@Route("trainer/lernen")
@RolesAllowed({ "TRAINER", "ADMIN" })
public class TrainerLearningView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final LearningService learning;

	private final H1 heading = new H1();

	private final Paragraph intro = new Paragraph();

	private final Div courses = new Div();

	TrainerLearningView(LearningService learning) {
		this.learning = learning;
		addClassName("page");
		this.intro.addClassName("lead");
		add(this.heading, this.intro, this.courses);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Locale locale = getLocale();
		this.heading.setText(getTranslation("tutorials.trainer.heading"));
		this.intro.setText(getTranslation("tutorials.trainer.intro"));
		this.courses.removeAll();
		Map<String, String> titles = this.learning.tutorials()
			.stream()
			.collect(Collectors.toMap(Tutorial::slug, t -> Text.in(t.title(), locale)));
		List<CourseProgress> today = this.learning.learnersOfMyCourses();
		if (today.isEmpty()) {
			this.courses.add(new Paragraph(getTranslation("tutorials.trainer.empty")));
		}
		Function<List<String>, String> names = slugs -> slugs.isEmpty() ? getTranslation("tutorials.trainer.none")
				: slugs.stream().map(titles::get).collect(Collectors.joining(", "));
		// by course, not by title: two courses may share a title
		int number = 0;
		for (CourseProgress course : today) {
			number++;
			H2 title = new H2(course.courseTitle());
			title.setId("learning-course-" + number);
			Section section = new Section(title);
			section.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
			this.courses.add(section);
			// who is missing and why, without names
			if (course.notAgreed() > 0) {
				section.add(new Paragraph(getTranslation("tutorials.trainer.not-agreed", course.notAgreed())));
			}
			if (course.withoutAccount() > 0) {
				section
					.add(new Paragraph(getTranslation("tutorials.trainer.without-account", course.withoutAccount())));
			}
			if (course.learners().isEmpty()) {
				section.add(new Paragraph(getTranslation("tutorials.trainer.nobody")));
				continue;
			}
			NativeTable table = new NativeTable();
			table.addClassName("data-table");
			table.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
			table.getHead()
				.addRow()
				.add(header("tutorials.trainer.name"), header("tutorials.trainer.finished"),
						header("tutorials.trainer.started"));
			NativeTableBody body = table.addBody();
			for (LearnerProgress learner : course.learners()) {
				body.addRow()
					.add(new NativeTableCell(learner.name()), new NativeTableCell(names.apply(learner.finished())),
							new NativeTableCell(names.apply(learner.started())));
			}
			Div wrapper = new Div(table);
			wrapper.addClassName("table-scroll");
			section.add(wrapper);
		}
		Titles.update(this);
	}

	private NativeTableHeaderCell header(String key) {
		NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
		cell.getElement().setAttribute("scope", "col");
		return cell;
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "tutorials.trainer.heading");
	}

}
