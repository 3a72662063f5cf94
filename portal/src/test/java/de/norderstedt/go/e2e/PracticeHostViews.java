package de.norderstedt.go.e2e;

import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.ui.BookingPractice;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Test-only pages that host {@link BookingPractice} as the tutorial player will: in the
 * kiosk layout and in the portal layout, with what the guide was told shown on the page.
 */
final class PracticeHostViews {

	private PracticeHostViews() {
	}

	abstract static class Host extends Div implements BeforeEnterObserver {

		private final CourseService courses;

		Host(CourseService courses) {
			this.courses = courses;
		}

		@Override
		public void beforeEnter(BeforeEnterEvent event) {
			Long place = event.getLocation()
				.getQueryParameters()
				.getSingleParameter("ort")
				.map(Long::valueOf)
				.orElse(null);
			UnorderedList spoken = new UnorderedList();
			spoken.setId("practice-spoken");
			Paragraph finished = new Paragraph();
			finished.setId("practice-finished");
			BookingPractice practice = new BookingPractice(this.courses, place, new BookingPractice.Guide() {

				@Override
				public void say(String text) {
					spoken.add(new ListItem(text));
				}

				@Override
				public void finished() {
					finished.setText(finished.getText() + "finished;");
				}

			});
			removeAll();
			add(new H1("Übung: Einen Kurs buchen"), practice, spoken, finished);
		}

	}

	@Route("kiosk/test-uebung")
	@AnonymousAllowed
	static class Kiosk extends Host {

		Kiosk(CourseService courses) {
			super(courses);
		}

	}

	@Route("test-uebung")
	@AnonymousAllowed
	static class Portal extends Host {

		Portal(CourseService courses) {
			super(courses);
		}

	}

}
