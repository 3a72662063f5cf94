package de.norderstedt.go.courses.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.courses.BookingNotice;
import de.norderstedt.go.courses.BookingStatus;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.Ticket;
import jakarta.annotation.security.PermitAll;

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
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * The bookings a signed-in person made, for themselves or for others, and what happened
 * to them (confirmed, moved up from the waiting list, reminders, changed dates, messages
 * from the trainer).
 */
@Route("meine-buchungen")
@PermitAll
public class MyBookingsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final CourseService courses;

	MyBookingsView(CourseService courses) {
		this.courses = courses;
		addClassName("page");
	}

	private void render(Locale locale) {
		removeAll();
		add(new H1(getTranslation("courses.mine.title")));
		List<BookingNotice> notices = this.courses.myNotices();
		Section news = new Section(new H2(getTranslation("courses.mine.notices")));
		news.addClassName("notices");
		if (notices.isEmpty()) {
			news.add(new Paragraph(getTranslation("courses.mine.no-notices")));
		}
		else {
			UnorderedList list = new UnorderedList();
			list.addClassName("notice-list");
			for (BookingNotice notice : notices) {
				ListItem item = new ListItem();
				item.addClassName(notice.read() ? "notice" : "notice-unread");
				if (!notice.read()) {
					Span unread = new Span(getTranslation("courses.mine.new") + " ");
					unread.addClassName("notice-badge");
					item.add(unread);
				}
				item.add(new Span(noticeText(notice, locale)));
				list.add(item);
			}
			news.add(list);
		}
		add(news);

		List<Ticket> tickets = this.courses.myBookings();
		Instant now = Instant.now();
		List<Ticket> coming = tickets.stream().filter(t -> t.date().endsAt().isAfter(now)).toList();
		List<Ticket> past = tickets.stream().filter(t -> !t.date().endsAt().isAfter(now)).toList().reversed();
		add(bookings("courses.mine.coming", coming, locale));
		if (!past.isEmpty()) {
			add(bookings("courses.mine.past", past, locale));
		}
		RouterLink all = new RouterLink(getTranslation("courses.course.all"), CoursesView.class);
		all.addClassName("action-link");
		add(new Paragraph(all));
		this.courses.markMyNoticesRead();
	}

	private Section bookings(String headingKey, List<Ticket> tickets, Locale locale) {
		Section section = new Section(new H2(getTranslation(headingKey)));
		if (tickets.isEmpty()) {
			section.add(new Paragraph(getTranslation("courses.mine.none")));
			return section;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("course-list");
		for (Ticket t : tickets) {
			ListItem item = new ListItem();
			item.addClassName("course-item");
			item.add(new H2(t.date().title()));
			Paragraph when = new Paragraph(CourseTexts.when(t.date(), locale));
			when.addClassName("course-when");
			item.add(when, new Paragraph(t.place().name()));
			String status = t.date().isCancelled() ? getTranslation("courses.places.cancelled")
					: CourseTexts.status(t.booking(), locale);
			Span state = new Span(status);
			state.addClassName(t.booking().status() == BookingStatus.CONFIRMED && !t.date().isCancelled()
					? "places-free" : "places-full");
			item.add(new Paragraph(new Span(getTranslation("courses.mine.for", t.booking().name()) + " · "), state));
			RouterLink open = new RouterLink(getTranslation("courses.mine.open"), TicketView.class,
					new RouteParameters("code", t.booking().code()));
			open.getElement()
				.setAttribute("aria-label", getTranslation("courses.mine.open-label", t.date().title(),
						CourseTexts.when(t.date(), locale)));
			open.addClassName("button-link");
			item.add(open);
			list.add(item);
		}
		section.add(list);
		return section;
	}

	private String noticeText(BookingNotice notice, Locale locale) {
		String when = CourseTexts.day(notice.startsAt(), locale) + ", " + CourseTexts.time(notice.startsAt(), locale);
		String key = "courses.notice." + notice.kind().name().toLowerCase(Locale.ROOT).replace('_', '-');
		String detail = notice.detail() == null ? "" : notice.detail();
		if (notice.kind() == BookingNotice.Kind.DATE_MOVED && notice.detail() != null) {
			Instant moved = Instant.parse(notice.detail());
			detail = CourseTexts.day(moved, locale) + ", " + CourseTexts.time(moved, locale);
		}
		return getTranslation(key, notice.courseTitle(), when, detail);
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "courses.mine.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render(event.getLocale());
		Titles.update(this);
	}

}
