package de.norderstedt.go.courses.ui;

import de.norderstedt.go.ratelimit.RateLimits;
import java.util.ArrayList;
import java.util.List;

import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.TestCourses;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The kiosk's booking screens, without a browser: the steps in their order, and every
 * refusal shown at the field it concerns, on the step that asks for it, in words.
 */
@SpringBootTest
@ViewPackages(packages = "de.norderstedt.go")
class BookingFlowTest extends SpringBrowserlessTest {

	private static final String NAME_MISSING = "Bitte geben Sie einen Namen an (eine Zeile, höchstens 100 Zeichen).";

	@Autowired
	CourseService courses;

	@Autowired
	BookingService bookings;

	@Autowired
	RateLimits rateLimits;

	@Autowired
	TestCourses testCourses;

	@Autowired
	TestAccounts accounts;

	@Autowired
	JdbcTemplate jdbc;

	private final List<String> spoken = new ArrayList<>();

	private final List<String> happened = new ArrayList<>();

	private BookingFlow flow;

	private long date;

	@BeforeEach
	void open() {
		long place = this.testCourses.place("Flussbücherei");
		this.date = this.testCourses.course("Das Tablet kennenlernen", place, 5, List.of(TestCourses.inDays(3, 10)))
			.get(0);
		this.flow = new BookingFlow(BookingFlowPort.of(this.courses, this.bookings, this.rateLimits),
				new BookingFlow.Host() {

					@Override
					public void say(String text) {
						BookingFlowTest.this.spoken.add(text);
					}

					@Override
					public void leave() {
						BookingFlowTest.this.happened.add("leave");
					}

					@Override
					public void booked(String spokenConfirmation) {
						BookingFlowTest.this.happened.add("booked");
					}

					@Override
					public void continueOnPhone() {
						BookingFlowTest.this.happened.add("phone");
					}

					@Override
					public void finishVisit() {
						BookingFlowTest.this.happened.add("finish");
					}

				});
		this.flow.atPlace(place);
		UI.getCurrent().add(this.flow);
		this.flow.restart();
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void the_steps_go_from_the_list_through_date_name_contact_and_check_to_the_ticket_and_back_one_by_one() {
		assertStep(BookingStep.LIST, "Welchen Kurs möchten Sie besuchen?", "Schritt 1 von 5");
		test($(NativeButton.class, this.flow).first()).click();
		assertStep(BookingStep.DATE, "Das Tablet kennenlernen", "Schritt 2 von 5");
		test(button("Diesen Kurs buchen")).click();
		assertStep(BookingStep.NAME, "Wie heißen Sie?", "Schritt 3 von 5");
		TextField name = field("Ihr Vor- und Nachname");
		test(name).setValue("Erika Muster");
		test(button("Weiter")).click();
		assertStep(BookingStep.CONTACT, "Wie können wir Sie erreichen?", "Schritt 4 von 5");

		test(button("Zurück")).click();
		assertStep(BookingStep.NAME, "Wie heißen Sie?", "Schritt 3 von 5");
		assertThat(name.getValue()).as("what was typed stays").isEqualTo("Erika Muster");
		test(button("Weiter")).click();
		test(field("Telefonnummer")).setValue("040 123456");
		test(button("Weiter")).click();
		assertStep(BookingStep.CHECK, "Stimmt alles?", "Schritt 5 von 5");
		assertThat(this.flow.getElement().getTextRecursively()).contains("Erika Muster").contains("040 123456");
		assertThat(bookings()).as("nothing booked before the last button").isZero();

		test(button("Jetzt verbindlich buchen")).click();
		assertThat(this.flow.step()).isEqualTo(BookingStep.TICKET);
		assertThat(this.happened).containsExactly("booked");
		assertThat(bookings()).isEqualTo(1);
		assertThat(this.flow.ticket()).isPresent();
		assertThat($(Paragraph.class, this.flow).id("kiosk-ticket-code").getText())
			.isEqualTo(CourseTexts.code(this.flow.ticket().orElseThrow().code()));
		assertThat(name.getValue()).as("nothing personal stays").isEmpty();

		this.flow.restart();
		assertStep(BookingStep.LIST, "Welchen Kurs möchten Sie besuchen?", "Schritt 1 von 5");
		test(button("Zurück")).click();
		assertThat(this.happened).containsExactly("booked", "leave");
	}

	@Test
	void an_empty_name_or_a_name_of_digits_is_refused_at_the_name_field_on_the_name_step() {
		toNameStep();
		TextField name = field("Ihr Vor- und Nachname");
		test(name).setValue("   ");
		test(button("Weiter")).click();
		assertThat(this.flow.step()).isEqualTo(BookingStep.NAME);
		assertThat(name.isInvalid()).isTrue();
		assertThat(name.getErrorMessage()).isEqualTo(NAME_MISSING);
		assertThat(message().getText()).isEqualTo(NAME_MISSING);
		assertThat(message().getElement().getAttribute("role")).isEqualTo("alert");
		assertThat(this.spoken).endsWith(NAME_MISSING);

		test(name).setValue("12345");
		test(button("Weiter")).click();
		assertThat(this.flow.step()).isEqualTo(BookingStep.NAME);
		assertThat(name.getErrorMessage()).isEqualTo(NAME_MISSING);

		test(name).setValue("Erika Muster");
		test(button("Weiter")).click();
		assertThat(this.flow.step()).isEqualTo(BookingStep.CONTACT);
		assertThat(name.isInvalid()).as("the mark goes with the mistake").isFalse();
		assertThat(message().getText()).isEmpty();
	}

	@Test
	void a_pasted_name_of_five_thousand_characters_is_refused_in_words_and_nothing_is_booked() {
		toNameStep();
		TextField name = field("Ihr Vor- und Nachname");
		test(name).setValue("Erika ".repeat(833) + "Muster");
		test(button("Weiter")).click();
		assertThat(this.flow.step()).isEqualTo(BookingStep.NAME);
		assertThat(name.isInvalid()).isTrue();
		assertThat(name.getErrorMessage()).isEqualTo("Dieser Text ist zu lang: 5.004 Zeichen. "
				+ "Erlaubt sind höchstens 100 Zeichen. Bitte kürzen Sie ihn; es wurde nichts gespeichert.");
		assertThat(name.getValue()).as("nothing is cut").hasSize(5004);
		assertThat(bookings()).isZero();
	}

	@Test
	void a_bad_phone_number_is_refused_at_the_phone_field_and_a_bad_address_at_the_email_field() {
		toNameStep();
		test(field("Ihr Vor- und Nachname")).setValue("Erika Muster");
		test(button("Weiter")).click();
		TextField phone = field("Telefonnummer");
		TextField email = field("E-Mail-Adresse");

		test(button("Weiter")).click();
		assertThat(phone.isInvalid()).as("no contact at all is asked for at the phone").isTrue();
		assertThat(phone.getErrorMessage())
			.startsWith("Bitte geben Sie eine Telefonnummer oder eine E-Mail-Adresse an");

		test(phone).setValue("ruf mich an");
		test(button("Weiter")).click();
		assertThat(this.flow.step()).isEqualTo(BookingStep.CONTACT);
		assertThat(phone.isInvalid()).isTrue();
		assertThat(phone.getErrorMessage()).startsWith("Diese Telefonnummer können wir nicht verwenden.");
		assertThat(email.isInvalid()).isFalse();

		test(phone).setValue("");
		test(email).setValue("erika.example.org");
		test(button("Weiter")).click();
		assertThat(email.isInvalid()).isTrue();
		assertThat(email.getErrorMessage()).startsWith("Diese E-Mail-Adresse ist nicht gültig.");
		assertThat(phone.isInvalid()).isFalse();
		assertThat(bookings()).isZero();
	}

	@Test
	void a_date_cancelled_meanwhile_leads_back_to_the_list_with_the_reason() {
		toNameStep();
		test(field("Ihr Vor- und Nachname")).setValue("Erika Muster");
		test(button("Weiter")).click();
		test(field("Telefonnummer")).setValue("040 123456");
		this.accounts.signIn(TestCourses.TRAINER);
		this.courses.cancelDate(this.date, null);
		this.accounts.signOut();

		test(button("Weiter")).click();
		assertThat(this.flow.step()).isEqualTo(BookingStep.LIST);
		assertThat(message().getText()).isEqualTo("Dieser Termin fällt aus. Bitte wählen Sie einen anderen Termin.");
		assertThat(bookings()).isZero();
	}

	// ---- helpers

	private void toNameStep() {
		test($(NativeButton.class, this.flow).first()).click();
		test(button("Diesen Kurs buchen")).click();
		assertThat(this.flow.step()).isEqualTo(BookingStep.NAME);
	}

	private void assertStep(BookingStep step, String heading, String progress) {
		assertThat(this.flow.step()).isEqualTo(step);
		assertThat($(H1.class, this.flow).single().getText()).isEqualTo(heading);
		assertThat($(Paragraph.class, this.flow).withClassName("kiosk-progress").single().getText())
			.isEqualTo(progress);
	}

	private Button button(String text) {
		return $(Button.class, this.flow).withText(text).single();
	}

	private TextField field(String label) {
		return $(TextField.class, this.flow).withLabel(label).single();
	}

	private Paragraph message() {
		return $(Paragraph.class, this.flow).id("kiosk-courses-message");
	}

	private int bookings() {
		Integer count = this.jdbc.queryForObject("select count(*) from booking where date_id = ?", Integer.class,
				this.date);
		return count == null ? 0 : count;
	}

}
