package de.norderstedt.go.courses.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.TestCourses;
import de.norderstedt.go.web.ui.RecordingLearner;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The booking practice goes through the real kiosk screens with the next control
 * highlighted and its instruction spoken, checks input as a booking does, and books
 * nothing.
 */
@SpringBootTest
@ViewPackages(packages = "de.norderstedt.go")
class BookingPracticeTest extends SpringBrowserlessTest {

	private static final String INSTRUCTION = "booking-practice-instruction";

	@Autowired
	CourseService courses;

	@Autowired
	BookingPractices practices;

	@Autowired
	TestCourses testCourses;

	@Autowired
	JdbcTemplate jdbc;

	private final RecordingLearner guide = new RecordingLearner();

	private @Nullable BookingPractice practice;

	@BeforeEach
	void clear() {
		this.guide.spoken.clear();
		this.guide.finished.set(0);
	}

	@Test
	void a_learner_practises_booking_a_real_date_step_by_step_and_nothing_is_booked() {
		long place = this.testCourses.place("Übungsbücherei");
		long date = this.testCourses
			.course("Das Smartphone kennenlernen", place, 10, List.of(TestCourses.inDays(3, 10)))
			.get(0);
		int bookingsBefore = bookings();
		open(place);

		Paragraph banner = $(Paragraph.class, practice()).withClassName("practice-banner").single();
		assertThat(banner.getText()).isEqualTo("Übung: Hier wird nichts gebucht. Probieren Sie es ruhig aus.");
		assertThat(banner.getElement().getAttribute("role")).isEqualTo("note");

		// 1. the list: the first course is next
		assertThat(heading()).isEqualTo("Welchen Kurs möchten Sie besuchen?");
		NativeButton card = (NativeButton) next();
		assertThat(card.getElement().getTextRecursively()).startsWith("Das Smartphone kennenlernen");
		assertInstruction("Tippen Sie auf einen Kurs.");
		assertThat(this.guide.spoken).containsExactly("Tippen Sie auf einen Kurs.");
		assertThat($(Button.class, practice()).withText("Zurück").exists()).as("no way back from the first step")
			.isFalse();
		test(card).click();

		// 2. the date
		assertThat(heading()).isEqualTo("Das Smartphone kennenlernen");
		assertThat(next()).isSameAs(button("Diesen Kurs buchen"));
		assertInstruction("Tippen Sie auf „Diesen Kurs buchen“.");
		assertThat(lastSpoken()).isEqualTo("Tippen Sie auf „Diesen Kurs buchen“.");
		test(button("Diesen Kurs buchen")).click();

		// 3. the name, with the real check
		assertThat(heading()).isEqualTo("Wie heißen Sie?");
		TextField name = $(TextField.class, practice()).withLabel("Ihr Vor- und Nachname").single();
		assertThat(next()).isSameAs(name);
		String nameInstruction = "Tippen Sie in das Feld und schreiben Sie einen Namen, zum Beispiel Erika Muster. "
				+ "Dann tippen Sie auf „Weiter“.";
		assertInstruction(nameInstruction);
		assertThat(lastSpoken()).isEqualTo(nameInstruction);
		test(name).setValue("   ");
		test(button("Weiter")).click();
		String nameError = "Bitte geben Sie einen Namen an (eine Zeile, höchstens 100 Zeichen).";
		assertThat(heading()).isEqualTo("Wie heißen Sie?");
		assertThat(name.isInvalid()).isTrue();
		assertThat(name.getErrorMessage()).isEqualTo(nameError);
		assertThat(message().getText()).isEqualTo(nameError);
		assertThat(this.guide.spoken).endsWith(nameInstruction, nameError);
		assertThat(next()).isSameAs(name);
		test(name).setValue("Erika Muster");
		test(button("Weiter")).click();

		// 4. the contact, with the real check
		assertThat(heading()).isEqualTo("Wie können wir Sie erreichen?");
		TextField phone = $(TextField.class, practice()).withLabel("Telefonnummer").single();
		assertThat(next()).isSameAs(phone);
		String contactInstruction = "Tippen Sie in das Feld „Telefonnummer“ und schreiben Sie eine Nummer, "
				+ "zum Beispiel 040 123456. Dann tippen Sie auf „Weiter“.";
		assertInstruction(contactInstruction);
		assertThat(lastSpoken()).isEqualTo(contactInstruction);
		test(phone).setValue("12");
		test(button("Weiter")).click();
		assertThat(phone.isInvalid()).isTrue();
		assertThat(message().getText()).startsWith("Diese Telefonnummer können wir nicht verwenden.");
		assertThat(lastSpoken()).startsWith("Diese Telefonnummer können wir nicht verwenden.");
		test(phone).setValue("040 123456");
		test(button("Weiter")).click();

		// 5. the check
		assertThat(heading()).isEqualTo("Stimmt alles?");
		assertThat(next()).isSameAs(button("Jetzt verbindlich buchen"));
		String checkInstruction = "Prüfen Sie die Angaben. Dann tippen Sie auf „Jetzt verbindlich buchen“. "
				+ "Keine Sorge: In der Übung wird nichts gebucht.";
		assertInstruction(checkInstruction);
		assertThat(lastSpoken()).isEqualTo(checkInstruction);
		assertThat(this.guide.finished).hasValue(0);
		test(button("Jetzt verbindlich buchen")).click();

		// the sample ticket
		assertThat(heading()).isEqualTo("Geschafft! So sieht Ihr Ticket aus.");
		assertThat($(Component.class, practice()).withClassName(PracticeBookingPort.NEXT).exists()).isFalse();
		Section ticket = $(Section.class, practice()).single();
		assertThat(ticket.getElement().getAttribute("aria-labelledby"))
			.isEqualTo("practice-ticket-mark practice-ticket-title");
		assertThat($(Paragraph.class, ticket).id("practice-ticket-mark").getText())
			.isEqualTo("Übungs-Ticket – nicht gültig");
		assertThat(ticket.getElement().getTextRecursively()).contains("Das Smartphone kennenlernen");
		String code = $(Paragraph.class, ticket).id("practice-ticket-code").getText();
		assertThat(code).isEqualTo("UEBUNG").doesNotMatch("^[A-Z2-9]{8}$");
		assertThat($(Button.class, practice()).exists()).as("nothing to print, carry away or finish").isFalse();
		assertThat(lastSpoken()).isEqualTo("Geschafft! So sieht Ihr Ticket aus. Das war nur eine Übung. "
				+ "Es wurde nichts gebucht. Bei einer echten Buchung zeigen Sie das Ticket beim Kurs vor.");
		assertThat(this.guide.finished).hasValue(1);
		assertThat(bookings()).as("no booking stored").isEqualTo(bookingsBefore);
		assertThat(this.jdbc.queryForObject("select count(*) from booking where date_id = ?", Integer.class, date))
			.isZero();
		assertThat(this.courses.date(date).orElseThrow().confirmed()).isZero();

		// "Nochmal üben"
		practice().restart();
		assertThat(heading()).isEqualTo("Welchen Kurs möchten Sie besuchen?");
		assertThat(next()).isInstanceOf(NativeButton.class);
		assertThat(lastSpoken()).isEqualTo("Tippen Sie auf einen Kurs.");
		test((NativeButton) next()).click();
		test(button("Diesen Kurs buchen")).click();
		assertThat(name.getValue()).as("nothing entered is kept").isEmpty();
		assertThat(this.guide.finished).hasValue(1);
	}

	@Test
	void a_place_without_dates_practises_on_an_example_date_in_either_language() {
		long place = this.testCourses.place("Leere Bücherei");
		open(place);

		NativeButton card = (NativeButton) next();
		assertThat(card.getElement().getTextRecursively()).startsWith("Das Smartphone kennenlernen")
			.contains("Noch 8 Plätze frei");
		test(card).click();
		assertThat(heading()).isEqualTo("Das Smartphone kennenlernen");
		assertThat(practice().getElement().getTextRecursively())
			.contains("Stadtbücherei Norderstedt, Rathausallee 50, 22846 Norderstedt")
			.contains("10:00 bis 11:30");

		UI.getCurrent().setLocale(Locale.ENGLISH);
		assertThat(heading()).isEqualTo("Getting to know your smartphone");
		assertInstruction("Tap “Book this course”.");
		test(button("Book this course")).click();
		assertThat(lastSpoken()).isEqualTo("Tap the field and type a name, for example Erika Muster. Then tap “Next”.");
		test($(TextField.class, practice()).withLabel("Your first and last name").single()).setValue("Erika Muster");
		test(button("Next")).click();
		test($(TextField.class, practice()).withLabel("E-mail address").single()).setValue("erika@example.org");
		test(button("Next")).click();
		test(button("Book now")).click();
		assertThat(heading()).isEqualTo("Well done! This is what your ticket looks like.");
		assertThat($(Paragraph.class, practice()).id("practice-ticket-mark").getText())
			.isEqualTo("Practice ticket – not valid");
		assertThat($(Paragraph.class, practice()).id("practice-ticket-code").getText()).isEqualTo("SAMPLE");
		assertThat(this.guide.finished).hasValue(1);
	}

	// ---- helpers

	private void open(long place) {
		BookingPractice opened = this.practices.open(place, this.guide);
		this.practice = opened;
		UI.getCurrent().add(opened);
	}

	private BookingPractice practice() {
		return Objects.requireNonNull(this.practice, "open(place) first");
	}

	private String heading() {
		return $(H2.class, practice()).first().getText();
	}

	/** The one highlighted control, described by the instruction. */
	private Component next() {
		Component next = $(Component.class, practice()).withClassName(PracticeBookingPort.NEXT).single();
		assertThat(next.getElement().getAttribute("aria-describedby")).isEqualTo(INSTRUCTION);
		return next;
	}

	private void assertInstruction(String text) {
		Paragraph instruction = $(Paragraph.class, practice()).id(INSTRUCTION);
		assertThat(instruction.isVisible()).isTrue();
		assertThat(instruction.getText()).isEqualTo(text);
	}

	private Button button(String text) {
		return $(Button.class, practice()).withText(text).single();
	}

	private Paragraph message() {
		return $(Paragraph.class, practice()).id("booking-practice-message");
	}

	private String lastSpoken() {
		return this.guide.spoken.get(this.guide.spoken.size() - 1);
	}

	private int bookings() {
		Integer count = this.jdbc.queryForObject("select count(*) from booking", Integer.class);
		return count == null ? 0 : count;
	}

}
