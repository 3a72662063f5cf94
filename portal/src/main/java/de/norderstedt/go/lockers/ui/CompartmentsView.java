package de.norderstedt.go.lockers.ui;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.lockers.Compartment;
import de.norderstedt.go.lockers.CompartmentSize;
import de.norderstedt.go.lockers.CompartmentState;
import de.norderstedt.go.lockers.Item;
import de.norderstedt.go.lockers.ItemCondition;
import de.norderstedt.go.lockers.ItemPhoto;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.LockerAdminService;
import de.norderstedt.go.lockers.NewCompartment;
import de.norderstedt.go.lockers.NewItem;
import de.norderstedt.go.lockers.Station;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * A station's compartments (number, height, size, maintenance) and the items kept in them
 * (kind, name, condition, a photo with what it shows in both languages).
 */
@Route("schliessfaecher/verwaltung/:id([0-9]{1,18})/faecher")
@RolesAllowed({ "LOCKER_STAFF", "ADMIN" })
@AccessDeniedErrorRouter
class CompartmentsView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private static final List<String> PHOTO_TYPES = List.of("image/jpeg", "image/png", "image/webp");

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

	// ---- the item form

	private final H2 itemHeading = new H2();

	private final Div links = new Div();

	private final ComboBox<Compartment> itemCompartment = new ComboBox<>();

	private final Select<ItemType> itemType = new Select<>();

	private final TextField itemName = new TextField();

	private final Select<ItemCondition> condition = new Select<>();

	private final Upload upload = new Upload();

	private final Paragraph uploadLabel = new Paragraph();

	private final LiveRegion photoState = LiveRegion.status();

	private final TextField altDe = new TextField();

	private final TextField altEn = new TextField();

	private final LiveRegion itemAlert = LiveRegion.alert();

	private final LiveRegion itemStatus = LiveRegion.status();

	private final FormRefusals itemRefusals = new FormRefusals(this.itemAlert)
		.field("compartmentId", this.itemCompartment)
		.field("name", this.itemName)
		.field("altDe", this.altDe)
		.field("altEn", this.altEn);

	private final Button saveItem = new Button();

	private final Button cancelItem = new Button();

	private @Nullable Item editingItem;

	private byte @Nullable [] photo;

	private @Nullable String photoType;

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

		this.itemType.setItems(ItemType.values());
		this.condition.setItems(ItemCondition.values());
		this.itemName.setRequired(true);
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(ItemPhoto.MAX_BYTES);
		this.upload.setAcceptedFileTypes(PHOTO_TYPES.toArray(String[]::new));
		this.upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
			// the handler runs on the upload's request: hand the photo to the UI
			UI ui = getUI().orElse(null);
			if (ui != null) {
				ui.access(() -> photoReceived(metadata.contentType(), bytes, metadata.fileName()));
			}
		}));
		this.upload.addFileRejectedListener(e -> this.itemAlert.show(getTranslation("lockers.error.photo-type")));
		this.uploadLabel.setId("item-photo-label");
		this.upload.getElement().setAttribute("aria-labelledby", "item-photo-label");
		this.saveItem.addThemeName("primary");
		this.saveItem.addClickListener(e -> saveItem());
		this.cancelItem.addClickListener(e -> showItemForm(null));
		Div itemActions = new Div(this.saveItem, this.cancelItem);
		itemActions.addClassName("actions");
		Div itemForm = new Div(this.itemCompartment, this.itemType, this.itemName, this.condition, this.uploadLabel,
				this.upload, this.photoState, this.altDe, this.altEn, this.itemAlert, itemActions, this.itemStatus);
		itemForm.addClassName("form");

		add(this.heading, new Section(this.compartmentListHeading, this.compartmentList),
				new Section(this.compartmentHeading, compartmentForm), new Section(this.itemListHeading, this.itemList),
				new Section(this.itemHeading, itemForm), this.links);
		this.links.addClassName("actions");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.stationId = event.getRouteParameters().getLong("id").orElse(0L);
		this.station = this.admin.station(this.stationId).orElse(null);
	}

	private void photoReceived(@Nullable String mediaType, byte[] bytes, String fileName) {
		this.itemAlert.clear();
		if (mediaType == null || !PHOTO_TYPES.contains(mediaType)) {
			this.itemAlert.show(getTranslation("lockers.error.photo-type"));
			return;
		}
		if (bytes.length > ItemPhoto.MAX_BYTES) {
			this.itemAlert.show(getTranslation("lockers.error.photo-size"));
			return;
		}
		this.photo = bytes;
		this.photoType = mediaType;
		this.photoState.setText(getTranslation("lockers.items.photo-received", fileName));
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

	// ---- items

	private void saveItem() {
		this.itemStatus.clear();
		Compartment compartment = this.itemCompartment.getValue();
		ItemPhoto newPhoto = this.photo == null || this.photoType == null ? null
				: new ItemPhoto(this.photo, this.photoType, this.altDe.getValue(), this.altEn.getValue());
		NewItem item = new NewItem(compartment == null ? 0 : compartment.id(),
				this.itemType.getValue() == null ? ItemType.ROLLATOR : this.itemType.getValue(),
				this.itemName.getValue(),
				this.condition.getValue() == null ? ItemCondition.OK : this.condition.getValue(), newPhoto);
		Item editing = this.editingItem;
		boolean saved = this.itemRefusals.attempt(() -> {
			if (editing == null) {
				this.admin.addItem(item);
			}
			else {
				this.admin.updateItem(editing.id(), item);
			}
		});
		if (saved) {
			this.itemStatus.show(getTranslation("lockers.items.saved", item.name().strip()));
			showItemForm(null);
			showLists();
		}
	}

	private void showItemForm(@Nullable Item item) {
		this.editingItem = item;
		List<Compartment> compartments = this.station == null ? List.of() : this.admin.compartments(this.stationId);
		this.itemCompartment.setItems(compartments);
		this.itemCompartment.setValue(item == null ? null
				: compartments.stream().filter(c -> c.id() == item.compartmentId()).findFirst().orElse(null));
		this.itemType.setValue(item == null ? ItemType.ROLLATOR : item.type());
		this.itemName.setValue(item == null ? "" : item.name());
		this.condition.setValue(item == null ? ItemCondition.OK : item.condition());
		this.altDe.setValue(item == null || item.photoAltDe() == null ? "" : item.photoAltDe());
		this.altEn.setValue(item == null || item.photoAltEn() == null ? "" : item.photoAltEn());
		this.photo = null;
		this.photoType = null;
		this.upload.clearFileList();
		this.photoState.setText(item != null && item.hasPhoto() ? getTranslation("lockers.items.photo-kept") : "");
		this.itemRefusals.clear();
		this.cancelItem.setVisible(item != null);
		this.itemHeading.setText(item == null ? getTranslation("lockers.items.new")
				: getTranslation("lockers.items.edit.heading", item.name()));
		this.saveItem.setText(getTranslation(item == null ? "lockers.items.create" : "lockers.items.save"));
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
			Button edit = new Button(getTranslation("lockers.admin.edit"));
			edit.getElement().setAttribute("aria-label", getTranslation("lockers.compartments.edit.label", c.number()));
			edit.addClickListener(e -> {
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
				String alt = "en".equals(locale.getLanguage()) ? item.photoAltEn() : item.photoAltDe();
				Image picture = new Image("schliessfaecher/fotos/" + item.id(), alt == null ? "" : alt);
				picture.addClassName("lockers-photo");
				row.add(picture);
			}
			row.add(new Paragraph(getTranslation("lockers.board.compartment", item.compartmentNumber())));
			row.add(new Paragraph(
					getTranslation("lockers.items.condition-is", LockerTexts.condition(item.condition(), locale))));
			Button edit = new Button(getTranslation("lockers.admin.edit"));
			edit.getElement().setAttribute("aria-label", getTranslation("lockers.items.edit.label", item.name()));
			edit.addClickListener(e -> {
				showItemForm(item);
				this.itemName.focus();
			});
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
		this.upload.setI18n(new UploadI18N()
			.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("lockers.upload.add"))
				.setMany(getTranslation("lockers.upload.add")))
			.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("lockers.upload.drop"))
				.setMany(getTranslation("lockers.upload.drop")))
			.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("lockers.error.photo-size"))
				.setIncorrectFileType(getTranslation("lockers.error.photo-type"))
				.setTooManyFiles(getTranslation("lockers.upload.one"))));
		this.number.setLabel(getTranslation("lockers.compartments.number"));
		this.height.setLabel(getTranslation("lockers.compartments.height"));
		this.height.setHelperText(getTranslation("lockers.compartments.height.help"));
		this.size.setLabel(getTranslation("lockers.compartments.size"));
		this.size.setItemLabelGenerator(s -> LockerTexts.size(s, locale));
		this.state.setLabel(getTranslation("lockers.compartments.state"));
		this.state.setItemLabelGenerator(s -> getTranslation(s == CompartmentState.MAINTENANCE
				? "lockers.compartments.maintenance" : "lockers.compartments.in-service"));
		this.cancelCompartment.setText(getTranslation("lockers.admin.cancel"));
		this.itemCompartment.setLabel(getTranslation("lockers.items.compartment"));
		this.itemCompartment.setItemLabelGenerator(c -> getTranslation("lockers.board.compartment", c.number()));
		this.itemType.setLabel(getTranslation("lockers.items.type"));
		this.itemType.setItemLabelGenerator(t -> LockerTexts.type(t, locale));
		this.itemName.setLabel(getTranslation("lockers.items.name"));
		this.condition.setLabel(getTranslation("lockers.items.condition"));
		this.condition.setItemLabelGenerator(c -> LockerTexts.condition(c, locale));
		this.uploadLabel.setText(getTranslation("lockers.items.photo"));
		this.altDe.setLabel(getTranslation("lockers.items.alt-de"));
		this.altEn.setLabel(getTranslation("lockers.items.alt-en"));
		this.altDe.setHelperText(getTranslation("lockers.items.alt.help"));
		this.cancelItem.setText(getTranslation("lockers.admin.cancel"));
		showCompartmentForm(this.editingCompartment);
		showItemForm(this.editingItem);
		showLists();
		Titles.update(this);
	}

}
