package de.norderstedt.go.courses.ui;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.courses.Course;
import de.norderstedt.go.courses.CourseDetails;
import de.norderstedt.go.courses.CourseLevel;
import de.norderstedt.go.courses.CourseTopic;
import de.norderstedt.go.courses.Place;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.BigDecimalField;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What a course is about, apart from its dates: the same fields for a new course and for
 * changing one.
 */
class CourseForm extends Div {

	private final TextField title = new TextField();

	private final TextArea description = new TextArea();

	private final RadioButtonGroup<CourseTopic> topic = new RadioButtonGroup<>();

	private final RadioButtonGroup<CourseLevel> level = new RadioButtonGroup<>();

	private final TextField bring = new TextField();

	private final Select<Place> place = new Select<>();

	private final IntegerField capacity = new IntegerField();

	private final BigDecimalField price = new BigDecimalField();

	CourseForm(List<Place> places) {
		addClassName("form");
		this.title.setRequired(true);
		this.description.setRequired(true);
		this.topic.setItems(CourseTopic.values());
		this.topic.setValue(CourseTopic.SMARTPHONE);
		this.level.setItems(CourseLevel.values());
		this.level.setValue(CourseLevel.BEGINNER);
		this.place.setItems(places);
		this.place.setItemLabelGenerator(Place::name);
		if (places.size() == 1) {
			this.place.setValue(places.get(0));
		}
		this.capacity.setMin(1);
		this.capacity.setMax(500);
		this.capacity.setValue(12);
		this.capacity.setStepButtonsVisible(false);
		this.price.setValue(BigDecimal.ZERO);
		add(this.title, this.description, this.topic, this.level, this.bring, this.place, this.capacity, this.price);
	}

	/** Shows a course's details to change them. */
	void show(Course course) {
		this.title.setValue(course.title());
		this.description.setValue(course.description());
		this.topic.setValue(course.topic());
		this.level.setValue(course.level());
		this.bring.setValue(course.bring() == null ? "" : course.bring());
		this.place.getListDataView()
			.getItems()
			.filter(p -> p.id() == course.place().id())
			.findFirst()
			.ifPresent(this.place::setValue);
		this.capacity.setValue(course.capacity());
		this.price.setValue(BigDecimal.valueOf(course.priceCents(), 2));
	}

	/**
	 * What was entered; the service checks it. A price that is no amount of euros and
	 * cents is refused here already. An empty price means free.
	 */
	CourseDetails details() {
		Integer places = this.capacity.getValue();
		Place where = this.place.getValue();
		return new CourseDetails(this.title.getValue(), this.description.getValue(), this.topic.getValue(),
				this.level.getValue(), this.bring.getValue(), where == null ? -1 : where.id(),
				places == null ? 0 : places, priceCents());
	}

	private int priceCents() {
		BigDecimal euros = this.price.getValue();
		if (euros == null) {
			return 0;
		}
		try {
			return euros.movePointRight(2).intValueExact();
		}
		catch (ArithmeticException ex) {
			throw Refusal.at("price", "courses.error.price");
		}
	}

	/** Lets refusals show at these fields, by the names the course service gives them. */
	void register(FormRefusals refusals) {
		refusals.field("title", this.title)
			.field("description", this.description)
			.field("bring", this.bring)
			.field("place", this.place)
			.field("capacity", this.capacity)
			.field("price", this.price);
	}

	void focusTitle() {
		this.title.focus();
	}

	void texts(Locale locale) {
		this.title.setLabel(getTranslation("trainer.course.title"));
		this.title.setHelperText(getTranslation("trainer.course.title.help"));
		this.description.setLabel(getTranslation("trainer.course.description"));
		this.description.setHelperText(getTranslation("trainer.course.description.help"));
		this.topic.setLabel(getTranslation("trainer.course.topic"));
		this.topic.setItemLabelGenerator(t -> CourseTexts.topic(t, locale));
		this.level.setLabel(getTranslation("trainer.course.level"));
		this.level.setItemLabelGenerator(l -> CourseTexts.level(l, locale));
		this.bring.setLabel(getTranslation("trainer.course.bring"));
		this.bring.setHelperText(getTranslation("trainer.course.bring.help"));
		this.place.setLabel(getTranslation("trainer.course.place"));
		this.place.setPlaceholder(getTranslation("trainer.course.place.choose"));
		this.capacity.setLabel(getTranslation("trainer.course.capacity"));
		this.capacity.setHelperText(getTranslation("trainer.course.capacity.help"));
		this.price.setLabel(getTranslation("trainer.course.price"));
		this.price.setHelperText(getTranslation("trainer.course.price.help"));
	}

}
