package de.norderstedt.go.lockers.ui;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.lockers.Item;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.LockerService;
import de.norderstedt.go.lockers.Station;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * Where a locker station is, when it opens and what it lends, with a photo of each kind
 * of item where staff uploaded one and its pictogram otherwise.
 */
final class StationFacts {

	private StationFacts() {
	}

	/** Every station, one card each (for visitors who are not signed in). */
	static Component list(List<Station> stations, LockerService lockers, Component texts, Locale locale) {
		UnorderedList list = new UnorderedList();
		list.addClassName("course-list");
		for (Station s : stations) {
			ListItem item = new ListItem(of(s, lockers, texts, locale));
			item.addClassName("card");
			list.add(item);
		}
		return list;
	}

	/** One station's facts. */
	static Section of(Station s, LockerService lockers, Component texts, Locale locale) {
		List<ItemType> types = lockers.types(s.id());
		return of(s, types, types.isEmpty() ? List.of() : lockers.items(s.id()), new H2(), texts, locale);
	}

	/**
	 * One station's facts, from what it lends and its items.
	 * @param heading the (empty) heading for the station's name, of the level the page
	 * needs
	 */
	static Section of(Station s, List<ItemType> types, List<Item> items, HtmlContainer heading, Component texts,
			Locale locale) {
		heading.setText(s.name());
		Section section = new Section(heading);
		section.addClassName("lockers-station");
		section.add(new Paragraph(s.place()));
		section.add(new Paragraph(texts.getTranslation("lockers.hours", s.opens().toString(), s.closes().toString())));
		if (!types.isEmpty()) {
			UnorderedList lends = new UnorderedList();
			lends.addClassName("lockers-types");
			for (ItemType t : types) {
				// a real photo where staff uploaded one, the pictogram otherwise
				Image picture = items.stream()
					.filter(i -> i.type() == t && i.hasPhoto())
					.findFirst()
					.map(i -> LockerPictures.photo(i, locale))
					.orElseGet(() -> LockerPictures.pictogram(t));
				lends.add(new ListItem(picture, new Span(LockerTexts.type(t, locale))));
			}
			section.add(new Paragraph(texts.getTranslation("lockers.lends")), lends);
		}
		return section;
	}

}
