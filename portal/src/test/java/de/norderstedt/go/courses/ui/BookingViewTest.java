package de.norderstedt.go.courses.ui;

import java.util.List;

import de.norderstedt.go.courses.TestCourses;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web booking form shows a refusal at the field it concerns (its own error text) and
 * in the live region by the button, and books nothing; it asks a signed-in person booking
 * for herself, and nobody else, whether her trainer may see her tutorial progress.
 */
@SpringBootTest
@ViewPackages(packages = "de.norderstedt.go")
class BookingViewTest extends SpringBrowserlessTest {

	@Autowired
	TestCourses testCourses;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestAccounts accounts;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void the_consent_box_is_offered_unticked_only_to_a_signed_in_person_booking_for_herself() {
		long date = this.testCourses
			.course("Tablet-Treff", this.testCourses.place("Webbücherei"), 5, List.of(TestCourses.inDays(3, 10)))
			.get(0);
		String sentence = "Meine Trainerin / mein Trainer darf während des Kurses sehen, welche Übungen ich gemacht habe.";
		this.accounts.ensure("booking-view-erika", Role.RESIDENT);
		this.accounts.signIn("booking-view-erika");
		BookingView view = navigate("kurse/buchen/" + date, BookingView.class);
		Checkbox consent = $(Checkbox.class, view).single();
		assertThat(consent.isVisible()).isTrue();
		assertThat(consent.getLabel()).isEqualTo(sentence);
		assertThat(consent.getValue()).as("never ticked beforehand").isFalse();

		// booking for someone else: there is nothing of theirs to share
		test(consent).click();
		@SuppressWarnings("unchecked")
		RadioButtonGroup<Boolean> forWhom = $(RadioButtonGroup.class, view).single();
		forWhom.setValue(false);
		assertThat(consent.isVisible()).isFalse();
		assertThat(consent.getValue()).isFalse();

		forWhom.setValue(true);
		test(consent).click();
		test($(Button.class, view).withText("Verbindlich buchen").single()).click();
		assertThat(this.jdbc.queryForObject(
				"select count(*) from booking where date_id = ? and account_id is not null and progress_consent_at is not null",
				Integer.class, date))
			.isOne();
	}

	@Test
	void without_an_account_nobody_is_asked_for_consent() {
		long date = this.testCourses
			.course("Tablet-Treff", this.testCourses.place("Webbücherei"), 5, List.of(TestCourses.inDays(3, 10)))
			.get(0);
		BookingView anonymous = navigate("kurse/buchen/" + date, BookingView.class);
		assertThat($(Checkbox.class, anonymous).exists()).isFalse();
	}

	@Test
	void a_refused_name_or_phone_shows_its_message_at_its_own_field_and_nothing_is_booked() {
		long date = this.testCourses
			.course("Sicher im Netz", this.testCourses.place("Webbücherei"), 5, List.of(TestCourses.inDays(3, 10)))
			.get(0);
		BookingView view = navigate("kurse/buchen/" + date, BookingView.class);
		TextField name = $(TextField.class, view).withLabel("Vor- und Nachname").single();
		TextField phone = $(TextField.class, view).withLabel("Telefonnummer").single();
		Paragraph alert = $(Paragraph.class, view).id("booking-error");
		Button book = $(Button.class, view).withText("Verbindlich buchen").single();

		test(phone).setValue("040 123456");
		test(book).click();
		String missing = "Bitte geben Sie einen Namen an (eine Zeile, höchstens 100 Zeichen).";
		assertThat(name.isInvalid()).isTrue();
		assertThat(name.getErrorMessage()).isEqualTo(missing);
		assertThat(alert.getText()).isEqualTo(missing);
		assertThat(alert.getElement().getAttribute("role")).isEqualTo("alert");

		test(name).setValue("x".repeat(5000));
		test(book).click();
		assertThat(name.getErrorMessage()).startsWith("Dieser Text ist zu lang: 5.000 Zeichen.");
		assertThat(name.getValue()).as("nothing is cut").hasSize(5000);

		test(name).setValue("Helga Hansen");
		test(phone).setValue("ruf an");
		test(book).click();
		assertThat(name.isInvalid()).isFalse();
		assertThat(phone.isInvalid()).isTrue();
		assertThat(phone.getErrorMessage()).startsWith("Diese Telefonnummer können wir nicht verwenden.");
		assertThat(this.jdbc.queryForObject("select count(*) from booking where date_id = ?", Integer.class, date))
			.isZero();
	}

}
