package de.norderstedt.go.devices.ui;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.devices.CoursePlaces;
import de.norderstedt.go.devices.Device;
import de.norderstedt.go.devices.DeviceFeature;
import de.norderstedt.go.devices.DeviceKind;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.devices.Enrollment;
import de.norderstedt.go.devices.NewDevice;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.PublicUrl;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.EntryControls;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

/**
 * Admins enroll public touchscreens, hand out their one-time enrollment link, see when
 * each was last heard of, and revoke a device that was lost or replaced.
 */
@Route("admin/geraete")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class DevicesAdminView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final DeviceService devices;

	private final CoursePlaces places;

	private final PublicUrl publicUrl;

	private final H1 heading = new H1();

	private final H2 listHeading = new H2();

	private final UnorderedList list = new UnorderedList();

	private final H2 enrollHeading = new H2();

	private final TextField name = new TextField();

	private final TextField place = new TextField();

	private final RadioButtonGroup<DeviceKind> kind = new RadioButtonGroup<>();

	private final RadioButtonGroup<Language> language = new RadioButtonGroup<>();

	private final IntegerField idleTimeout = new IntegerField();

	private final CheckboxGroup<DeviceFeature> features = new CheckboxGroup<>();

	private final Button enroll = new Button();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("name", this.name)
		.field("place", this.place)
		.field("language", this.language)
		.field("idleTimeoutSeconds", this.idleTimeout);

	private final Paragraph link = new Paragraph();

	DevicesAdminView(DeviceService devices, CoursePlaces places, PublicUrl publicUrl) {
		this.devices = devices;
		this.places = places;
		this.publicUrl = publicUrl;
		addClassName("page");
		this.list.addClassName("account-list");
		this.name.setRequired(true);
		this.place.setRequired(true);
		this.kind.setItems(DeviceKind.values());
		this.kind.setValue(DeviceKind.LIBRARY_KIOSK);
		this.language.setItems(Language.values());
		this.language.setValue(Language.DE);
		this.idleTimeout.setMin(30);
		this.idleTimeout.setMax(3600);
		this.idleTimeout.setValue(120);
		this.idleTimeout.setStepButtonsVisible(false);
		this.features.setItems(DeviceFeature.values());
		this.features.setValue(Set.of(DeviceFeature.values()));
		this.enroll.addThemeName("primary");
		this.enroll.addClickListener(e -> enroll());
		this.status.setId("device-status");
		this.link.setId("enrollment-link");
		this.link.addClassName("enrollment-link");
		Div form = new Div(this.name, this.place, this.kind, this.language, this.idleTimeout, this.features, this.alert,
				this.enroll, this.status, this.link);
		form.addClassName("form");
		add(this.heading, new Section(this.listHeading, this.list), new Section(this.enrollHeading, form));
	}

	private void enroll() {
		this.status.clear();
		this.link.setText("");
		Integer timeout = this.idleTimeout.getValue();
		NewDevice device = new NewDevice(this.name.getValue(), this.place.getValue(), this.kind.getValue(),
				this.language.getValue(), timeout == null ? -1 : timeout, this.features.getValue());
		Enrollment enrollment;
		try {
			enrollment = this.devices.enroll(device);
		}
		catch (Refusal refusal) {
			this.refusals.show(refusal);
			return;
		}
		this.name.clear();
		this.place.clear();
		// an emptied required field is not a mistake right after a success
		this.refusals.clear();
		showEnrollment(enrollment);
		showDevices();
	}

	private void showEnrollment(Enrollment enrollment) {
		this.status.show(getTranslation("devices.enrolled", enrollment.device().name(),
				CityTime.medium(enrollment.expiresAt(), getLocale())));
		this.link.setText(this.publicUrl.of("/geraete/anmelden?code=" + enrollment.code()));
	}

	private void showDevices() {
		this.list.removeAll();
		Instant now = Instant.now();
		Map<Long, String> placeNames = new LinkedHashMap<>();
		this.places.all().forEach(place -> placeNames.put(place.id(), place.name()));
		for (Device device : this.devices.list()) {
			ListItem item = new ListItem(new H3(device.name()));
			item.addClassName("card");
			item.add(new Paragraph(getTranslation("devices.details", device.place(),
					getTranslation("devices.kind." + device.kind().name()), device.idleTimeoutSeconds())));
			item.add(new Paragraph(getTranslation("devices.features.list",
					device.features().isEmpty() ? getTranslation("devices.features.none")
							: device.features()
								.stream()
								.sorted()
								.map(f -> getTranslation(f.titleKey()))
								.collect(Collectors.joining(", ")))));
			// a device not heard from since its enrollment is silent since then
			Instant lastSign = device.lastSeenAt() != null ? device.lastSeenAt() : device.enrolledAt();
			String state;
			if (device.isRevoked()) {
				state = getTranslation("devices.state.revoked");
			}
			else if (!device.isEnrolled() || lastSign == null) {
				state = getTranslation("devices.state.waiting");
			}
			else if (device.isSilent(now)) {
				state = getTranslation("devices.state.silent", CityTime.medium(lastSign, getLocale()));
			}
			else {
				state = getTranslation("devices.state.online", CityTime.medium(lastSign, getLocale()));
			}
			Paragraph stateText = new Paragraph(state);
			if (device.isSilent(now)) {
				stateText.addClassName("warning");
			}
			item.add(stateText);
			if (!device.isRevoked()) {
				item.add(placeSelect(device, placeNames));
				Button code = EntryControls.button(getTranslation("devices.new-code"),
						getTranslation("devices.new-code.label", device.name()),
						e -> showEnrollment(this.devices.newEnrollmentCode(device.id())));
				Button revoke = EntryControls.button(getTranslation("devices.revoke"),
						getTranslation("devices.revoke.label", device.name()), e -> {
							this.devices.revoke(device.id());
							this.status.show(getTranslation("devices.revoked", device.name()));
							this.link.setText("");
							showDevices();
						});
				Div actions = new Div(code, revoke);
				actions.addClassName("actions");
				item.add(actions);
			}
			this.list.add(item);
		}
	}

	/** Which course place the device stands in: it shows the courses of that place. */
	private Select<Long> placeSelect(Device device, Map<Long, String> placeNames) {
		Select<Long> select = new Select<>();
		select.setLabel(getTranslation("kiosk.courses.device-place.label", device.name()));
		select.setHelperText(getTranslation("kiosk.courses.device-place"));
		select.setEmptySelectionAllowed(true);
		select.setEmptySelectionCaption(getTranslation("kiosk.courses.device-place.none"));
		select.setItems(placeNames.keySet());
		select.setItemLabelGenerator(id -> id == null ? getTranslation("kiosk.courses.device-place.none")
				: placeNames.getOrDefault(id, String.valueOf(id)));
		Long current = device.placeId();
		select.setValue(current != null && placeNames.containsKey(current) ? current : null);
		select.addValueChangeListener(e -> {
			if (!e.isFromClient()) {
				return;
			}
			Long place = e.getValue();
			this.devices.setPlace(device.id(), place);
			this.status.show(place == null ? getTranslation("kiosk.courses.device-place.saved-none", device.name())
					: getTranslation("kiosk.courses.device-place.saved", device.name(), placeNames.get(place)));
			this.link.setText("");
		});
		select.addClassName("device-place");
		return select;
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "devices.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("devices.title"));
		this.listHeading.setText(getTranslation("devices.list"));
		this.enrollHeading.setText(getTranslation("devices.enroll"));
		this.name.setLabel(getTranslation("devices.name"));
		this.place.setLabel(getTranslation("devices.place"));
		this.kind.setLabel(getTranslation("devices.kind"));
		this.kind.setItemLabelGenerator(k -> getTranslation("devices.kind." + k.name()));
		this.language.setLabel(getTranslation("devices.language"));
		this.language.setItemLabelGenerator(l -> getTranslation("language." + l.code()));
		this.idleTimeout.setLabel(getTranslation("devices.idle-timeout"));
		this.idleTimeout.setHelperText(getTranslation("devices.idle-timeout.help"));
		this.features.setLabel(getTranslation("devices.features"));
		this.features.setItemLabelGenerator(f -> getTranslation(f.titleKey()));
		this.enroll.setText(getTranslation("devices.enroll.submit"));
		showDevices();
		Titles.update(this);
	}

}
