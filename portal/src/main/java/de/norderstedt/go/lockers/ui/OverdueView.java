package de.norderstedt.go.lockers.ui;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.lockers.LockerAdminService;
import de.norderstedt.go.lockers.OverdueLoan;
import de.norderstedt.go.lockers.Reservation;
import de.norderstedt.go.web.CityTime;
import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * Items picked up and not back after their slot, across the stations the person manages,
 * oldest first, with who borrowed each and how to reach them.
 */
@Route("schliessfaecher/ueberfaellig")
@RolesAllowed({ "LOCKER_STAFF", "ADMIN" })
@AccessDeniedErrorRouter
class OverdueView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final LockerAdminService admin;

	OverdueView(LockerAdminService admin) {
		this.admin = admin;
		addClassName("page");
	}

	private void render(Locale locale) {
		removeAll();
		add(new H1(getTranslation("lockers.overdue.title")));
		List<OverdueLoan> overdue = this.admin.overdue();
		if (overdue.isEmpty()) {
			add(new Paragraph(getTranslation("lockers.overdue.none")));
		}
		else {
			UnorderedList list = new UnorderedList();
			list.addClassName("account-list");
			Instant now = Instant.now();
			for (OverdueLoan loan : overdue) {
				Reservation r = loan.reservation();
				ListItem item = new ListItem(new H2(
						getTranslation("lockers.overdue.item", LockerTexts.type(r.type(), locale), r.itemName())));
				item.addClassName("card");
				item.add(
						new Paragraph(getTranslation("lockers.overdue.where", r.stationName(), r.compartmentNumber())));
				item.add(new Paragraph(getTranslation("lockers.overdue.until", CityTime.day(r.end(), locale),
						CityTime.time(r.end(), locale))));
				item.add(new Paragraph(getTranslation("lockers.overdue.late",
						LockerTexts.duration(Duration.between(r.end(), now), locale))));
				item.add(new Paragraph(getTranslation("lockers.overdue.borrower", loan.borrower())));
				item.add(contact(loan.email()));
				list.add(item);
			}
			add(list);
		}
		RouterLink back = new RouterLink(getTranslation("lockers.admin.title"), LockerAdminView.class);
		back.addClassName("action-link");
		add(new Paragraph(back));
	}

	/** The borrower's e-mail address as a link to write to, or that there is none. */
	private Paragraph contact(@Nullable String email) {
		Span label = new Span(getTranslation("lockers.overdue.contact") + ": ");
		if (email == null) {
			return new Paragraph(label, new Span(getTranslation("lockers.overdue.no-contact")));
		}
		Anchor write = new Anchor("mailto:" + UriUtils.encodePath(email, StandardCharsets.UTF_8), email);
		return new Paragraph(label, write);
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "lockers.overdue.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render(event.getLocale());
		Titles.update(this);
	}

}
