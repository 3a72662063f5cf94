package de.norderstedt.go.lockers.ui;

import java.time.LocalTime;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.lockers.LockerAdminService;
import de.norderstedt.go.lockers.LockerAdminService.StaffChoice;
import de.norderstedt.go.lockers.LockerAdminService.TerminalChoice;
import de.norderstedt.go.lockers.NewStation;
import de.norderstedt.go.lockers.Station;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.EntryControls;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.checkbox.CheckboxGroupVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;

/**
 * Locker staff keep the stations: name, place, opening hours, terminal; from here they
 * reach each station's live board and compartments, and the overdue list.
 */
@Route("schliessfaecher/verwaltung")
@RolesAllowed({ "LOCKER_STAFF", "ADMIN" })
@AccessDeniedErrorRouter
public class LockerAdminView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final LockerAdminService admin;

	private final H1 heading = new H1();

	private final H2 listHeading = new H2();

	private final Paragraph empty = new Paragraph();

	private final UnorderedList list = new UnorderedList();

	private final RouterLink overdue = new RouterLink("", OverdueView.class);

	private final H2 formHeading = new H2();

	private final TextField name = new TextField();

	private final TextField place = new TextField();

	private final TimePicker opens = new TimePicker();

	private final TimePicker closes = new TimePicker();

	private final ComboBox<TerminalChoice> terminal = new ComboBox<>();

	private final Checkbox simulated = new Checkbox();

	private final CheckboxGroup<StaffChoice> staff = new CheckboxGroup<>();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("name", this.name)
		.field("place", this.place)
		.field("closes", this.closes)
		.field("deviceId", this.terminal)
		.field("staff", this.staff);

	private final Button save = new Button();

	private final Button cancelEdit = new Button();

	private @Nullable Station editing;

	LockerAdminView(LockerAdminService admin) {
		this.admin = admin;
		addClassName("page");
		this.list.addClassName("account-list");
		this.overdue.addClassName("action-link");
		this.name.setRequired(true);
		this.place.setRequired(true);
		this.opens.setStep(java.time.Duration.ofMinutes(30));
		this.closes.setStep(java.time.Duration.ofMinutes(30));
		this.terminal.setItemLabelGenerator(t -> t.name() + " – " + t.place());
		this.terminal.setClearButtonVisible(true);
		this.staff.setItemLabelGenerator(s -> s.displayName() + " (" + s.username() + ")");
		this.staff.addThemeVariants(CheckboxGroupVariant.LUMO_VERTICAL);
		this.save.addThemeName("primary");
		this.save.addClickListener(e -> save());
		this.cancelEdit.addClickListener(e -> {
			showForm(null);
			this.name.focus();
		});
		Div actions = new Div(this.save, this.cancelEdit);
		actions.addClassName("actions");
		Div form = new Div(this.name, this.place, this.opens, this.closes, this.terminal, this.simulated, this.staff,
				this.alert, actions, this.status);
		form.addClassName("form");
		add(this.heading, new Paragraph(this.overdue), new Section(this.listHeading, this.empty, this.list),
				new Section(this.formHeading, form));
	}

	private void save() {
		this.status.clear();
		TerminalChoice device = this.terminal.getValue();
		NewStation station = new NewStation(this.name.getValue(), this.place.getValue(),
				Optional.ofNullable(this.opens.getValue()).orElse(LocalTime.of(8, 0)),
				Optional.ofNullable(this.closes.getValue()).orElse(LocalTime.of(20, 0)),
				device == null ? null : device.deviceId(), this.simulated.getValue());
		Station editing = this.editing;
		boolean assigns = this.staff.isVisible();
		Set<Long> team = this.staff.getValue().stream().map(StaffChoice::accountId).collect(Collectors.toSet());
		boolean saved = this.refusals.attempt(() -> {
			long id;
			if (editing == null) {
				id = this.admin.createStation(station);
			}
			else {
				id = editing.id();
				this.admin.updateStation(id, station);
			}
			if (assigns) {
				this.admin.assignStaff(id, team);
			}
		});
		if (saved) {
			this.status.show(getTranslation(editing == null ? "lockers.admin.created" : "lockers.admin.updated",
					station.name().strip()));
			showForm(null);
			showStations();
		}
	}

	private void showForm(@Nullable Station station) {
		this.editing = station;
		List<TerminalChoice> terminals = this.admin.terminals();
		this.terminal.setItems(terminals);
		this.name.setValue(station == null ? "" : station.name());
		this.place.setValue(station == null ? "" : station.place());
		this.opens.setValue(station == null ? LocalTime.of(8, 0) : station.opens());
		this.closes.setValue(station == null ? LocalTime.of(20, 0) : station.closes());
		this.terminal.setValue(station == null || station.deviceId() == null ? null
				: terminals.stream().filter(t -> t.deviceId() == station.deviceId()).findFirst().orElse(null));
		this.simulated.setValue(station != null && station.simulated());
		boolean assigns = this.admin.assignsStaff();
		this.staff.setVisible(assigns);
		if (assigns) {
			List<StaffChoice> choices = this.admin.staffChoices();
			this.staff.setItems(choices);
			Set<Long> team = station == null ? Set.of() : this.admin.stationStaff(station.id());
			this.staff.setValue(choices.stream().filter(c -> team.contains(c.accountId())).collect(Collectors.toSet()));
			this.staff.setHelperText(
					getTranslation(choices.isEmpty() ? "lockers.admin.staff.none" : "lockers.admin.staff.help"));
		}
		this.refusals.clear();
		this.cancelEdit.setVisible(station != null);
		formTexts();
	}

	private void formTexts() {
		this.formHeading.setText(this.editing == null ? getTranslation("lockers.admin.new")
				: getTranslation("lockers.admin.edit.heading", this.editing.name()));
		this.save.setText(getTranslation(this.editing == null ? "lockers.admin.create" : "lockers.admin.save"));
	}

	private void showStations() {
		this.list.removeAll();
		List<Station> stations = this.admin.stations();
		boolean assigns = this.admin.assignsStaff();
		Map<Long, String> staffNames = assigns ? this.admin.staffChoices()
			.stream()
			.collect(Collectors.toMap(StaffChoice::accountId, StaffChoice::displayName)) : Map.of();
		for (Station station : stations) {
			ListItem item = new ListItem(new H3(station.name()));
			item.addClassName("card");
			item.add(new Paragraph(station.place()));
			item.add(new Paragraph(
					getTranslation("lockers.hours", station.opens().toString(), station.closes().toString())));
			if (station.simulated()) {
				item.add(new Paragraph(getTranslation("lockers.admin.simulated-station")));
			}
			if (assigns) {
				List<String> team = this.admin.stationStaff(station.id())
					.stream()
					.map(staffNames::get)
					.filter(java.util.Objects::nonNull)
					.sorted(String.CASE_INSENSITIVE_ORDER)
					.toList();
				item.add(new Paragraph(team.isEmpty() ? getTranslation("lockers.admin.staff.nobody")
						: getTranslation("lockers.admin.staff.list", String.join(", ", team))));
			}
			RouteParameters id = new RouteParameters("id", String.valueOf(station.id()));
			RouterLink board = EntryControls.link(getTranslation("lockers.admin.board"),
					getTranslation("lockers.admin.board.label", station.name()), StationBoardView.class, id);
			RouterLink compartments = EntryControls.link(getTranslation("lockers.admin.compartments"),
					getTranslation("lockers.admin.compartments.label", station.name()), CompartmentsView.class, id);
			Button edit = EntryControls.button(getTranslation("lockers.admin.edit"),
					getTranslation("lockers.admin.edit.label", station.name()), e -> {
						showForm(station);
						this.status.clear();
						this.name.focus();
					});
			Div actions = new Div(board, compartments, edit);
			actions.addClassName("actions");
			item.add(actions);
			this.list.add(item);
		}
		this.empty.setVisible(stations.isEmpty());
		this.list.setVisible(!stations.isEmpty());
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "lockers.admin.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("lockers.admin.title"));
		this.listHeading.setText(getTranslation("lockers.admin.stations"));
		this.empty.setText(getTranslation("lockers.admin.none"));
		this.overdue.setText(getTranslation("lockers.overdue.title"));
		this.name.setLabel(getTranslation("lockers.admin.name"));
		this.place.setLabel(getTranslation("lockers.admin.place"));
		this.opens.setLabel(getTranslation("lockers.admin.opens"));
		this.closes.setLabel(getTranslation("lockers.admin.closes"));
		this.terminal.setLabel(getTranslation("lockers.admin.terminal"));
		this.terminal.setHelperText(getTranslation("lockers.admin.terminal.help"));
		this.simulated.setLabel(getTranslation("lockers.admin.simulated"));
		this.staff.setLabel(getTranslation("lockers.admin.staff"));
		this.cancelEdit.setText(getTranslation("lockers.admin.cancel"));
		showForm(this.editing);
		showStations();
		Titles.update(this);
	}

}
