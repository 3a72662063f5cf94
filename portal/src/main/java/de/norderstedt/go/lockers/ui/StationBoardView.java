package de.norderstedt.go.lockers.ui;

import java.time.Duration;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.lockers.Board;
import de.norderstedt.go.lockers.BoardEntry;
import de.norderstedt.go.lockers.CompartmentState;
import de.norderstedt.go.lockers.LockerAdminService;
import de.norderstedt.go.lockers.Reservation;
import de.norderstedt.go.lockers.Station;
import de.norderstedt.go.lockers.StationChanges;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.PublicUrl;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.EntryControls;
import de.norderstedt.go.web.ui.ScreenUpdates;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;

/**
 * The live board of a station: every compartment with its door, its item, its
 * reservations and whether it is overdue, and the station's device online or not. It is
 * told of every change of the station, on any portal instance, through the signal bus and
 * server push (the browser never asks); what changes only as time passes (a slot begins,
 * a loan becomes overdue, an agent whose instance died counts as offline) is read again
 * every minute on the server. Simulated stations get door buttons.
 */
@Route("schliessfaecher/verwaltung/:id([0-9]{1,18})")
@RolesAllowed({ "LOCKER_STAFF", "ADMIN" })
@AccessDeniedErrorRouter
class StationBoardView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	/** How often the board is read again for what changes only as time passes. */
	static final Duration TIME_PASSES = Duration.ofMinutes(1);

	private final LockerAdminService admin;

	private final StationChanges changes;

	private final PublicUrl publicUrl;

	private final H1 heading = new H1();

	private final Paragraph device = new Paragraph();

	private final UnorderedList entries = new UnorderedList();

	private final Div links = new Div();

	private long stationId;

	private @Nullable Station station;

	private final ScreenUpdates updates = new ScreenUpdates();

	private java.util.List<BoardEntry> shown = java.util.List.of();

	StationBoardView(LockerAdminService admin, StationChanges changes, PublicUrl publicUrl) {
		this.admin = admin;
		this.changes = changes;
		this.publicUrl = publicUrl;
		addClassName("page");
		addClassName("lockers-board");
		this.device.setId("board-device");
		this.entries.addClassName("lockers-board-list");
		this.links.addClassName("actions");
		add(this.heading, this.device, this.entries, this.links);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.stationId = event.getRouteParameters().getLong("id").orElse(0L);
		this.station = this.admin.station(this.stationId).orElse(null);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		this.updates.stop();
		if (this.station != null) {
			long id = this.stationId;
			this.updates.follow(event.getUI(), changed -> this.changes.listen(id, changed), this::refresh);
			this.updates.every(event.getUI(), TIME_PASSES, this::refresh);
		}
	}

	@Override
	protected void onDetach(DetachEvent event) {
		this.updates.stop();
	}

	private void refresh() {
		refresh(false);
	}

	/**
	 * @param redraw whether to draw the compartments even when nothing changed (the
	 * language did); otherwise they stay, so a tap on a door button during a refresh is
	 * not lost
	 */
	private void refresh(boolean redraw) {
		Locale locale = getLocale();
		if (this.station == null) {
			this.entries.removeAll();
			this.heading.setText(getTranslation("lockers.board.unknown"));
			this.device.setText("");
			return;
		}
		Board board = this.admin.board(this.stationId);
		this.heading.setText(getTranslation("lockers.board.title", board.station().name()));
		String seen = board.lastSeen() == null ? getTranslation("lockers.board.never-seen")
				: getTranslation("lockers.board.last-seen", CityTime.day(board.lastSeen(), locale),
						CityTime.time(board.lastSeen(), locale));
		this.device.setText(
				getTranslation(board.deviceOnline() ? "lockers.board.online" : "lockers.board.offline") + " " + seen);
		this.device.setClassName(board.deviceOnline() ? "places-free" : "places-full");
		if (!redraw && board.entries().equals(this.shown)) {
			return;
		}
		this.shown = board.entries();
		this.entries.removeAll();
		for (BoardEntry entry : board.entries()) {
			this.entries.add(entry(board.station(), entry, locale));
		}
	}

	private ListItem entry(Station s, BoardEntry entry, Locale locale) {
		int number = entry.compartment().number();
		ListItem item = new ListItem(new H2(getTranslation("lockers.board.compartment", number)));
		item.addClassName("card");
		if (entry.overdue()) {
			item.addClassName("lockers-overdue");
		}
		item.add(new Paragraph(getTranslation("lockers.board.place", entry.compartment().heightCm(),
				LockerTexts.size(entry.compartment().size(), locale))));
		if (entry.compartment().state() == CompartmentState.MAINTENANCE) {
			item.add(mark(getTranslation("lockers.board.maintenance"), "places-full"));
		}
		item.add(mark(getTranslation(entry.doorOpen() ? "lockers.board.door-open" : "lockers.board.door-closed"),
				entry.doorOpen() ? "places-full" : "places-free"));
		if (entry.item() == null) {
			item.add(new Paragraph(getTranslation("lockers.board.no-item")));
		}
		else {
			String what = LockerTexts.type(entry.item().type(), locale) + ": " + entry.item().name();
			item.add(new Paragraph(
					getTranslation(entry.itemInside() ? "lockers.board.inside" : "lockers.board.out", what)));
		}
		Reservation current = entry.current();
		if (current != null) {
			item.add(new Paragraph(getTranslation("lockers.board.current",
					LockerTexts.slot(current.start(), current.end(), locale), LockerTexts.status(current, locale))));
		}
		Reservation next = entry.next();
		if (next != null) {
			item.add(new Paragraph(getTranslation("lockers.board.next", CityTime.day(next.start(), locale),
					LockerTexts.slot(next.start(), next.end(), locale))));
		}
		if (entry.overdue()) {
			item.add(mark(getTranslation("lockers.board.overdue"), "places-full"));
		}
		if (s.simulated()) {
			boolean open = !entry.doorOpen();
			Button door = EntryControls.button(
					getTranslation(open ? "lockers.board.sim-open" : "lockers.board.sim-close"),
					getTranslation(open ? "lockers.board.sim-open.label" : "lockers.board.sim-close.label", number),
					e -> {
						this.admin.simulateDoor(s.id(), number, open);
						refresh(true);
					});
			item.add(door);
		}
		return item;
	}

	private static Paragraph mark(String text, String className) {
		Paragraph p = new Paragraph(new Span(text));
		p.addClassName(className);
		return p;
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "lockers.board.page-title");
	}

	/**
	 * The agent's configuration file, shown once: it carries a new agent credential (the
	 * old one stops working), so it is made only when asked for.
	 */
	private void showAgentSetup() {
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("lockers.agent.setup"));
		dialog.add(new Paragraph(getTranslation("lockers.agent.explain")));
		Button make = new Button(getTranslation("lockers.agent.make"));
		Button close = new Button(getTranslation("lockers.agent.close"), e -> dialog.close());
		make.addClickListener(e -> {
			try {
				String file = this.admin.agentConfiguration(this.stationId, this.publicUrl.of("/"));
				TextArea text = new TextArea(getTranslation("lockers.agent.file"));
				text.setValue(file);
				text.setReadOnly(true);
				text.setWidthFull();
				dialog.add(text, new Paragraph(getTranslation("lockers.agent.once")));
				make.setEnabled(false);
				text.focus();
			}
			catch (Refusal refusal) {
				LiveRegion why = LiveRegion.alert();
				why.show(refusal.text(getLocale()));
				dialog.add(why);
			}
		});
		make.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		dialog.getFooter().add(close, make);
		dialog.open();
		make.focus();
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.links.removeAll();
		if (this.station != null) {
			RouterLink compartments = new RouterLink(getTranslation("lockers.admin.compartments"),
					CompartmentsView.class, new RouteParameters("id", String.valueOf(this.stationId)));
			compartments.addClassName("button-link");
			this.links.add(compartments);
			if (!this.station.simulated() && this.station.deviceId() != null) {
				this.links.add(new Button(getTranslation("lockers.agent.setup"), e -> showAgentSetup()));
			}
		}
		RouterLink back = new RouterLink(getTranslation("lockers.admin.title"), LockerAdminView.class);
		back.addClassName("button-link");
		this.links.add(back);
		refresh(true);
		Titles.update(this);
	}

}
