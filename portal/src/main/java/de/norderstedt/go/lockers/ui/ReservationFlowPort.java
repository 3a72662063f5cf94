package de.norderstedt.go.lockers.ui;

import java.time.Duration;
import java.time.LocalDate;
import java.util.List;

import de.norderstedt.go.lockers.Item;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.LockerService;
import de.norderstedt.go.lockers.Reservation;
import de.norderstedt.go.lockers.Slot;
import de.norderstedt.go.lockers.Station;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * What the reservation steps ({@link ReservationFlow}) need from the lockers, and how
 * they are dressed: the real service and the portal page by default; a sandbox that
 * reserves nothing and guides a learner step by step in practice mode
 * ({@link PracticeReservationPort}).
 */
interface ReservationFlowPort {

	/** The stations to choose from, the first chosen at the start. */
	List<Station> stations();

	/** The kinds of items the station lends. */
	List<ItemType> types(Station station);

	/** The station's items, for their photos. */
	List<Item> items(Station station);

	/** The slots of a day with how many items are free in each. */
	List<Slot> availability(Station station, ItemType type, LocalDate day, int hours);

	/** The longest one can reserve at once. */
	Duration maxLength();

	/** Whether the box "in Greifhöhe" is ticked at the start. */
	boolean needsReachableHeight();

	/**
	 * "Reservieren": reserves (or, in practice, checks as reserving would and shows what
	 * comes next through the flow).
	 * @throws de.norderstedt.go.web.Refusal with the reason, at its field if it has one
	 */
	void reserve(ReservationFlow flow, Station station, ItemType type, Slot slot, int hours, boolean reachable);

	// ---- how the steps are dressed: the portal page's way unless a port says otherwise

	/** The heading of each step (and of the station's facts). */
	default HtmlContainer stepHeading() {
		return new H2();
	}

	/** Whether the first kind of item is chosen at the start. */
	default boolean choosesFirstType() {
		return true;
	}

	/** What shows above the steps. */
	default List<Component> above() {
		return List.of();
	}

	/** What shows below the steps and their button. */
	default List<Component> below(Component texts) {
		RouterLink mine = new RouterLink(texts.getTranslation("lockers.mine.title"), MyReservationsView.class);
		mine.addClassName("action-link");
		return List.of(new Paragraph(mine));
	}

	/** Adds what this port needs to the flow once, when it is made. */
	default void dress(ReservationFlow flow) {
		// the portal page needs nothing more
	}

	/** The steps were drawn, or a choice changed what comes next. */
	default void guide(ReservationFlow flow) {
		// the portal highlights nothing
	}

	/**
	 * The signed-in person's reservations: what is reserved here is reserved, and its
	 * page with the code follows.
	 */
	static ReservationFlowPort of(LockerService lockers) {
		return new ReservationFlowPort() {

			@Override
			public List<Station> stations() {
				return lockers.stations();
			}

			@Override
			public List<ItemType> types(Station station) {
				return lockers.types(station.id());
			}

			@Override
			public List<Item> items(Station station) {
				return lockers.items(station.id());
			}

			@Override
			public List<Slot> availability(Station station, ItemType type, LocalDate day, int hours) {
				return lockers.availability(station.id(), type, day, hours);
			}

			@Override
			public Duration maxLength() {
				return lockers.maxLength();
			}

			@Override
			public boolean needsReachableHeight() {
				return lockers.needsReachableHeight();
			}

			@Override
			public void reserve(ReservationFlow flow, Station station, ItemType type, Slot slot, int hours,
					boolean reachable) {
				if (reachable != lockers.needsReachableHeight()) {
					lockers.setNeedsReachableHeight(reachable);
				}
				Reservation reservation = lockers.reserve(station.id(), type, slot.start(), hours);
				UI.getCurrent()
					.navigate(ReservationView.class, new RouteParameters("id", String.valueOf(reservation.id())));
			}

		};
	}

}
