package de.norderstedt.go.lockers.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.lockers.LockerService;
import de.norderstedt.go.lockers.Reservation;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.EntryControls;
import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
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
 * The signed-in person's locker reservations: what is coming or under way first (late
 * ones said in words), then the past ones.
 */
@Route("meine-reservierungen")
@PermitAll
public class MyReservationsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final LockerService lockers;

	MyReservationsView(LockerService lockers) {
		this.lockers = lockers;
		addClassName("page");
		addClassName("lockers");
	}

	private void render(Locale locale) {
		removeAll();
		add(new H1(getTranslation("lockers.mine.title")));
		List<Reservation> all = this.lockers.myReservations();
		// active ones soonest first; the service lists the newest slot first
		List<Reservation> active = all.stream().filter(Reservation::isActive).toList().reversed();
		List<Reservation> past = all.stream().filter(r -> !r.isActive()).toList();
		add(section("lockers.mine.active", active, locale));
		if (!past.isEmpty()) {
			add(section("lockers.mine.past", past, locale));
		}
		RouterLink reserve = new RouterLink(getTranslation("lockers.mine.reserve"), LockersView.class);
		reserve.addClassName("action-link");
		add(new Paragraph(reserve));
	}

	private Section section(String headingKey, List<Reservation> reservations, Locale locale) {
		Section section = new Section(new H2(getTranslation(headingKey)));
		if (reservations.isEmpty()) {
			section.add(new Paragraph(getTranslation("lockers.mine.none")));
			return section;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("course-list");
		Instant now = Instant.now();
		for (Reservation r : reservations) {
			ListItem item = new ListItem();
			item.addClassName("course-item");
			String what = LockerTexts.type(r.type(), locale) + ": " + r.itemName();
			item.add(new H3(what));
			Paragraph when = new Paragraph(LockerTexts.when(r, locale));
			when.addClassName("course-when");
			item.add(when, new Paragraph(getTranslation("lockers.mine.where", r.stationName(), r.compartmentNumber())));
			boolean overdue = r.isOverdue(now);
			Span state = new Span(overdue ? getTranslation("lockers.status.overdue", CityTime.time(r.end(), locale))
					: LockerTexts.status(r, locale));
			state.addClassName(overdue ? "places-full" : "places-free");
			item.add(new Paragraph(state));
			RouterLink open = EntryControls.link(getTranslation("lockers.mine.open"),
					getTranslation("lockers.mine.open-label", what, LockerTexts.when(r, locale)), ReservationView.class,
					new RouteParameters("id", String.valueOf(r.id())));
			item.add(open);
			list.add(item);
		}
		section.add(list);
		return section;
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "lockers.mine.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render(event.getLocale());
		Titles.update(this);
	}

}
