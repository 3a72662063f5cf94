package de.norderstedt.go.privacy;

import static de.norderstedt.go.db.Tables.ACCOUNT;
import static de.norderstedt.go.db.Tables.BOOKING;
import static de.norderstedt.go.db.Tables.COURSE_DATE;
import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.web.Refusals.assertRefused;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.Locale;
import java.util.Objects;

import de.norderstedt.go.RunningPortalTest;
import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.BookingRequest;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.BookingStatus;
import de.norderstedt.go.courses.TestCourses;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.TestIdeas;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.lockers.TestLockers;
import de.norderstedt.go.web.Texts;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.text.PDFTextStripper;
import org.jooq.DSLContext;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;

@RunningPortalTest
class MyDataServiceTest {

	@Autowired
	MyDataService data;

	@Autowired
	TestAccounts accounts;

	@Autowired
	TestCourses courses;

	@Autowired
	BookingService bookings;

	@Autowired
	TestLockers lockers;

	@Autowired
	TestIdeas ideas;

	@Autowired
	IdeaService ideaService;

	@Autowired
	UserDetailsService users;

	@Autowired
	DSLContext dsl;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	private Booking book(String username, long dateId, String name, boolean forSelf) {
		this.accounts.signIn(username);
		try {
			// one phone number per person: a number books a date once
			String phone = "040 " + Math.abs(name.hashCode() % 1_000_000);
			// whoever books for herself agrees to show her tutorial progress: it is in
			// her export
			return this.bookings.book(new BookingRequest(dateId, name, phone, null, forSelf, forSelf));
		}
		finally {
			this.accounts.signOut();
		}
	}

	@Test
	void the_export_holds_the_persons_bookings_reservations_settings_and_preferences_and_nothing_of_others() {
		long suffix = System.nanoTime() % 100_000;
		String helga = "export-helga-" + suffix;
		String jens = "export-jens-" + suffix;
		this.accounts.ensure(helga, Role.RESIDENT);
		this.accounts.ensure(jens, Role.RESIDENT);
		long date = this.courses.dateWithCapacity(5);
		book(helga, date, "Helga Hansen", true);
		// Helga books for a friend: that booking is the friend's data, not hers
		book(helga, date, "Frieda Freundin " + suffix, false);
		book(jens, date, "Jens Jensen " + suffix, true);
		TestLockers.TestStation station = this.lockers.station("Export " + suffix, 1, ItemType.ROLLATOR);
		this.lockers.reserve(helga, station.id(), ItemType.ROLLATOR, TestLockers.nextHour(), 2);

		this.accounts.signIn(helga);
		MyData mine = this.data.mine();
		String json = new String(this.data.json(), StandardCharsets.UTF_8);

		assertThat(mine.parts()).extracting(MyData.Part::name)
			.startsWith("account", "bookings", "reservations", "notifications");
		assertThat(json).contains("\"username\" : \"" + helga + "\"")
			.contains("\"textSize\"")
			.contains("Helga Hansen")
			.contains("Das Smartphone kennenlernen")
			.contains("Export " + suffix)
			.contains("ROLLATOR")
			.doesNotContain("Jens Jensen")
			.doesNotContain(jens);
		// the booking for her friend is the friend's; the message Helga got about it is
		// hers
		assertThat(mine.parts()).filteredOn(part -> part.name().equals("bookings"))
			.singleElement()
			.satisfies(part -> assertThat(part.entries()).singleElement()
				.satisfies(entry -> assertThat(entry.fields()).containsEntry("name", "Helga Hansen")
					.containsKey("progressConsentAt")));
		// every part, field and kind of entry is named in both languages
		for (MyData.Part part : mine.parts()) {
			assertThat(Texts.has("privacy.part." + part.name())).as(part.name()).isTrue();
			for (DataEntry entry : part.entries()) {
				entry.fields().forEach((name, value) -> {
					assertThat(Texts.has("privacy.field." + name)).as("privacy.field." + name).isTrue();
					assertThat(Texts.get("privacy.field." + name, Locale.ENGLISH)).isNotBlank();
				});
				if (entry.fields().get("kind") instanceof String kind) {
					assertThat(Texts.has("privacy.kind." + kind)).as("privacy.kind." + kind).isTrue();
				}
			}
		}
		String pdf = text(this.data.pdf(Locale.GERMAN));
		assertThat(pdf).contains("Meine Daten").contains("Helga Hansen").contains("Rollator").doesNotContain("Jens");
	}

	private static String text(byte[] pdf) {
		try (var document = Loader.loadPDF(pdf)) {
			return new PDFTextStripper().getText(document);
		}
		catch (java.io.IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	@Test
	void deleting_the_account_cancels_bookings_to_come_keeps_past_ones_nameless_and_takes_back_supports() {
		long suffix = System.nanoTime() % 100_000;
		String helga = "delete-helga-" + suffix;
		String waiting = "delete-waiting-" + suffix;
		long helgaId = this.accounts.ensure(helga, Role.RESIDENT).id();
		this.accounts.ensure(waiting, Role.RESIDENT);
		long soon = this.courses.dateWithCapacity(1);
		Booking toCome = book(helga, soon, "Helga Hansen", true);
		Booking next = book(waiting, soon, "Wilma Warteliste", true);
		assertThat(next.status()).isEqualTo(BookingStatus.WAITING);
		long past = this.courses.dateWithCapacity(3);
		Booking attended = book(helga, past, "Helga Hansen", true);
		this.dsl.update(COURSE_DATE)
			.set(COURSE_DATE.STARTS_AT, Instant.now().minus(Duration.ofDays(10)))
			.set(COURSE_DATE.ENDS_AT, Instant.now().minus(Duration.ofDays(10)).plusSeconds(5400))
			.where(COURSE_DATE.ID.eq(past))
			.execute();
		long idea = this.ideas.published("Bank am Löschteich " + suffix);
		this.accounts.signIn(helga);
		this.ideaService.support(idea);

		this.data.deleteMyAccount(TestAccounts.PASSWORD, true);
		this.accounts.signOut();

		assertThat(this.dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(helgaId))).isFalse();
		assertThatThrownBy(() -> this.users.loadUserByUsername(helga)).isInstanceOf(UsernameNotFoundException.class);
		// the place to come went to the person waiting
		assertThat(this.bookings.findByCode(toCome.code()).orElseThrow().status()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(this.bookings.findByCode(next.code()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
		// both bookings stay for the statistics, without name, contact or account
		for (Booking booking : new Booking[] { toCome, attended }) {
			var row = this.dsl.selectFrom(BOOKING).where(BOOKING.ID.eq(booking.id())).fetchSingle();
			assertThat(row.getName()).isNull();
			assertThat(row.getPhone()).isNull();
			assertThat(row.getAccountId()).isNull();
			assertThat(row.getProgressConsentAt()).as("her consent goes with her").isNull();
			assertThat(row.getAnonymisedAt()).isNotNull();
		}
		assertThat(this.dsl.select(IDEA.SUPPORTS).from(IDEA).where(IDEA.ID.eq(idea)).fetchSingle(IDEA.SUPPORTS))
			.isZero();
	}

	@Test
	void a_wrong_password_an_unconfirmed_deletion_a_staff_account_and_an_active_reservation_delete_nothing() {
		long suffix = System.nanoTime() % 100_000;
		String helga = "keep-helga-" + suffix;
		long helgaId = this.accounts.ensure(helga, Role.RESIDENT).id();
		long date = this.courses.dateWithCapacity(2);
		Booking booking = book(helga, date, "Helga Hansen", true);
		this.accounts.signIn(helga);

		assertRefused(() -> this.data.deleteMyAccount(TestAccounts.PASSWORD, false), "understood",
				"privacy.error.not-understood");
		assertRefused(() -> this.data.deleteMyAccount("falsches-passwort", true), "password",
				"privacy.error.password-wrong");
		assertRefused(() -> this.data.deleteMyAccount("x".repeat(10_000), true), "password",
				"privacy.error.password-wrong");
		TestLockers.TestStation station = this.lockers.station("Behalten " + suffix, 1, ItemType.HANDCART);
		this.accounts.signOut();
		this.lockers.reserve(helga, station.id(), ItemType.HANDCART, TestLockers.nextHour(), 1);
		this.accounts.signIn(helga);
		assertRefused(() -> this.data.deleteMyAccount(TestAccounts.PASSWORD, true), null,
				"privacy.error.locker-active");

		assertThat(this.dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(helgaId))).isTrue();
		Booking kept = this.bookings.findByCode(booking.code()).orElseThrow();
		assertThat(kept.status()).isEqualTo(BookingStatus.CONFIRMED);
		assertThat(kept.name()).isEqualTo("Helga Hansen");

		String trainer = "keep-trainer-" + suffix;
		this.accounts.ensure(trainer, Role.RESIDENT, Role.TRAINER);
		this.accounts.signIn(trainer);
		assertThat(this.data.mayDeleteMyAccount()).isFalse();
		assertRefused(() -> this.data.deleteMyAccount(TestAccounts.PASSWORD, true), null,
				"privacy.error.staff-account");
	}

	@Test
	void an_admin_deletes_a_trainers_account_with_the_same_erasure_but_not_her_own_and_nobody_else_may() {
		long suffix = System.nanoTime() % 100_000;
		String trainer = "admin-deletes-" + suffix;
		long trainerId = this.accounts.ensure(trainer, Role.TRAINER, Role.RESIDENT).id();
		Booking booked = book(trainer, this.courses.dateWithCapacity(2), "Tom Trainer", true);
		long adminId = this.accounts.ensure("deleting-admin", Role.ADMIN).id();
		this.accounts.ensure("not-an-admin", Role.RESIDENT);

		this.accounts.signIn("not-an-admin");
		assertThatThrownBy(() -> this.data.deleteAccount(trainerId)).isInstanceOf(AccessDeniedException.class);
		this.accounts.signIn("deleting-admin");
		assertRefused(() -> this.data.deleteAccount(adminId), null, "accounts.error.delete-self");
		assertRefused(() -> this.data.deleteAccount(999_999_999L), null, "accounts.error.unknown");

		this.data.deleteAccount(trainerId);
		assertThat(this.dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(trainerId))).isFalse();
		assertThat(this.dsl.fetchExists(ACCOUNT, ACCOUNT.ID.eq(adminId))).isTrue();
		var row = this.dsl.selectFrom(BOOKING).where(BOOKING.ID.eq(booked.id())).fetchSingle();
		assertThat(row.getName()).isNull();
		assertThat(row.getAccountId()).isNull();
	}

	@Test
	void a_guest_deletes_her_bookings_data_with_its_code_and_the_place_goes_to_the_next_person() {
		long date = this.courses.dateWithCapacity(1);
		this.accounts.signOut();
		Booking guest = this.bookings.book(new BookingRequest(date, "Gisela Gast", "040 999888", null, false));
		Booking next = this.bookings.book(new BookingRequest(date, "Nina Nächste", "040 777666", null, false));

		this.bookings.forget(guest.code().toLowerCase(Locale.ROOT));

		var row = this.dsl.selectFrom(BOOKING).where(BOOKING.ID.eq(guest.id())).fetchSingle();
		assertThat(row.getName()).isNull();
		assertThat(row.getPhone()).isNull();
		assertThat(row.getStatus()).isEqualTo(BookingStatus.CANCELLED);
		assertThat(this.bookings.isForgotten(guest.code())).isTrue();
		assertThat(this.bookings.findByCode(next.code()).orElseThrow().status()).isEqualTo(BookingStatus.CONFIRMED);
		assertRefused(() -> this.bookings.forget(guest.code()), null, "courses.error.already-forgotten");
		assertRefused(() -> this.bookings.forget("ZZZZZZZZ"), "code", "courses.error.code-unknown");
		assertThat(Objects.requireNonNull(row.getAnonymisedAt())).isNotNull();
	}

}
