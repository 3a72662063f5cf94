package de.norderstedt.go.lockers.ui;

import java.util.Locale;

import de.norderstedt.go.lockers.Item;
import de.norderstedt.go.lockers.ItemType;

import com.vaadin.flow.component.html.Image;

/** The pictures of what the lockers lend: staff's photos and the kinds' pictograms. */
final class LockerPictures {

	private LockerPictures() {
	}

	/** The item's photo, described in the page's language. */
	static Image photo(Item item, Locale locale) {
		String alt = "en".equals(locale.getLanguage()) ? item.photoAltEn() : item.photoAltDe();
		Image photo = new Image("schliessfaecher/fotos/" + item.id(), alt == null ? "" : alt);
		photo.addClassName("lockers-photo");
		return photo;
	}

	/** The pictogram of a kind of item; the text next to it says what it shows. */
	static Image pictogram(ItemType type) {
		Image picture = new Image(LockerTexts.typeImage(type), "");
		picture.addClassName("lockers-pictogram");
		return picture;
	}

}
