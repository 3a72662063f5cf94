package de.norderstedt.go.lockers;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.RunningPortalTest;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * A borrowed item due back soon gets one reminder; one past its slot gets one overdue
 * notice, and staff see it in the overdue list.
 */
@RunningPortalTest
@RecordApplicationEvents
class LockerRemindersTest {

	@Autowired
	LockerReminders reminders;

	@Autowired
	TestLockers testLockers;

	@Autowired
	ReservationRepository reservations;

	@Autowired
	TestAccounts accounts;

	@Autowired
	LockerAdminService admin;

	@Test
	void a_rollator_due_soon_is_reminded_once_and_one_past_its_slot_is_reported_overdue_once(ApplicationEvents events) {
		TestLockers.TestStation station = this.testLockers.station("Reminders", 3, ItemType.ROLLATOR);
		long helga = this.accounts.ensure("reminders-helga", Role.RESIDENT).id();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		// picked up, ends in 10 minutes
		ReservationRepository.Candidate first = this.reservations.candidates(station.id(), ItemType.ROLLATOR, now)
			.get(0);
		long soon = this.reservations.insert(helga, station.id(), first, ItemType.ROLLATOR,
				now.minus(Duration.ofMinutes(50)), now.plus(Duration.ofMinutes(10)));
		this.reservations.pickedUp(soon, now.minus(Duration.ofMinutes(45)));
		// picked up, ended an hour ago
		Reservation late = this.testLockers.overdue("reminders-jens", station.id(), ItemType.ROLLATOR);
		// reserved but not picked up, ending soon: nothing to remind of
		Reservation waiting = this.testLockers.reserveNow("reminders-aylin", station.id(), ItemType.ROLLATOR);

		assertThat(this.reminders.sendDue()).isEqualTo(2);
		assertThat(this.reminders.sendDue()).isZero();

		assertThat(events.stream(LockerEvents.ReservationEndingSoon.class))
			.extracting(LockerEvents.ReservationEndingSoon::reservationId)
			.containsExactly(soon);
		assertThat(events.stream(LockerEvents.ReservationOverdue.class))
			.extracting(LockerEvents.ReservationOverdue::reservationId, LockerEvents.ReservationOverdue::end)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(late.id(), late.end()));
		assertThat(events.stream(LockerEvents.ReservationEndingSoon.class))
			.noneMatch(e -> e.reservationId() == waiting.id());

		this.testLockers.staff("reminders-staff", station.id());
		this.accounts.signIn("reminders-staff");
		try {
			assertThat(this.admin.overdue()).extracting(loan -> loan.reservation().id())
				.contains(late.id())
				.doesNotContain(soon);
			assertThat(this.admin.board(station.id()).entries()).filteredOn(BoardEntry::overdue)
				.extracting(e -> e.compartment().number())
				.containsExactly(late.compartmentNumber());
		}
		finally {
			this.accounts.signOut();
		}
	}

}
