package de.norderstedt.go.courses.ui;

import java.io.Serializable;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.courses.Course;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.Place;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasText;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * What the booking screens show on the steps before the ticket: the course list, a date
 * with its facts, the questions, and the check before booking. Fills the heading, the
 * help text and the body of the {@link BookingFlow}, and names its "Weiter" button; the
 * port's ticket screen fills the same parts.
 */
final class BookingScreens implements BookingFlowPort.Screen, Serializable {

	/** The flow, for its texts in the page's language. */
	private final BookingFlow texts;

	private final BookingFlow.Host host;

	private final HasText heading;

	private final HasText help;

	private final Div body;

	private final Button next;

	BookingScreens(BookingFlow texts, BookingFlow.Host host, HasText heading, HasText help, Div body, Button next) {
		this.texts = texts;
		this.host = host;
		this.heading = heading;
		this.help = help;
		this.body = body;
		this.next = next;
	}

	@Override
	public void heading(String text) {
		this.heading.setText(text);
	}

	@Override
	public void help(String text) {
		this.help.setText(text);
	}

	@Override
	public void add(Component... components) {
		this.body.add(components);
	}

	@Override
	public BookingFlow.Host host() {
		return this.host;
	}

	@Override
	public Component view() {
		return this.texts;
	}

	@Override
	public Locale locale() {
		return this.texts.locale();
	}

	/** A screen that asks for something typed into the fields. */
	void ask(String headingKey, String helpKey) {
		this.heading.setText(text(headingKey));
		this.help.setText(text(helpKey));
	}

	/**
	 * The dates that can be booked, one card each.
	 * @param withPlace whether each card names its place (the list shows all places)
	 * @return the first card, where a person starts; null when there is none
	 */
	@Nullable Component list(List<CourseDate> dates, boolean withPlace, Locale locale, SerializableConsumer<CourseDate> choose) {
		this.heading.setText(text("kiosk.courses.list.heading"));
		if (dates.isEmpty()) {
			this.help.setText(text("kiosk.courses.list.empty"));
			return null;
		}
		this.help.setText(text("kiosk.courses.list.help"));
		UnorderedList list = new UnorderedList();
		list.addClassName("kiosk-course-list");
		Component first = null;
		for (CourseDate each : dates) {
			NativeButton card = new NativeButton();
			card.addClassName("kiosk-course");
			card.add(line("kiosk-course-title", each.title()),
					line("kiosk-course-when", CourseTexts.when(each, locale)),
					line("kiosk-course-places", CourseTexts.freePlaces(each, locale)),
					line("kiosk-course-facts", CourseTexts.level(each.level(), locale) + " · "
							+ CourseTexts.price(each.priceCents(), locale)));
			if (withPlace) {
				card.add(line("kiosk-course-facts", text("kiosk.courses.list.place", each.placeName())));
			}
			card.addClickListener(e -> choose.accept(each));
			list.add(new ListItem(card));
			if (first == null) {
				first = card;
			}
		}
		this.body.add(list);
		return first;
	}

	/** The chosen date with what a person needs to know before booking it. */
	void date(CourseDate chosen, Course details, Locale locale) {
		this.heading.setText(chosen.title());
		this.help.setText(details.description());
		this.next.setText(text("kiosk.courses.date.book"));
		Place place = details.place();
		DescriptionList facts = facts();
		fact(facts, "kiosk.courses.date.when", CourseTexts.when(chosen, locale));
		fact(facts, "kiosk.courses.date.where", place.name() + ", " + place.address());
		fact(facts, "kiosk.courses.date.access", CourseTexts.access(place, locale));
		if (details.bring() != null) {
			fact(facts, "kiosk.courses.date.bring", details.bring());
		}
		fact(facts, "kiosk.courses.date.level", CourseTexts.level(chosen.level(), locale));
		fact(facts, "kiosk.courses.date.price", CourseTexts.price(chosen.priceCents(), locale));
		// "Noch 3 Plätze frei" or "Ausgebucht — Sie kommen auf die Warteliste (Platz 2)"
		fact(facts, "kiosk.courses.date.places", chosen.freePlaces() > 0 ? CourseTexts.freePlaces(chosen, locale)
				: text("kiosk.courses.date.full", chosen.waiting() + 1));
		this.body.add(facts);
	}

	/** Everything once more before "Jetzt verbindlich buchen". */
	void check(CourseDate chosen, Course details, BookingFields fields, Locale locale) {
		this.heading.setText(text("kiosk.courses.check.heading"));
		this.help.setText(text("kiosk.courses.check.help"));
		this.next.setText(text("kiosk.courses.check.book"));
		DescriptionList facts = facts();
		fact(facts, "kiosk.courses.check.course", chosen.title());
		fact(facts, "kiosk.courses.date.when", CourseTexts.when(chosen, locale));
		fact(facts, "kiosk.courses.date.where", details.place().name() + ", " + details.place().address());
		fact(facts, "kiosk.courses.check.name", fields.name().strip());
		String phoneNumber = fields.phoneNumber();
		if (phoneNumber != null) {
			fact(facts, "kiosk.courses.check.phone", phoneNumber);
		}
		String address = fields.emailAddress();
		if (address != null) {
			fact(facts, "kiosk.courses.check.email", address);
		}
		fact(facts, "kiosk.courses.date.price", CourseTexts.price(chosen.priceCents(), locale));
		fact(facts, "kiosk.courses.date.places", chosen.freePlaces() > 0 ? text("kiosk.courses.check.free")
				: text("kiosk.courses.check.waiting", chosen.waiting() + 1));
		this.body.add(facts);
	}

	private static Span line(String className, String text) {
		Span span = new Span(text);
		span.addClassName(className);
		return span;
	}

	private static DescriptionList facts() {
		DescriptionList facts = new DescriptionList();
		facts.addClassName("kiosk-facts");
		return facts;
	}

	private void fact(DescriptionList facts, String termKey, String description) {
		facts.add(new DescriptionList.Term(text(termKey)), new DescriptionList.Description(new Span(description)));
	}

	private String text(String key, Object... parameters) {
		return this.texts.getTranslation(key, parameters);
	}

}
