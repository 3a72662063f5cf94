package de.norderstedt.go.lockers;

import static de.norderstedt.go.db.Tables.AUDIT_ENTRY;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;

import de.norderstedt.go.RunningPortalTest;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.privacy.AuditKind;
import de.norderstedt.go.web.Refusals;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;

/**
 * The overdue list tells staff how the borrower was told (from the notification centre's
 * records) and lets them send one reminder per interval, audited; borrowers' contact data
 * appear only for overdue items of the staff's own stations.
 */
@RunningPortalTest
@RecordApplicationEvents
class OverdueListTest {

	@Autowired
	LockerAdminService admin;

	@Autowired
	TestLockers lockers;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ReservationRepository reservations;

	@Autowired
	DSLContext dsl;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void staff_see_how_the_borrower_was_told_and_may_remind_her_once_per_interval(ApplicationEvents events) {
		TestLockers.TestStation a = this.lockers.station("Overdue A", 3, ItemType.ROLLATOR);
		TestLockers.TestStation b = this.lockers.station("Overdue B", 2, ItemType.ROLLATOR);
		Reservation late = this.lockers.overdue("overdue-list-late", a.id(), ItemType.ROLLATOR);
		Reservation lateAtB = this.lockers.overdue("overdue-list-late-b", b.id(), ItemType.ROLLATOR);
		// picked up and due back in an hour: not overdue, so nothing of its borrower is
		// shown
		long out = this.accounts.ensure("overdue-list-out", Role.RESIDENT).id();
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		ReservationRepository.Candidate free = this.reservations.candidates(a.id(), ItemType.ROLLATOR, now)
			.stream()
			.filter(c -> this.reservations.busy(a.id(), now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(1)))
				.stream()
				.noneMatch(busy -> busy.compartmentId() == c.compartmentId()))
			.findFirst()
			.orElseThrow();
		long notDue = this.reservations.insert(out, a.id(), free, ItemType.ROLLATOR, now.minus(Duration.ofMinutes(30)),
				now.plus(Duration.ofHours(1)));
		this.reservations.pickedUp(notDue, now.minus(Duration.ofMinutes(25)));
		this.lockers.sendReminders();

		this.lockers.staff("overdue-list-staff", a.id());
		long staff = this.accounts.ensure("overdue-list-staff", Role.LOCKER_STAFF).id();
		this.accounts.signIn("overdue-list-staff");
		assertThat(this.admin.overdue()).extracting(loan -> loan.reservation().id())
			.contains(late.id())
			.doesNotContain(lateAtB.id(), notDue);
		assertThat(this.admin.overdue()).extracting(OverdueLoan::borrower).doesNotContain("Test overdue-list-out");
		// the automatic overdue notice, in the app (she has no browser with push and no
		// e-mail address)
		// the signed-in staff member asks, on this thread
		await().pollInSameThread()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(() -> assertThat(notices(late)).singleElement().satisfies(notice -> {
				assertThat(notice.byStaff()).isFalse();
				assertThat(notice.ways()).extracting(BorrowerNotice.Way::channel, BorrowerNotice.Way::outcome)
					.containsExactly(org.assertj.core.groups.Tuple.tuple(BorrowerNotice.Channel.IN_APP,
							BorrowerNotice.Outcome.SENT));
			}));

		// only overdue items of the staff's own stations can be reminded of
		Refusals.assertRefused(() -> this.admin.remindBorrower(notDue), "remind", "lockers.error.remind-not-overdue");
		Refusals.assertRefused(() -> this.admin.remindBorrower(lateAtB.id()), null, "lockers.error.unknown");
		this.admin.remindBorrower(late.id());
		// a second press is refused in words, saying when the next one may go
		Refusals.assertRefused(() -> this.admin.remindBorrower(late.id()), "remind", "lockers.error.remind-too-soon");
		assertThat(events.stream(LockerEvents.BorrowerReminded.class)).singleElement().satisfies(reminded -> {
			assertThat(reminded.reservationId()).isEqualTo(late.id());
			assertThat(reminded.accountId()).isEqualTo(late.accountId());
			assertThat(reminded.byAccountId()).isEqualTo(staff);
			assertThat(reminded.number()).isOne();
		});
		await().pollInSameThread()
			.atMost(Duration.ofSeconds(10))
			.untilAsserted(
					() -> assertThat(notices(late)).extracting(BorrowerNotice::byStaff).containsExactly(false, true));
		// who reminded whom is audited
		await().atMost(Duration.ofSeconds(10))
			.until(() -> this.dsl.fetchExists(AUDIT_ENTRY,
					AUDIT_ENTRY.KIND.eq(AuditKind.BORROWER_REMINDED)
						.and(AUDIT_ENTRY.ACCOUNT_ID.eq(late.accountId()))
						.and(AUDIT_ENTRY.ACTOR_ID.eq(staff))
						.and(AUDIT_ENTRY.DETAIL.eq(String.valueOf(late.id())))));
	}

	private List<BorrowerNotice> notices(Reservation reservation) {
		return this.admin.overdue()
			.stream()
			.filter(loan -> loan.reservation().id() == reservation.id())
			.findFirst()
			.orElseThrow()
			.notices();
	}

}
