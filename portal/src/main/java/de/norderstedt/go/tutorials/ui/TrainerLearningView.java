package de.norderstedt.go.tutorials.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.content.Text;
import de.norderstedt.go.content.Tutorial;
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
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * For trainers: which tutorials the participants of their courses (those with an account)
 * have finished or started, course by course. Admins see all courses.
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
		List<LearnerProgress> learners = this.learning.learnersOfMyCourses();
		if (learners.isEmpty()) {
			this.courses.add(new Paragraph(getTranslation("tutorials.trainer.empty")));
		}
		// by course, not by title: two courses may share a title
		Map<Long, List<LearnerProgress>> byCourse = learners.stream()
			.collect(Collectors.groupingBy(LearnerProgress::courseId, LinkedHashMap::new, Collectors.toList()));
		int number = 0;
		for (List<LearnerProgress> course : byCourse.values()) {
			number++;
			H2 title = new H2(course.getFirst().courseTitle());
			title.setId("learning-course-" + number);
			NativeTable table = new NativeTable();
			table.addClassName("data-table");
			table.getElement().setAttribute("aria-labelledby", title.getId().orElseThrow());
			table.getHead()
				.addRow()
				.add(header("tutorials.trainer.name"), header("tutorials.trainer.finished"),
						header("tutorials.trainer.started"));
			NativeTableBody body = table.addBody();
			for (LearnerProgress learner : course) {
				Function<List<String>, String> names = slugs -> slugs.isEmpty()
						? getTranslation("tutorials.trainer.none")
						: slugs.stream().map(titles::get).collect(Collectors.joining(", "));
				body.addRow()
					.add(new NativeTableCell(learner.name()), new NativeTableCell(names.apply(learner.finished())),
							new NativeTableCell(names.apply(learner.started())));
			}
			Div wrapper = new Div(table);
			wrapper.addClassName("table-scroll");
			this.courses.add(title, wrapper);
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
