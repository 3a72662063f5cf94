package de.norderstedt.go.lockers.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.ui.LoginView;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.LockerService;
import de.norderstedt.go.lockers.Reservation;
import de.norderstedt.go.lockers.Slot;
import de.norderstedt.go.lockers.Station;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.PurposeNote;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The locker stations and what they lend, for everyone; signed-in residents reserve on
 * the same page, one step after the other: station, kind of item, day, length, time,
 * height of the compartment.
 */
@Route("schliessfaecher")
@AnonymousAllowed
public class LockersView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	/** Days one can choose with a button, today included. */
	private static final int DAYS = 7;

	private final LockerService lockers;

	private final AuthenticationContext authentication;

	private final LiveRegion alert = LiveRegion.alert();

	/**
	 * The choices by the names the service gives them in a refusal; the slot buttons are
	 * no field, so a refusal of the time ({@code start}) shows by the button.
	 */
	private final FormRefusals refusals = new FormRefusals(this.alert);

	private @Nullable Station station;

	private @Nullable ItemType type;

	private @Nullable LocalDate day;

	private int hours = 1;

	private @Nullable Slot slot;

	private @Nullable Boolean reachable;

	/** The time step's buttons: rebuilt when the item, day or length changes. */
	private final Div slotContent = new Div();

	/** The kinds of items: rebuilt when the station changes. */
	private final Div typeContent = new Div();

	LockersView(LockerService lockers, AuthenticationContext authentication) {
		this.lockers = lockers;
		this.authentication = authentication;
		addClassName("page");
		addClassName("lockers");
	}

	private void render() {
		Locale locale = getLocale();
		removeAll();
		add(new H1(getTranslation("lockers.title")));
		add(new Paragraph(getTranslation("lockers.intro")));
		List<Station> stations = this.lockers.stations();
		if (stations.isEmpty()) {
			add(new Paragraph(getTranslation("lockers.no-stations")));
			return;
		}
		if (this.station == null || stations.stream().noneMatch(s -> s.id() == this.station.id())) {
			this.station = stations.getFirst();
		}
		boolean signedIn = this.authentication.isAuthenticated();
		if (!signedIn) {
			add(StationFacts.list(stations, this.lockers, this, locale));
			RouterLink signIn = new RouterLink(getTranslation("lockers.sign-in"), LoginView.class);
			signIn.addClassName("action-link");
			add(new Paragraph(signIn));
			return;
		}
		int step = 1;
		if (stations.size() > 1) {
			add(stationStep(step++, stations));
		}
		else {
			add(StationFacts.of(this.station, this.lockers, this, locale));
		}
		add(typeStep(step++));
		add(dayStep(step++, locale));
		add(lengthStep(step++));
		add(slotStep(step++));
		add(heightStep(step));
		Button reserve = new Button(getTranslation("lockers.reserve"), e -> reserve());
		reserve.addThemeName("primary");
		reserve.addClassName("lockers-reserve");
		Div actions = new Div(reserve);
		actions.addClassName("actions");
		add(new PurposeNote("privacy.purpose.lockers"), this.alert, actions);
		RouterLink mine = new RouterLink(getTranslation("lockers.mine.title"), MyReservationsView.class);
		mine.addClassName("action-link");
		add(new Paragraph(mine));
	}

	private Section step(int number, String headingKey) {
		H2 heading = new H2(getTranslation("lockers.step", number, getTranslation(headingKey)));
		Section section = new Section(heading);
		section.addClassName("lockers-step");
		return section;
	}

	private Section stationStep(int number, List<Station> stations) {
		Section section = step(number, "lockers.step.station");
		RadioButtonGroup<Station> choice = new RadioButtonGroup<>(getTranslation("lockers.step.station"));
		choice.setItems(stations);
		choice.setItemLabelGenerator(s -> s.name() + " – " + s.place());
		choice.setValue(this.station);
		this.refusals.field("station", choice);
		choice.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				this.station = e.getValue();
				this.slot = null;
				// only what depends on the station is drawn anew: the choice stays put
				renderTypes();
				renderSlots();
			}
		});
		section.add(choice);
		return section;
	}

	private Section typeStep(int number) {
		Section section = step(number, "lockers.step.type");
		section.add(this.typeContent);
		renderTypes();
		return section;
	}

	private void renderTypes() {
		this.typeContent.removeAll();
		Station chosen = this.station;
		List<ItemType> types = chosen == null ? List.of() : this.lockers.types(chosen.id());
		if (types.isEmpty()) {
			this.type = null;
			this.typeContent.add(new Paragraph(getTranslation("lockers.no-items")));
			return;
		}
		if (this.type == null || !types.contains(this.type)) {
			this.type = types.getFirst();
		}
		Locale locale = getLocale();
		RadioButtonGroup<ItemType> choice = new RadioButtonGroup<>(getTranslation("lockers.step.type"));
		choice.addClassName("lockers-choice");
		choice.setItems(types);
		choice.setRenderer(new ComponentRenderer<>(
				t -> new Span(LockerPictures.pictogram(t), new Span(LockerTexts.type(t, locale)))));
		choice.setValue(this.type);
		this.refusals.field("type", choice);
		choice.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				this.type = e.getValue();
				this.slot = null;
				renderSlots();
			}
		});
		this.typeContent.add(choice);
	}

	private Section dayStep(int number, Locale locale) {
		Section section = step(number, "lockers.step.day");
		LocalDate today = LocalDate.now(CityTime.ZONE);
		if (this.day == null || this.day.isBefore(today) || !this.day.isBefore(today.plusDays(DAYS))) {
			this.day = today;
		}
		ChoiceButtons days = new ChoiceButtons(getTranslation("lockers.step.day"));
		for (int i = 0; i < DAYS; i++) {
			LocalDate d = today.plusDays(i);
			String label = i == 0 ? getTranslation("lockers.today", CityTime.shortDay(d, locale)) : i == 1
					? getTranslation("lockers.tomorrow", CityTime.shortDay(d, locale)) : CityTime.shortDay(d, locale);
			days.add(label, d.equals(this.day), () -> {
				this.day = d;
				this.slot = null;
				renderSlots();
			});
		}
		section.add(days);
		return section;
	}

	private Section lengthStep(int number) {
		Section section = step(number, "lockers.step.length");
		int max = (int) Math.max(1, this.lockers.maxLength().toHours());
		if (this.hours > max) {
			this.hours = 1;
		}
		RadioButtonGroup<Integer> choice = new RadioButtonGroup<>(getTranslation("lockers.step.length"));
		choice.addClassName("lockers-choice");
		choice.setItems(java.util.stream.IntStream.rangeClosed(1, max).boxed().toList());
		choice.setItemLabelGenerator(h -> getTranslation(h == 1 ? "lockers.hour" : "lockers.hours-count", h));
		choice.setValue(this.hours);
		this.refusals.field("hours", choice);
		choice.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				this.hours = e.getValue();
				this.slot = null;
				renderSlots();
			}
		});
		section.add(choice);
		return section;
	}

	private Section slotStep(int number) {
		Section section = step(number, "lockers.step.slot");
		section.add(this.slotContent);
		renderSlots();
		return section;
	}

	/** The times of the chosen item, day and length; the rest of the page stays. */
	private void renderSlots() {
		Locale locale = getLocale();
		this.slotContent.removeAll();
		Station chosen = this.station;
		ItemType t = this.type;
		LocalDate d = this.day;
		List<Slot> slots = chosen == null || t == null || d == null ? List.of()
				: this.lockers.availability(chosen.id(), t, d, this.hours);
		if (slots.isEmpty()) {
			this.slot = null;
			this.slotContent.add(new Paragraph(getTranslation("lockers.no-slots")));
			return;
		}
		if (this.slot != null
				&& slots.stream().noneMatch(s -> s.start().equals(this.slot.start()) && s.isAvailable())) {
			this.slot = null;
		}
		ChoiceButtons buttons = new ChoiceButtons(getTranslation("lockers.step.slot"));
		buttons.addClassName("lockers-slots");
		LiveRegion chosenText = LiveRegion.status();
		chosenText.addClassName("lockers-chosen");
		Instant now = Instant.now();
		for (Slot s : slots) {
			String label;
			if (!s.isAvailable()) {
				label = getTranslation("lockers.slot.taken", LockerTexts.slot(s.start(), s.end(), locale));
			}
			else if (s.start().isBefore(now)) {
				// the slot that began a little while ago: it runs from now
				label = getTranslation("lockers.slot.now", CityTime.time(s.end(), locale), s.free());
			}
			else {
				label = getTranslation("lockers.slot.free", LockerTexts.slot(s.start(), s.end(), locale), s.free());
			}
			boolean chosenSlot = this.slot != null && this.slot.start().equals(s.start());
			Button button = buttons.add(label, chosenSlot, () -> {
				this.slot = s;
				chosenText.setText(chosenText(s, locale));
				this.refusals.clear();
			});
			button.setEnabled(s.isAvailable());
		}
		Slot current = this.slot;
		chosenText.setText(current == null ? "" : chosenText(current, locale));
		this.slotContent.add(buttons, chosenText);
	}

	private String chosenText(Slot s, Locale locale) {
		Instant from = s.start().isBefore(Instant.now()) ? Instant.now() : s.start();
		return getTranslation("lockers.slot.chosen", CityTime.day(s.start(), locale),
				LockerTexts.slot(from, s.end(), locale));
	}

	private Section heightStep(int number) {
		Section section = step(number, "lockers.step.height");
		if (this.reachable == null) {
			this.reachable = this.lockers.needsReachableHeight();
		}
		Checkbox height = new Checkbox(getTranslation("lockers.reachable"), Boolean.TRUE.equals(this.reachable));
		height.addValueChangeListener(e -> this.reachable = e.getValue());
		section.add(height);
		return section;
	}

	private void reserve() {
		Station s = this.station;
		ItemType t = this.type;
		Slot chosen = this.slot;
		if (s == null || t == null || chosen == null) {
			this.refusals.show(new Refusal("lockers.choose-slot"));
			return;
		}
		try {
			this.refusals.clear();
			boolean wanted = Boolean.TRUE.equals(this.reachable);
			if (wanted != this.lockers.needsReachableHeight()) {
				this.lockers.setNeedsReachableHeight(wanted);
			}
			Reservation reservation = this.lockers.reserve(s.id(), t, chosen.start(), this.hours);
			UI.getCurrent()
				.navigate(ReservationView.class, new RouteParameters("id", String.valueOf(reservation.id())));
		}
		catch (Refusal refusal) {
			// the times may have changed meanwhile: show them as they are now
			renderSlots();
			this.refusals.show(refusal);
		}
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "lockers.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render();
		Titles.update(this);
	}

}
