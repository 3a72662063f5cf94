package de.norderstedt.go.courses.ui;

import java.util.List;

import de.norderstedt.go.courses.TestCourses;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.jdbc.core.JdbcTemplate;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The web booking form shows a refusal at the field it concerns (its own error text) and
 * in the live region by the button, and books nothing.
 */
@SpringBootTest
@ViewPackages(packages = "de.norderstedt.go")
class BookingViewTest extends SpringBrowserlessTest {

	@Autowired
	TestCourses testCourses;

	@Autowired
	JdbcTemplate jdbc;

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
