package de.norderstedt.go.courses.ui;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.courses.NewCourse;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.DayTimeFields;
import de.norderstedt.go.web.ui.FormRefusals;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.radiobutton.RadioGroupVariant;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.timepicker.TimePicker;

/**
 * When a course takes place: one date, the same time every week, or several dates one by
 * one.
 */
class DatesForm extends Div {

	static final int MAX_WEEKS = 52;

	enum Mode {

		ONE, WEEKLY, SEVERAL

	}

	private final RadioButtonGroup<Mode> mode = new RadioButtonGroup<>();

	private final DatePicker day = DayTimeFields.day();

	private final TimePicker from = DayTimeFields.time();

	private final TimePicker to = DayTimeFields.time();

	private final IntegerField weeks = new IntegerField();

	private final Div single = new Div();

	private final Div rows = new Div();

	private final List<Row> rowList = new ArrayList<>();

	private final Button addRow = new Button();

	private final Div several = new Div();

	DatesForm() {
		addClassName("dates-form");
		this.mode.setItems(Mode.values());
		this.mode.addThemeVariants(RadioGroupVariant.LUMO_VERTICAL);
		this.mode.setValue(Mode.ONE);
		this.mode.addValueChangeListener(e -> showMode());
		this.from.setValue(LocalTime.of(10, 0));
		this.to.setValue(LocalTime.of(11, 30));
		this.weeks.setMin(1);
		this.weeks.setMax(MAX_WEEKS);
		this.weeks.setValue(4);
		this.weeks.setStepButtonsVisible(false);
		Div times = new Div(this.from, this.to);
		times.addClassName("time-range");
		this.single.add(this.day, times, this.weeks);
		this.single.addClassName("form");
		this.addRow.addClickListener(e -> {
			Row row = addRow();
			row.texts(getLocale());
			row.day.focus();
		});
		this.several.add(this.rows, this.addRow);
		addRow();
		addRow();
		add(this.mode, this.single, this.several);
		showMode();
	}

	private Row addRow() {
		Row row = new Row();
		row.remove.addClickListener(e -> {
			if (this.rowList.size() > 1) {
				this.rowList.remove(row);
				this.rows.remove(row);
				numberRows();
				this.rowList.get(0).day.focus();
			}
		});
		this.rowList.add(row);
		this.rows.add(row);
		numberRows();
		return row;
	}

	private void numberRows() {
		for (int i = 0; i < this.rowList.size(); i++) {
			this.rowList.get(i).number = i + 1;
			this.rowList.get(i).remove.setVisible(this.rowList.size() > 1);
			if (this.rowList.get(i).isAttached()) {
				this.rowList.get(i).texts(getLocale());
			}
		}
	}

	private void showMode() {
		Mode current = this.mode.getValue();
		this.single.setVisible(current != Mode.SEVERAL);
		this.weeks.setVisible(current == Mode.WEEKLY);
		this.several.setVisible(current == Mode.SEVERAL);
		if (isAttached()) {
			texts(getLocale());
		}
	}

	/**
	 * Lets refusals show at these fields: the number of weeks; the dates as a whole
	 * ({@code dates}) show in the form's live region, as they may concern any of them.
	 */
	void register(FormRefusals refusals) {
		refusals.field("weeks", this.weeks);
	}

	/**
	 * The dates entered.
	 * @throws Refusal when a day or time is missing, or the number of weeks is wrong
	 */
	List<NewCourse.Slot> slots() {
		return switch (this.mode.getValue()) {
			case ONE -> List.of(slot(this.day.getValue(), this.from.getValue(), this.to.getValue()));
			case WEEKLY -> {
				Integer count = this.weeks.getValue();
				if (count == null || count < 1 || count > MAX_WEEKS) {
					throw Refusal.at("weeks", "trainer.error.weeks");
				}
				// refuses a missing day or time
				slot(this.day.getValue(), this.from.getValue(), this.to.getValue());
				yield NewCourse.Slot.weekly(this.day.getValue(), this.from.getValue(), this.to.getValue(), count);
			}
			case SEVERAL -> this.rowList.stream()
				.map(row -> slot(row.day.getValue(), row.from.getValue(), row.to.getValue()))
				.toList();
		};
	}

	private static NewCourse.Slot slot(@Nullable LocalDate day, @Nullable LocalTime from, @Nullable LocalTime to) {
		if (day == null || from == null || to == null) {
			throw Refusal.at("dates", "trainer.error.date-missing");
		}
		return NewCourse.Slot.on(day, from, to);
	}

	void texts(Locale locale) {
		this.mode.setLabel(getTranslation("trainer.dates.mode"));
		this.mode.setItemLabelGenerator(m -> getTranslation("trainer.dates.mode." + m.name().toLowerCase(Locale.ROOT)));
		DateFields.translate(this.day,
				getTranslation(this.mode.getValue() == Mode.WEEKLY ? "trainer.dates.first-day" : "trainer.dates.day"),
				locale);
		DayTimeFields.translate(this.from, getTranslation("trainer.dates.from"), locale);
		DayTimeFields.translate(this.to, getTranslation("trainer.dates.to"), locale);
		this.weeks.setLabel(getTranslation("trainer.dates.weeks"));
		this.weeks.setHelperText(getTranslation("trainer.dates.weeks.help", MAX_WEEKS));
		this.addRow.setText(getTranslation("trainer.dates.add-row"));
		this.rowList.forEach(row -> row.texts(locale));
	}

	/** One date of "several dates". */
	private static final class Row extends Div {

		private final H3 heading = new H3();

		private final DatePicker day = DayTimeFields.day();

		private final TimePicker from = DayTimeFields.time();

		private final TimePicker to = DayTimeFields.time();

		private final Button remove = new Button();

		private int number;

		Row() {
			addClassName("date-row");
			getElement().setAttribute("role", "group");
			this.from.setValue(LocalTime.of(10, 0));
			this.to.setValue(LocalTime.of(11, 30));
			Div times = new Div(this.from, this.to);
			times.addClassName("time-range");
			add(this.heading, this.day, times, this.remove);
		}

		void texts(Locale locale) {
			String name = getTranslation("trainer.dates.row", this.number);
			this.heading.setText(name);
			getElement().setAttribute("aria-label", name);
			DateFields.translate(this.day, getTranslation("trainer.dates.day"), locale);
			DayTimeFields.translate(this.from, getTranslation("trainer.dates.from"), locale);
			DayTimeFields.translate(this.to, getTranslation("trainer.dates.to"), locale);
			this.remove.setText(getTranslation("trainer.dates.remove-row", this.number));
		}

	}

}
