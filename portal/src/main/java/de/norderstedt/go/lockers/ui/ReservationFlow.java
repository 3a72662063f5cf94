package de.norderstedt.go.lockers.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.stream.IntStream;

import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.Slot;
import de.norderstedt.go.lockers.Station;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.PurposeNote;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasOrderedComponents;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.data.renderer.ComponentRenderer;

/**
 * Reserving an item, one step after the other on one page: station, kind of item, day,
 * length, time, height of the compartment, and "Reservieren". The data, what
 * "Reservieren" does, and how the steps are dressed (the portal page for signed-in
 * residents, or a tutorial's practice, see {@link LockerPractice}) come through a
 * {@link ReservationFlowPort}. Drawn by {@link #render()}, again after a change of
 * language.
 */
class ReservationFlow extends Div {

	/** Days one can choose with a button, today included. */
	private static final int DAYS = 7;

	/** Where a learner is: the first thing not chosen yet. */
	enum Stage {

		TYPE, DAY, SLOT, RESERVE, DONE

	}

	private final ReservationFlowPort port;

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

	/** Whether a day was tapped (not only today's, chosen at the start). */
	private boolean dayChosen;

	/** What shows instead of the steps after "Reservieren" (in practice); null before. */
	private @Nullable List<Component> reserved;

	/** The time step's buttons: rebuilt when the item, day or length changes. */
	private final Div slotContent = new Div();

	/** The kinds of items: rebuilt when the station changes. */
	private final Div typeContent = new Div();

	// ---- the controls a learner is guided to, as last drawn

	private @Nullable RadioButtonGroup<ItemType> typeChoice;

	private @Nullable ChoiceButtons days;

	private @Nullable Button tomorrow;

	private @Nullable Button firstFree;

	private @Nullable Section typeSection;

	private @Nullable Section daySection;

	private @Nullable Section slotSection;

	private final Button reserve = new Button();

	private final Div actions = new Div(this.reserve);

	ReservationFlow(ReservationFlowPort port) {
		this.port = port;
		addClassName("lockers-flow");
		this.reserve.addThemeName("primary");
		this.reserve.addClassName("lockers-reserve");
		this.reserve.addClickListener(e -> reserve());
		this.actions.addClassName("actions");
		port.dress(this);
	}

	/** Draws the steps (or what shows after "Reservieren") in the page's language. */
	void render() {
		Locale locale = getLocale();
		removeAll();
		this.port.above().forEach(this::add);
		List<Component> shown = this.reserved;
		if (shown != null) {
			shown.forEach(this::add);
			this.port.guide(this);
			return;
		}
		List<Station> stations = this.port.stations();
		if (stations.isEmpty()) {
			add(new Paragraph(getTranslation("lockers.no-stations")));
			return;
		}
		Station current = this.station;
		Station chosen = current == null ? stations.getFirst()
				: stations.stream().filter(s -> s.id() == current.id()).findFirst().orElse(stations.getFirst());
		this.station = chosen;
		int step = 1;
		if (stations.size() > 1) {
			add(stationStep(step++, stations));
		}
		else {
			List<ItemType> types = this.port.types(chosen);
			add(StationFacts.of(chosen, types, types.isEmpty() ? List.of() : this.port.items(chosen),
					this.port.stepHeading(), this, locale));
		}
		add(typeStep(step++));
		add(dayStep(step++, locale));
		add(lengthStep(step++));
		add(slotStep(step++));
		add(heightStep(step));
		this.reserve.setText(getTranslation("lockers.reserve"));
		add(new PurposeNote("privacy.purpose.lockers"), this.alert, this.actions);
		this.port.below(this).forEach(this::add);
		this.port.guide(this);
	}

	/** Starts again with nothing chosen, as at the start. */
	void restart() {
		this.station = null;
		this.type = null;
		this.day = null;
		this.hours = 1;
		this.slot = null;
		this.reachable = null;
		this.dayChosen = false;
		this.reserved = null;
		this.refusals.clear();
		render();
	}

	private Section step(int number, String headingKey) {
		HtmlContainer heading = this.port.stepHeading();
		heading.setText(getTranslation("lockers.step", number, getTranslation(headingKey)));
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
				this.port.guide(this);
			}
		});
		section.add(choice);
		return section;
	}

	private Section typeStep(int number) {
		Section section = step(number, "lockers.step.type");
		section.add(this.typeContent);
		this.typeSection = section;
		renderTypes();
		return section;
	}

	private void renderTypes() {
		this.typeContent.removeAll();
		this.typeChoice = null;
		Station chosen = this.station;
		List<ItemType> types = chosen == null ? List.of() : this.port.types(chosen);
		if (types.isEmpty()) {
			this.type = null;
			this.typeContent.add(new Paragraph(getTranslation("lockers.no-items")));
			return;
		}
		if (this.type == null || !types.contains(this.type)) {
			this.type = this.port.choosesFirstType() ? types.getFirst() : null;
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
				this.port.guide(this);
			}
		});
		this.typeChoice = choice;
		this.typeContent.add(choice);
	}

	private Section dayStep(int number, Locale locale) {
		Section section = step(number, "lockers.step.day");
		LocalDate today = LocalDate.now(CityTime.ZONE);
		if (this.day == null || this.day.isBefore(today) || !this.day.isBefore(today.plusDays(DAYS))) {
			this.day = today;
		}
		ChoiceButtons buttons = new ChoiceButtons(getTranslation("lockers.step.day"));
		this.tomorrow = null;
		for (int i = 0; i < DAYS; i++) {
			LocalDate d = today.plusDays(i);
			String label = i == 0 ? getTranslation("lockers.today", CityTime.shortDay(d, locale)) : i == 1
					? getTranslation("lockers.tomorrow", CityTime.shortDay(d, locale)) : CityTime.shortDay(d, locale);
			Button button = buttons.add(label, d.equals(this.day), () -> {
				this.day = d;
				this.dayChosen = true;
				this.slot = null;
				renderSlots();
				this.port.guide(this);
			});
			if (i == 1) {
				this.tomorrow = button;
			}
		}
		this.days = buttons;
		this.daySection = section;
		section.add(buttons);
		return section;
	}

	private Section lengthStep(int number) {
		Section section = step(number, "lockers.step.length");
		int max = (int) Math.max(1, this.port.maxLength().toHours());
		if (this.hours > max) {
			this.hours = 1;
		}
		RadioButtonGroup<Integer> choice = new RadioButtonGroup<>(getTranslation("lockers.step.length"));
		choice.addClassName("lockers-choice");
		choice.setItems(IntStream.rangeClosed(1, max).boxed().toList());
		choice.setItemLabelGenerator(h -> getTranslation(h == 1 ? "lockers.hour" : "lockers.hours-count", h));
		choice.setValue(this.hours);
		this.refusals.field("hours", choice);
		choice.addValueChangeListener(e -> {
			if (e.isFromClient() && e.getValue() != null) {
				this.hours = e.getValue();
				this.slot = null;
				renderSlots();
				this.port.guide(this);
			}
		});
		section.add(choice);
		return section;
	}

	private Section slotStep(int number) {
		Section section = step(number, "lockers.step.slot");
		section.add(this.slotContent);
		this.slotSection = section;
		renderSlots();
		return section;
	}

	/** The times of the chosen item, day and length; the rest of the page stays. */
	private void renderSlots() {
		Locale locale = getLocale();
		this.slotContent.removeAll();
		this.firstFree = null;
		Station chosen = this.station;
		ItemType t = this.type;
		LocalDate d = this.day;
		if (chosen != null && t == null && !this.port.types(chosen).isEmpty()) {
			this.slot = null;
			this.slotContent.add(new Paragraph(getTranslation("lockers.choose-type-first")));
			return;
		}
		List<Slot> slots = chosen == null || t == null || d == null ? List.of()
				: this.port.availability(chosen, t, d, this.hours);
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
				this.port.guide(this);
			});
			button.setEnabled(s.isAvailable());
			if (s.isAvailable() && this.firstFree == null) {
				this.firstFree = button;
			}
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
			this.reachable = this.port.needsReachableHeight();
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
			this.port.reserve(this, s, t, chosen, this.hours, Boolean.TRUE.equals(this.reachable));
		}
		catch (Refusal refusal) {
			// the times may have changed meanwhile: show them as they are now
			renderSlots();
			this.refusals.show(refusal);
			this.port.guide(this);
		}
	}

	/**
	 * Ends the steps with what the port shows instead (the practice's code); "Nochmal"
	 * starts them again.
	 */
	void showReserved(List<Component> shown) {
		this.reserved = List.copyOf(shown);
		render();
	}

	// ---- what a practice guides a learner to

	/** The first thing not chosen yet. */
	Stage stage() {
		if (this.reserved != null) {
			return Stage.DONE;
		}
		if (this.type == null) {
			return Stage.TYPE;
		}
		if (!this.dayChosen) {
			return Stage.DAY;
		}
		return this.slot == null ? Stage.SLOT : Stage.RESERVE;
	}

	/**
	 * The control a person uses next: the kinds of items, tomorrow, the first free time
	 * (the days when none is free), "Reservieren"; none at the end.
	 */
	@Nullable Component control() {
		return switch (stage()) {
			case TYPE -> this.typeChoice;
			case DAY -> this.tomorrow != null ? this.tomorrow : this.days;
			case SLOT -> this.firstFree != null ? this.firstFree : this.days;
			case RESERVE -> this.reserve;
			case DONE -> null;
		};
	}

	/**
	 * Puts a practice's instruction next to the control it describes: right below the
	 * heading of the control's step, or above "Reservieren".
	 */
	void placeInstruction(Component instruction) {
		Section step = switch (stage()) {
			case TYPE -> this.typeSection;
			case DAY -> this.daySection;
			case SLOT -> this.firstFree != null ? this.slotSection : this.daySection;
			case RESERVE, DONE -> null;
		};
		if (step != null) {
			insertBefore(step, step.getComponentCount() > 1 ? step.getComponentAt(1) : null, instruction);
		}
		else if (stage() == Stage.RESERVE && indexOf(this.actions) >= 0) {
			insertBefore(this, this.actions, instruction);
		}
	}

	/** Puts a component before another of the container (at its end with none). */
	private static void insertBefore(HasOrderedComponents container, @Nullable Component before, Component inserted) {
		if (before == inserted) {
			return;
		}
		inserted.getParent().ifPresent(parent -> parent.getElement().removeChild(inserted.getElement()));
		if (before == null) {
			container.add(inserted);
		}
		else {
			container.addComponentAtIndex(container.indexOf(before), inserted);
		}
	}

	/** What to do next, in a sentence (the practice says it). */
	String instruction() {
		Locale locale = getLocale();
		return switch (stage()) {
			case TYPE -> {
				Station chosen = this.station;
				List<ItemType> types = chosen == null ? List.of() : this.port.types(chosen);
				yield types.isEmpty() ? getTranslation("lockers.practice.step.station")
						: getTranslation("lockers.practice.step.type", LockerTexts.type(types.getFirst(), locale));
			}
			case DAY ->
				getTranslation("lockers.practice.step.day", this.tomorrow != null ? this.tomorrow.getText() : "");
			case SLOT -> this.firstFree != null ? getTranslation("lockers.practice.step.slot", this.firstFree.getText())
					: getTranslation("lockers.practice.step.no-slot");
			case RESERVE -> getTranslation("lockers.practice.step.reserve", this.reserve.getText());
			case DONE -> getTranslation("lockers.practice.done") + " " + getTranslation("lockers.practice.done.help");
		};
	}

	/** The page's language. */
	Locale locale() {
		return getLocale();
	}

}
