package de.norderstedt.go.courses.ui;

import java.util.List;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.courses.NewPlace;
import de.norderstedt.go.courses.Place;
import de.norderstedt.go.courses.PlaceService;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.EntryControls;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admins keep the places where courses happen, with what people need to know to get in
 * and take part.
 */
@Route("admin/orte")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class PlacesAdminView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final PlaceService places;

	private final H1 heading = new H1();

	private final H2 listHeading = new H2();

	private final Paragraph empty = new Paragraph();

	private final UnorderedList list = new UnorderedList();

	private final H2 formHeading = new H2();

	private final TextField name = new TextField();

	private final TextField address = new TextField();

	private final Checkbox stepFree = new Checkbox();

	private final Checkbox hearingLoop = new Checkbox();

	private final Checkbox accessibleToilet = new Checkbox();

	private final IntegerField seats = new IntegerField();

	private final LiveRegion alert = LiveRegion.alert();

	private final FormRefusals refusals = new FormRefusals(this.alert);

	private final Button save = new Button();

	private final Button cancelEdit = new Button();

	private final LiveRegion status = LiveRegion.status();

	private @Nullable Place editing;

	PlacesAdminView(PlaceService places) {
		this.places = places;
		addClassName("page");
		this.list.addClassName("account-list");
		this.name.setRequired(true);
		this.address.setRequired(true);
		this.refusals.field("name", this.name).field("address", this.address).field("seats", this.seats);
		this.seats.setMin(1);
		this.seats.setMax(1000);
		this.seats.setValue(20);
		this.seats.setStepButtonsVisible(false);
		this.save.addThemeName("primary");
		this.save.addClickListener(e -> save());
		this.cancelEdit.addClickListener(e -> {
			showForm(null);
			this.name.focus();
		});
		Div actions = new Div(this.save, this.cancelEdit);
		actions.addClassName("actions");
		Div form = new Div(this.name, this.address, this.stepFree, this.hearingLoop, this.accessibleToilet, this.seats,
				this.alert, actions, this.status);
		form.addClassName("form");
		add(this.heading, new Section(this.listHeading, this.empty, this.list), new Section(this.formHeading, form));
		showForm(null);
	}

	private void save() {
		this.status.clear();
		Integer seatCount = this.seats.getValue();
		NewPlace place = new NewPlace(this.name.getValue(), this.address.getValue(), this.stepFree.getValue(),
				this.hearingLoop.getValue(), this.accessibleToilet.getValue(), seatCount == null ? 0 : seatCount);
		Place editing = this.editing;
		boolean saved = this.refusals.attempt(() -> {
			if (editing == null) {
				this.places.createPlace(place);
			}
			else {
				this.places.updatePlace(editing.id(), place);
			}
		});
		if (saved) {
			this.status
				.show(getTranslation(editing == null ? "places.created" : "places.updated", place.name().strip()));
			showForm(null);
			showPlaces();
		}
	}

	/** The form for a new place, or filled with the place to change. */
	private void showForm(@Nullable Place place) {
		this.editing = place;
		this.name.setValue(place == null ? "" : place.name());
		this.address.setValue(place == null ? "" : place.address());
		this.stepFree.setValue(place != null && place.stepFree());
		this.hearingLoop.setValue(place != null && place.hearingLoop());
		this.accessibleToilet.setValue(place != null && place.accessibleToilet());
		this.seats.setValue(place == null ? 20 : place.seats());
		// an emptied required field is not a mistake right after a success
		this.refusals.clear();
		this.cancelEdit.setVisible(place != null);
		formTexts();
	}

	private void formTexts() {
		this.formHeading.setText(this.editing == null ? getTranslation("places.new")
				: getTranslation("places.edit.heading", this.editing.name()));
		this.save.setText(getTranslation(this.editing == null ? "places.create" : "places.save"));
	}

	private void showPlaces() {
		this.list.removeAll();
		List<Place> places = this.places.places();
		for (Place place : places) {
			ListItem item = new ListItem(new H3(place.name()));
			item.addClassName("card");
			item.add(new Paragraph(place.address()));
			item.add(new Paragraph(CourseTexts.access(place, getLocale())));
			item.add(new Paragraph(getTranslation("places.seats.count", place.seats())));
			Button edit = EntryControls.button(getTranslation("places.edit"),
					getTranslation("places.edit.label", place.name()), e -> {
						showForm(place);
						this.status.clear();
						this.name.focus();
					});
			item.add(edit);
			this.list.add(item);
		}
		this.empty.setVisible(places.isEmpty());
		this.list.setVisible(!places.isEmpty());
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "places.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("places.title"));
		this.listHeading.setText(getTranslation("places.list"));
		this.empty.setText(getTranslation("places.none"));
		this.name.setLabel(getTranslation("places.name"));
		this.address.setLabel(getTranslation("places.address"));
		this.address.setHelperText(getTranslation("places.address.help"));
		this.stepFree.setLabel(getTranslation("places.step-free"));
		this.hearingLoop.setLabel(getTranslation("places.hearing-loop"));
		this.accessibleToilet.setLabel(getTranslation("places.toilet"));
		this.seats.setLabel(getTranslation("places.seats"));
		this.cancelEdit.setText(getTranslation("places.cancel"));
		formTexts();
		showPlaces();
		Titles.update(this);
	}

}
