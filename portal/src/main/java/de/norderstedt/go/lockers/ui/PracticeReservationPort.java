package de.norderstedt.go.lockers.ui;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.norderstedt.go.lockers.Item;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.LockerService;
import de.norderstedt.go.lockers.Slot;
import de.norderstedt.go.lockers.Station;
import de.norderstedt.go.qr.ui.QrCodeImage;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.PracticeGuide;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The reservation steps in practice mode: the real stations and their real free times,
 * read only, and the real checks of the time; "Reservieren" checks as reserving would,
 * reserves nothing (no reservation, no compartment taken, no code made, nothing sent to a
 * station) and ends at a practice code that opens nothing. Where no station lends
 * anything, one example station stands in, so that the practice never ends at an empty
 * page. Stations that lend a rollator come first, as the tutorial speaks of one. Nothing
 * of a signed-in learner is read or changed (not the height she asked for). A banner says
 * that nothing is reserved, the control to use next is highlighted and described by a
 * spoken instruction.
 */
class PracticeReservationPort implements ReservationFlowPort {

	/** The example station; negative, so no stored station has it. */
	static final long EXAMPLE_ID = -1;

	static final String INSTRUCTION_ID = "locker-practice-instruction";

	/** What the practice code holds: no code format a terminal or an agent accepts. */
	static final String SAMPLE_CODE = "UEBUNG";

	/** Items of each kind free at every time of the example station. */
	private static final int EXAMPLE_FREE = 2;

	private final LockerService lockers;

	private final Component texts;

	private final PracticeGuide guide;

	/** Told when the practice code shows. */
	private final SerializableRunnable finished;

	/** What each station lends, asked once per practice. */
	private final Map<Long, List<ItemType>> types = new HashMap<>();

	private ReservationFlow.@Nullable Stage guided;

	/** Whether the practice code shows. */
	private boolean reserved;

	/**
	 * @param texts the component whose language the texts are in
	 */
	PracticeReservationPort(LockerService lockers, Component texts, SerializableConsumer<String> voice,
			SerializableRunnable finished) {
		this.lockers = lockers;
		this.texts = texts;
		this.guide = new PracticeGuide(INSTRUCTION_ID, voice);
		this.finished = finished;
	}

	@Override
	public List<Station> stations() {
		List<Station> lending = this.lockers.stations()
			.stream()
			.filter(s -> !types(s).isEmpty())
			.sorted(Comparator.comparing((Station s) -> !types(s).contains(ItemType.ROLLATOR)))
			.toList();
		return lending.isEmpty() ? List.of(example()) : lending;
	}

	@Override
	public List<ItemType> types(Station station) {
		if (station.id() == EXAMPLE_ID) {
			return List.of(ItemType.values());
		}
		return this.types.computeIfAbsent(station.id(), this.lockers::types);
	}

	@Override
	public List<Item> items(Station station) {
		return station.id() == EXAMPLE_ID ? List.of() : this.lockers.items(station.id());
	}

	@Override
	public List<Slot> availability(Station station, ItemType type, LocalDate day, int hours) {
		return station.id() == EXAMPLE_ID ? this.lockers.exampleAvailability(station, day, hours, EXAMPLE_FREE)
				: this.lockers.availability(station.id(), type, day, hours);
	}

	@Override
	public Duration maxLength() {
		return this.lockers.maxLength();
	}

	/** Not the learner's own choice: the practice neither shows nor changes it. */
	@Override
	public boolean needsReachableHeight() {
		return false;
	}

	/** Checks as reserving would, and reserves nothing. */
	@Override
	public void reserve(ReservationFlow flow, Station station, ItemType type, Slot slot, int hours, boolean reachable) {
		this.lockers.checkSlot(station, slot.start(), hours);
		if (!slot.isAvailable()) {
			throw Refusal.at("start", "lockers.error.not-free");
		}
		this.reserved = true;
		flow.showReserved(code(station, type, slot, hours, flow.locale()));
		this.finished.run();
	}

	private Station example() {
		return new Station(EXAMPLE_ID, text("lockers.practice.example.name"), text("lockers.practice.example.place"),
				LocalTime.of(8, 0), LocalTime.of(20, 0), null, true);
	}

	// ---- how the steps look in practice

	/** The steps sit inside a tutorial that has the page's heading. */
	@Override
	public HtmlContainer stepHeading() {
		return new H3();
	}

	/** The learner chooses the kind herself, as the tutorial asks. */
	@Override
	public boolean choosesFirstType() {
		return false;
	}

	/** The banner, and the page's title; after "Reservieren" what the code is. */
	@Override
	public List<Component> above() {
		H2 title = new H2(text(this.reserved ? "lockers.practice.done" : "lockers.title"));
		return List.of(this.guide.banner(), title);
	}

	/** The practice has no reservations of its own to list. */
	@Override
	public List<Component> below(Component texts) {
		return List.of();
	}

	@Override
	public void dress(ReservationFlow flow) {
		flow.addClassName("locker-practice");
	}

	/** The flow is on the page: its steps are drawn, the first instruction said. */
	void attached(ReservationFlow flow) {
		if (!this.guide.hasShown()) {
			flow.render();
		}
		this.guide.attached();
	}

	/**
	 * Shows and highlights what to do next, with the instruction in the step of the
	 * control; a new stage is said aloud, and its control brought into view.
	 */
	@Override
	public void guide(ReservationFlow flow) {
		Component control = flow.control();
		this.guide.show(text("lockers.practice.banner"), flow.instruction(), control);
		flow.placeInstruction(this.guide.instruction());
		ReservationFlow.Stage stage = flow.stage();
		boolean changed = this.guided != null && this.guided != stage;
		this.guided = stage;
		if (changed) {
			if (control != null) {
				control.getElement().executeJs("this.scrollIntoView({ block: 'center' })");
			}
			this.guide.speak(flow);
		}
	}

	/** Called by "Nochmal üben": the first stage is said again. */
	void restarted(ReservationFlow flow) {
		this.guided = null;
		this.reserved = false;
		flow.restart();
		this.guide.speak(flow);
	}

	/**
	 * What a reservation's code looks like, marked as practice: a QR code that no
	 * terminal accepts, no number to type, no compartment.
	 */
	private List<Component> code(Station station, ItemType type, Slot slot, int hours, Locale locale) {
		Paragraph help = new Paragraph(text("lockers.practice.done.help"));
		Paragraph mark = new Paragraph(text("lockers.practice.pass.mark"));
		mark.setId("locker-practice-mark");
		mark.addClassName("practice-ticket-mark");
		H3 what = new H3(LockerTexts.type(type, locale));
		what.setId("locker-practice-title");
		Instant end = slot.start().plus(Duration.ofHours(hours));
		Paragraph where = fact("lockers.reservation.where", station.name() + ", " + station.place());
		Paragraph when = fact("lockers.reservation.when", this.texts.getTranslation("lockers.when",
				CityTime.day(slot.start(), locale), CityTime.time(slot.start(), locale), CityTime.time(end, locale)));
		QrCodeImage qr = new QrCodeImage();
		qr.show(SAMPLE_CODE, text("lockers.practice.pass.qr"));
		qr.addClassName("lockers-qr");
		Paragraph number = fact("lockers.pass.number", text("lockers.practice.pass.no-number"));
		Paragraph how = new Paragraph(text("lockers.pass.how-pickup"));
		Section card = new Section(mark, what, where, when, qr, number, how);
		card.addClassName("ticket");
		card.addClassName("lockers-pass");
		card.addClassName("practice-ticket");
		card.getElement().setAttribute("aria-labelledby", "locker-practice-mark locker-practice-title");
		return List.of(help, card);
	}

	private Paragraph fact(String key, String value) {
		Span name = new Span(text(key) + ": ");
		name.addClassName("fact-name");
		return new Paragraph(name, new Span(value));
	}

	private String text(String key) {
		return this.texts.getTranslation(key);
	}

}
