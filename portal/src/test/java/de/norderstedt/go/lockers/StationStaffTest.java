package de.norderstedt.go.lockers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalTime;
import java.util.Set;

import de.norderstedt.go.RunningPortalTest;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.devices.DeviceService;
import de.norderstedt.go.notifications.Channel;
import de.norderstedt.go.notifications.NotificationService;
import de.norderstedt.go.notifications.NotificationSettings;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.ThrowingSupplier;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.authorization.AuthorizationDeniedException;

/**
 * Locker staff manage only the stations they are assigned to, in the services (a station
 * id in a request does not get around it); admins manage all and assign the staff.
 */
@RunningPortalTest
class StationStaffTest {

	@Autowired
	LockerAdminService admin;

	@Autowired
	DeviceService devices;

	@Autowired
	TestLockers lockers;

	@Autowired
	TestAccounts accounts;

	@Autowired
	StationStaffPersonalData personalData;

	@Autowired
	NotificationService notifications;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void staff_of_station_a_neither_see_nor_act_on_station_b() {
		TestLockers.TestStation a = this.lockers.station("Staff A", 2, ItemType.ROLLATOR);
		TestLockers.TestStation b = this.lockers.station("Staff B", 2, ItemType.ROLLATOR);
		Reservation lateAtA = this.lockers.overdue("staff-late-a", a.id(), ItemType.ROLLATOR);
		Reservation lateAtB = this.lockers.overdue("staff-late-b", b.id(), ItemType.ROLLATOR);
		// one borrower keeps an e-mail address in her notification settings
		Reservation lateWithAddress = this.lockers.overdue("staff-late-a2", a.id(), ItemType.ROLLATOR);
		this.accounts.signIn("staff-late-a2");
		this.notifications.saveMySettings(new NotificationSettings(Set.of(Channel.IN_APP), Set.of(Channel.EMAIL),
				"late-a2@example.org", true, LocalTime.of(21, 0), LocalTime.of(8, 0), CityTime.ZONE, null), false);
		this.accounts.signOut();
		this.lockers.staff("staff-of-a", a.id());
		// the assignment is part of the person's data (Meine Daten)
		assertThat(this.personalData.of(this.accounts.ensure("staff-of-a", Role.LOCKER_STAFF).id()))
			.extracting(entry -> entry.fields().get("station"))
			.containsExactly("Staff A");
		this.accounts.signIn("staff-of-a");

		assertThat(this.admin.stations()).extracting(Station::id).contains(a.id()).doesNotContain(b.id());
		assertThat(this.admin.station(a.id())).isPresent();
		assertThat(this.admin.station(b.id())).isEmpty();
		assertThat(this.admin.terminals()).extracting(LockerAdminService.TerminalChoice::deviceId)
			.contains(a.deviceId())
			.doesNotContain(b.deviceId());
		// the staff see who borrowed an overdue item of their station and how to reach
		// them, nothing of another station's borrowers
		assertThat(this.admin.overdue()).extracting(loan -> loan.reservation().id())
			.contains(lateAtA.id(), lateWithAddress.id())
			.doesNotContain(lateAtB.id());
		assertThat(this.admin.overdue()).filteredOn(loan -> loan.reservation().id() == lateAtA.id())
			.singleElement()
			.satisfies(loan -> assertThat(loan.borrower()).isEqualTo("Test staff-late-a"))
			.satisfies(loan -> assertThat(loan.email()).isNull());
		assertThat(this.admin.overdue()).filteredOn(loan -> loan.reservation().id() == lateWithAddress.id())
			.singleElement()
			.satisfies(loan -> assertThat(loan.borrower()).isEqualTo("Test staff-late-a2"))
			.satisfies(loan -> assertThat(loan.email()).isEqualTo("late-a2@example.org"));
		assertThat(this.admin.overdue()).extracting(OverdueLoan::borrower).doesNotContain("Test staff-late-b");
		assertThat(this.admin.board(a.id()).entries()).hasSize(2);
		Item itemAtB = this.lockers.withAdmin(() -> this.admin.items(b.id()).getFirst());
		Compartment compartmentAtB = this.lockers.withAdmin(() -> this.admin.compartments(b.id()).getFirst());
		Station stationB = this.lockers.withAdmin(() -> this.admin.station(b.id()).orElseThrow());

		refusedAsUnknown(() -> this.admin.board(b.id()));
		refusedAsUnknown(() -> this.admin.compartments(b.id()));
		refusedAsUnknown(() -> this.admin.items(b.id()));
		refusedAsUnknown(() -> this.admin.addCompartment(b.id(),
				new NewCompartment(9, 70, CompartmentSize.LARGE, CompartmentState.IN_SERVICE)));
		refusedAsUnknown(() -> {
			this.admin.updateCompartment(compartmentAtB.id(), new NewCompartment(compartmentAtB.number(), 70,
					CompartmentSize.LARGE, CompartmentState.MAINTENANCE));
			return null;
		});
		refusedAsUnknown(() -> {
			this.admin.updateItem(itemAtB.id(),
					new NewItem(itemAtB.compartmentId(), itemAtB.type(), "Mine now", itemAtB.condition(), null));
			return null;
		});
		refusedAsUnknown(() -> this.admin
			.addItem(new NewItem(compartmentAtB.id(), ItemType.HANDCART, "Extra", ItemCondition.OK, null)));
		refusedAsUnknown(() -> {
			this.admin.updateStation(b.id(), new NewStation("Taken over", stationB.place(), stationB.opens(),
					stationB.closes(), stationB.deviceId(), false));
			return null;
		});
		refusedAsUnknown(() -> this.admin.agentConfiguration(b.id(), "https://go.example"));
		refusedAsUnknown(() -> {
			this.admin.simulateDoor(b.id(), 1, true);
			return null;
		});
		// the terminal's agent key, asked for directly
		assertThatThrownBy(() -> this.devices.newAgentCredential(b.deviceId())).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("devices.error.unknown"));
		assertThatThrownBy(() -> this.admin.assignStaff(b.id(), Set.of()))
			.isInstanceOf(AuthorizationDeniedException.class);

		// nothing at B changed
		assertThat(this.lockers.withAdmin(() -> this.admin.station(b.id()).orElseThrow())).isEqualTo(stationB);
		assertThat(this.lockers.withAdmin(() -> this.admin.items(b.id()).getFirst().name())).isEqualTo(itemAtB.name());
		assertThat(this.lockers.withAdmin(() -> this.admin.compartments(b.id())))
			.allSatisfy(c -> assertThat(c.state()).isEqualTo(CompartmentState.IN_SERVICE));

		// their own station's agent key they may renew
		assertThat(this.devices.newAgentCredential(a.deviceId())).isNotBlank();
		// a station staff set up is theirs
		long own = this.admin.createStation(
				new NewStation("Staff A2", "Testpark", LocalTime.of(8, 0), LocalTime.of(20, 0), null, false));
		assertThat(this.admin.stations()).extracting(Station::id).contains(own);
	}

	@Test
	void admins_see_every_station_and_assign_only_locker_staff() {
		TestLockers.TestStation c = this.lockers.station("Staff C", 1, ItemType.HANDCART);
		long staffId = this.accounts.ensure("staff-for-c", Role.LOCKER_STAFF).id();
		long residentId = this.accounts.ensure("resident-not-staff", Role.RESIDENT).id();
		this.accounts.ensure("staff-admin", Role.ADMIN);
		this.accounts.signIn("staff-admin");
		assertThat(this.admin.assignsStaff()).isTrue();
		assertThat(this.admin.stations()).extracting(Station::id).contains(c.id());
		assertThat(this.admin.staffChoices()).extracting(LockerAdminService.StaffChoice::accountId)
			.contains(staffId)
			.doesNotContain(residentId);

		assertThatThrownBy(() -> this.admin.assignStaff(c.id(), Set.of(staffId, residentId)))
			.isInstanceOfSatisfying(Refusal.class, ex -> {
				assertThat(ex.messageKey()).isEqualTo("lockers.error.not-staff");
				assertThat(ex.field()).contains("staff");
			});
		assertThat(this.admin.stationStaff(c.id())).isEmpty();
		this.admin.assignStaff(c.id(), Set.of(staffId));
		assertThat(this.admin.stationStaff(c.id())).containsExactly(staffId);

		this.accounts.signIn("staff-for-c");
		assertThat(this.admin.assignsStaff()).isFalse();
		assertThat(this.admin.stations()).extracting(Station::id).containsExactly(c.id());
		assertThat(this.admin.board(c.id()).entries()).hasSize(1);

		this.accounts.signIn("staff-admin");
		this.admin.assignStaff(c.id(), Set.of());
		this.accounts.signIn("staff-for-c");
		assertThat(this.admin.stations()).extracting(Station::id).doesNotContain(c.id());
		refusedAsUnknown(() -> this.admin.board(c.id()));
	}

	private static void refusedAsUnknown(ThrowingSupplier<?> call) {
		assertThatThrownBy(call::get).isInstanceOfSatisfying(Refusal.class,
				ex -> assertThat(ex.messageKey()).isEqualTo("lockers.error.unknown-station"));
	}

}
