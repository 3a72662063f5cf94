package de.norderstedt.go.lockers.ui;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.lockers.Compartment;
import de.norderstedt.go.lockers.Item;
import de.norderstedt.go.lockers.ItemCondition;
import de.norderstedt.go.lockers.ItemPhoto;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.LockerAdminService;
import de.norderstedt.go.lockers.NewItem;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.PictureUpload;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.function.SerializableSupplier;

/**
 * A new item of a station ({@link CompartmentsView}), or one to change: its compartment,
 * kind, name, condition, and a photo with what it shows in both languages.
 */
class ItemForm extends Section {

	private final LockerAdminService admin;

	/** The station's compartments, to choose from. */
	private final SerializableSupplier<List<Compartment>> compartments;

	/** Runs when an item was saved (the lists change). */
	private final SerializableRunnable saved;

	private final H2 heading = new H2();

	private final ComboBox<Compartment> compartment = new ComboBox<>();

	private final Select<ItemType> type = new Select<>();

	private final TextField name = new TextField();

	private final Select<ItemCondition> condition = new Select<>();

	private final LiveRegion alert = LiveRegion.alert();

	private final PictureUpload upload = new PictureUpload(ItemPhoto.MAX_BYTES, "item-photo-label", this.alert,
			this::photoReceived);

	private final LiveRegion photoState = LiveRegion.status();

	private final TextField altDe = new TextField();

	private final TextField altEn = new TextField();

	private final LiveRegion status = LiveRegion.status();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("compartmentId", this.compartment)
		.field("name", this.name)
		.field("altDe", this.altDe)
		.field("altEn", this.altEn);

	private final Button save = new Button();

	private final Button cancel = new Button();

	private @Nullable Item editing;

	private byte @Nullable [] photo;

	private @Nullable String photoType;

	ItemForm(LockerAdminService admin, SerializableSupplier<List<Compartment>> compartments,
			SerializableRunnable saved) {
		this.admin = admin;
		this.compartments = compartments;
		this.saved = saved;
		this.type.setItems(ItemType.values());
		this.condition.setItems(ItemCondition.values());
		this.name.setRequired(true);
		this.save.addThemeName("primary");
		this.save.addClickListener(e -> save());
		this.cancel.addClickListener(e -> show(null));
		Div actions = new Div(this.save, this.cancel);
		actions.addClassName("actions");
		Div form = new Div(this.compartment, this.type, this.name, this.condition, this.upload.label(),
				this.upload.upload(), this.upload.problem(), this.photoState, this.altDe, this.altEn, this.alert,
				actions, this.status);
		form.addClassName("form");
		add(this.heading, form);
	}

	private void photoReceived(byte[] bytes, String mediaType, String fileName) {
		this.photo = bytes;
		this.photoType = mediaType;
		this.photoState.setText(getTranslation("lockers.items.photo-received", fileName));
	}

	private void save() {
		this.status.clear();
		Compartment chosen = this.compartment.getValue();
		ItemPhoto newPhoto = this.photo == null || this.photoType == null ? null
				: new ItemPhoto(this.photo, this.photoType, this.altDe.getValue(), this.altEn.getValue());
		NewItem item = new NewItem(chosen == null ? 0 : chosen.id(),
				this.type.getValue() == null ? ItemType.ROLLATOR : this.type.getValue(), this.name.getValue(),
				this.condition.getValue() == null ? ItemCondition.OK : this.condition.getValue(), newPhoto);
		Item before = this.editing;
		boolean done = this.refusals.attempt(() -> {
			if (before == null) {
				this.admin.addItem(item);
			}
			else {
				this.admin.updateItem(before.id(), item);
			}
		});
		if (done) {
			this.status.show(getTranslation("lockers.items.saved", item.name().strip()));
			show(null);
			this.saved.run();
		}
	}

	/** The form for a new item, or filled with the item to change. */
	void show(@Nullable Item item) {
		this.editing = item;
		List<Compartment> choices = this.compartments.get();
		this.compartment.setItems(choices);
		this.compartment.setValue(item == null ? null
				: choices.stream().filter(c -> c.id() == item.compartmentId()).findFirst().orElse(null));
		this.type.setValue(item == null ? ItemType.ROLLATOR : item.type());
		this.name.setValue(item == null ? "" : item.name());
		this.condition.setValue(item == null ? ItemCondition.OK : item.condition());
		this.altDe.setValue(item == null || item.photoAltDe() == null ? "" : item.photoAltDe());
		this.altEn.setValue(item == null || item.photoAltEn() == null ? "" : item.photoAltEn());
		this.photo = null;
		this.photoType = null;
		this.upload.clear();
		this.photoState.setText(item != null && item.hasPhoto() ? getTranslation("lockers.items.photo-kept") : "");
		this.refusals.clear();
		this.cancel.setVisible(item != null);
		this.heading.setText(item == null ? getTranslation("lockers.items.new")
				: getTranslation("lockers.items.edit.heading", item.name()));
		this.save.setText(getTranslation(item == null ? "lockers.items.create" : "lockers.items.save"));
	}

	/** Changes the item, starting at its name. */
	void edit(Item item) {
		show(item);
		this.name.focus();
	}

	/** The labels in the page's language, and the item being changed shown again. */
	void translate(Locale locale) {
		this.upload.translate(getTranslation("lockers.items.photo"),
				new PictureUpload.Texts(getTranslation("lockers.upload.add"), getTranslation("lockers.upload.drop"),
						getTranslation("lockers.error.photo-type"), getTranslation("lockers.error.photo-size"),
						getTranslation("lockers.upload.one")));
		this.compartment.setLabel(getTranslation("lockers.items.compartment"));
		this.compartment.setItemLabelGenerator(c -> getTranslation("lockers.board.compartment", c.number()));
		this.type.setLabel(getTranslation("lockers.items.type"));
		this.type.setItemLabelGenerator(t -> LockerTexts.type(t, locale));
		this.name.setLabel(getTranslation("lockers.items.name"));
		this.condition.setLabel(getTranslation("lockers.items.condition"));
		this.condition.setItemLabelGenerator(c -> LockerTexts.condition(c, locale));
		this.altDe.setLabel(getTranslation("lockers.items.alt-de"));
		this.altEn.setLabel(getTranslation("lockers.items.alt-en"));
		this.altDe.setHelperText(getTranslation("lockers.items.alt.help"));
		this.cancel.setText(getTranslation("lockers.admin.cancel"));
		show(this.editing);
	}

}
