package de.norderstedt.go.lockers.ui;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.lockers.Compartment;
import de.norderstedt.go.lockers.CompartmentSize;
import de.norderstedt.go.lockers.CompartmentState;
import de.norderstedt.go.lockers.Item;
import de.norderstedt.go.lockers.LockerAdminService;
import de.norderstedt.go.lockers.NewCompartment;
import de.norderstedt.go.lockers.Station;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.EntryControls;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;

/**
 * A station's compartments (number, height, size, maintenance) and the items kept in them
 * (kind, name, condition, a photo with what it shows in both languages).
 */
@Route("schliessfaecher/verwaltung/:id([0-9]{1,18})/faecher")
@RolesAllowed({ "LOCKER_STAFF", "ADMIN" })
@AccessDeniedErrorRouter
class CompartmentsView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final LockerAdminService admin;

	private long stationId;

	private @Nullable Station station;

	private final H1 heading = new H1();

	private final H2 compartmentListHeading = new H2();

	private final UnorderedList compartmentList = new UnorderedList();

	private final H2 itemListHeading = new H2();

	private final UnorderedList itemList = new UnorderedList();

	// ---- the compartment form

	private final H2 compartmentHeading = new H2();

	private final IntegerField number = new IntegerField();

	private final IntegerField height = new IntegerField();

	private final Select<CompartmentSize> size = new Select<>();

	private final RadioButtonGroup<CompartmentState> state = new RadioButtonGroup<>();

	private final LiveRegion compartmentAlert = LiveRegion.alert();

	private final LiveRegion compartmentStatus = LiveRegion.status();

	private final FormRefusals compartmentRefusals = new FormRefusals(this.compartmentAlert)
		.field("number", this.number)
		.field("heightCm", this.height);

	private final Button saveCompartment = new Button();

	private final Button cancelCompartment = new Button();

	private @Nullable Compartment editingCompartment;

	private final ItemForm itemForm;

	private final Div links = new Div();

	CompartmentsView(LockerAdminService admin) {
		this.admin = admin;
		addClassName("page");
		this.compartmentList.addClassName("account-list");
		this.itemList.addClassName("account-list");
		this.number.setMin(1);
		this.number.setMax(255);
		this.number.setRequired(true);
		this.height.setMin(0);
		this.height.setMax(250);
		this.height.setRequired(true);
		this.size.setItems(CompartmentSize.values());
		this.state.setItems(CompartmentState.values());
		this.saveCompartment.addThemeName("primary");
		this.saveCompartment.addClickListener(e -> saveCompartment());
		this.cancelCompartment.addClickListener(e -> showCompartmentForm(null));
		Div compartmentActions = new Div(this.saveCompartment, this.cancelCompartment);
		compartmentActions.addClassName("actions");
		Div compartmentForm = new Div(this.number, this.height, this.size, this.state, this.compartmentAlert,
				compartmentActions, this.compartmentStatus);
		compartmentForm.addClassName("form");

		this.itemForm = new ItemForm(admin, this::compartments, this::showLists);

		add(this.heading, new Section(this.compartmentListHeading, this.compartmentList),
				new Section(this.compartmentHeading, compartmentForm), new Section(this.itemListHeading, this.itemList),
				this.itemForm, this.links);
		this.links.addClassName("actions");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.stationId = event.getRouteParameters().getLong("id").orElse(0L);
		this.station = this.admin.station(this.stationId).orElse(null);
	}

	// ---- compartments

	private void saveCompartment() {
		this.compartmentStatus.clear();
		NewCompartment compartment = new NewCompartment(valueOf(this.number), valueOf(this.height),
				this.size.getValue() == null ? CompartmentSize.LARGE : this.size.getValue(),
				this.state.getValue() == null ? CompartmentState.IN_SERVICE : this.state.getValue());
		Compartment editing = this.editingCompartment;
		boolean saved = this.compartmentRefusals.attempt(() -> {
			if (editing == null) {
				this.admin.addCompartment(this.stationId, compartment);
			}
			else {
				this.admin.updateCompartment(editing.id(), compartment);
			}
		});
		if (saved) {
			this.compartmentStatus.show(getTranslation("lockers.compartments.saved", compartment.number()));
			showCompartmentForm(null);
			showLists();
		}
	}

	private static int valueOf(IntegerField field) {
		Integer value = field.getValue();
		return value == null ? -1 : value;
	}

	private void showCompartmentForm(@Nullable Compartment compartment) {
		this.editingCompartment = compartment;
		this.number.setValue(compartment == null ? null : compartment.number());
		this.height.setValue(compartment == null ? null : compartment.heightCm());
		this.size.setValue(compartment == null ? CompartmentSize.LARGE : compartment.size());
		this.state.setValue(compartment == null ? CompartmentState.IN_SERVICE : compartment.state());
		this.compartmentRefusals.clear();
		this.cancelCompartment.setVisible(compartment != null);
		this.compartmentHeading.setText(compartment == null ? getTranslation("lockers.compartments.new")
				: getTranslation("lockers.compartments.edit.heading", compartment.number()));
		this.saveCompartment
			.setText(getTranslation(compartment == null ? "lockers.compartments.create" : "lockers.compartments.save"));
	}

	/** The station's compartments; none for an unknown station. */
	private List<Compartment> compartments() {
		return this.station == null ? List.of() : this.admin.compartments(this.stationId);
	}

	private void showLists() {
		Locale locale = getLocale();
		this.compartmentList.removeAll();
		this.itemList.removeAll();
		if (this.station == null) {
			return;
		}
		for (Compartment c : this.admin.compartments(this.stationId)) {
			ListItem row = new ListItem(new H3(getTranslation("lockers.board.compartment", c.number())));
			row.addClassName("card");
			row.add(new Paragraph(
					getTranslation("lockers.board.place", c.heightCm(), LockerTexts.size(c.size(), locale))));
			row.add(new Paragraph(getTranslation(
					c.isReachable() ? "lockers.compartments.reachable" : "lockers.compartments.not-reachable")));
			if (c.state() == CompartmentState.MAINTENANCE) {
				Paragraph maintenance = new Paragraph(new Span(getTranslation("lockers.board.maintenance")));
				maintenance.addClassName("places-full");
				row.add(maintenance);
			}
			Button edit = EntryControls.button(getTranslation("lockers.admin.edit"),
					getTranslation("lockers.compartments.edit.label", c.number()), e -> {
						showCompartmentForm(c);
						this.number.focus();
					});
			row.add(edit);
			this.compartmentList.add(row);
		}
		for (Item item : this.admin.items(this.stationId)) {
			ListItem row = new ListItem(new H3(LockerTexts.type(item.type(), locale) + ": " + item.name()));
			row.addClassName("card");
			if (item.hasPhoto()) {
				row.add(LockerPictures.photo(item, locale));
			}
			row.add(new Paragraph(getTranslation("lockers.board.compartment", item.compartmentNumber())));
			row.add(new Paragraph(
					getTranslation("lockers.items.condition-is", LockerTexts.condition(item.condition(), locale))));
			Button edit = EntryControls.button(getTranslation("lockers.admin.edit"),
					getTranslation("lockers.items.edit.label", item.name()), e -> this.itemForm.edit(item));
			row.add(edit);
			this.itemList.add(row);
		}
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "lockers.compartments.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Locale locale = event.getLocale();
		this.heading.setText(this.station == null ? getTranslation("lockers.board.unknown")
				: getTranslation("lockers.compartments.heading", this.station.name()));
		this.compartmentListHeading.setText(getTranslation("lockers.compartments.list"));
		this.itemListHeading.setText(getTranslation("lockers.items.list"));
		this.links.removeAll();
		RouterLink board = new RouterLink(getTranslation("lockers.admin.board"), StationBoardView.class,
				new RouteParameters("id", String.valueOf(this.stationId)));
		board.addClassName("button-link");
		RouterLink back = new RouterLink(getTranslation("lockers.admin.title"), LockerAdminView.class);
		back.addClassName("button-link");
		this.links.add(board, back);
		this.number.setLabel(getTranslation("lockers.compartments.number"));
		this.height.setLabel(getTranslation("lockers.compartments.height"));
		this.height.setHelperText(getTranslation("lockers.compartments.height.help"));
		this.size.setLabel(getTranslation("lockers.compartments.size"));
		this.size.setItemLabelGenerator(s -> LockerTexts.size(s, locale));
		this.state.setLabel(getTranslation("lockers.compartments.state"));
		this.state.setItemLabelGenerator(s -> getTranslation(s == CompartmentState.MAINTENANCE
				? "lockers.compartments.maintenance" : "lockers.compartments.in-service"));
		this.cancelCompartment.setText(getTranslation("lockers.admin.cancel"));
		showCompartmentForm(this.editingCompartment);
		this.itemForm.translate(locale);
		showLists();
		Titles.update(this);
	}

}
