package de.norderstedt.go.lockers.ui;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.lockers.BorrowerNotice;
import de.norderstedt.go.lockers.LockerAdminService;
import de.norderstedt.go.lockers.OverdueLoan;
import de.norderstedt.go.lockers.Reservation;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
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
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import org.jspecify.annotations.Nullable;
import org.springframework.web.util.UriUtils;

/**
 * Items picked up and not back after their slot, across the stations the person manages,
 * oldest first, with who borrowed each, how to reach them, how they were told (the
 * overdue notice and the staff's reminders, from the notification centre's records), and
 * a button that sends another reminder.
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
				item.add(told(loan, locale));
				item.add(remind(loan));
				list.add(item);
			}
			add(list);
		}
		RouterLink back = new RouterLink(getTranslation("lockers.admin.title"), LockerAdminView.class);
		back.addClassName("action-link");
		add(new Paragraph(back));
	}

	/** How the borrower was told: each message, and each way it went. */
	private Section told(OverdueLoan loan, Locale locale) {
		H3 heading = new H3(getTranslation("lockers.overdue.told"));
		Section told = new Section(heading);
		told.addClassName("overdue-told");
		if (loan.notices().isEmpty()) {
			told.add(new Paragraph(getTranslation("lockers.overdue.told-none")));
			return told;
		}
		UnorderedList notices = new UnorderedList();
		for (BorrowerNotice notice : loan.notices()) {
			ListItem entry = new ListItem(new Span(
					getTranslation(notice.byStaff() ? "lockers.overdue.notice-by-staff" : "lockers.overdue.notice",
							CityTime.day(notice.at(), locale), CityTime.time(notice.at(), locale))));
			if (notice.ways().isEmpty()) {
				entry.add(new Paragraph(getTranslation("lockers.overdue.notice-no-way")));
			}
			else {
				UnorderedList ways = new UnorderedList();
				notice.ways().forEach(way -> ways.add(new ListItem(way(way, locale))));
				entry.add(ways);
			}
			notices.add(entry);
		}
		told.add(notices);
		return told;
	}

	private String way(BorrowerNotice.Way way, Locale locale) {
		String channel = getTranslation(switch (way.channel()) {
			case IN_APP -> "lockers.overdue.way.in-app";
			case PUSH -> "lockers.overdue.way.push";
			case EMAIL -> "lockers.overdue.way.email";
		});
		Instant at = way.at();
		if (way.outcome() == BorrowerNotice.Outcome.NOT_SENT || at == null) {
			return getTranslation("lockers.overdue.outcome.not-sent", channel);
		}
		return getTranslation(switch (way.outcome()) {
			case SENT -> "lockers.overdue.outcome.sent";
			case READ -> "lockers.overdue.outcome.read";
			case WAITING, NOT_SENT -> "lockers.overdue.outcome.waiting";
		}, channel, CityTime.day(at, locale), CityTime.time(at, locale));
	}

	/**
	 * The button that sends the borrower a reminder through the notification centre, and
	 * right by it what came of it: sent, or why not (too soon after the last one).
	 */
	private Div remind(OverdueLoan loan) {
		Reservation r = loan.reservation();
		LiveRegion sent = LiveRegion.status();
		LiveRegion refused = LiveRegion.alert();
		FormRefusals refusals = new FormRefusals(refused);
		Paragraph help = new Paragraph(getTranslation("lockers.overdue.remind-help"));
		Button remind = new Button(getTranslation("lockers.overdue.remind"));
		// several items are listed: the name says whose and which
		remind.setAriaLabel(getTranslation("lockers.overdue.remind-label", loan.borrower(), r.itemName()));
		remind.addClickListener(e -> {
			sent.clear();
			refusals.attempt(() -> {
				this.admin.remindBorrower(r.id());
				sent.show(getTranslation("lockers.overdue.reminded"));
			});
		});
		Div actions = new Div(help, remind, sent, refused);
		actions.addClassName("overdue-remind");
		return actions;
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
