package de.norderstedt.go.courses.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.courses.BookingNews;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.BookingStatus;
import de.norderstedt.go.courses.Ticket;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.EntryControls;
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
 * The bookings a signed-in person made, for themselves or for others, and what they were
 * told about them (confirmed, moved up from the waiting list, reminders, changed dates,
 * messages from the trainer) as the notification centre keeps it.
 */
@Route("meine-buchungen")
@PermitAll
public class MyBookingsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final BookingService bookings;

	private final BookingNews news;

	MyBookingsView(BookingService bookings, BookingNews news) {
		this.bookings = bookings;
		this.news = news;
		addClassName("page");
	}

	private void render(Locale locale) {
		removeAll();
		add(new H1(getTranslation("courses.mine.title")));
		List<BookingNews.Item> messages = this.news.mine(locale);
		Section news = new Section(new H2(getTranslation("courses.mine.notices")));
		news.addClassName("notices");
		if (messages.isEmpty()) {
			news.add(new Paragraph(getTranslation("courses.mine.no-notices")));
		}
		else {
			UnorderedList list = new UnorderedList();
			list.addClassName("notice-list");
			for (BookingNews.Item message : messages) {
				list.add(item(message, locale));
			}
			news.add(list);
		}
		add(news);

		List<Ticket> tickets = this.bookings.myBookings();
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
		// seen here is read, in the notification centre too
		this.news.markRead(messages.stream().filter(BookingNews.Item::unread).map(BookingNews.Item::id).toList());
	}

	private ListItem item(BookingNews.Item message, Locale locale) {
		ListItem item = new ListItem();
		item.addClassName(message.unread() ? "notice-unread" : "notice");
		Paragraph title = new Paragraph();
		title.addClassName("notice-title");
		if (message.unread()) {
			Span unread = new Span(getTranslation("courses.mine.new") + " ");
			unread.addClassName("notice-badge");
			title.add(unread);
		}
		title.add(new Span(message.title()));
		Paragraph when = new Paragraph(CityTime.medium(message.createdAt(), locale));
		when.addClassName("notice-when");
		item.add(title, new Paragraph(message.body()), when);
		return item;
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
			RouterLink open = EntryControls.link(getTranslation("courses.mine.open"),
					getTranslation("courses.mine.open-label", t.date().title(), CourseTexts.when(t.date(), locale)),
					TicketView.class, new RouteParameters("code", t.booking().code()));
			item.add(open);
			list.add(item);
		}
		section.add(list);
		return section;
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
