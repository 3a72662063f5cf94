package de.norderstedt.go.privacy.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

import de.norderstedt.go.feedback.ui.AccessibilityStatementView;
import de.norderstedt.go.privacy.PersonalData;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;

/**
 * The retention table of the privacy notice is made from the retention configuration:
 * with periods changed here, the notice says these periods, one row for every kind of
 * data the jobs delete, in German and in English.
 */
@SpringBootTest(properties = { "go.privacy.retention.guest-bookings=10d", "go.privacy.retention.kiosk-handoffs=12h",
		"go.privacy.retention.event-publications=1d", "go.ideas.contact-retention=45d" })
@ViewPackages(packages = "de.norderstedt.go")
class PrivacyNoticeViewTest extends SpringBrowserlessTest {

	@Test
	void the_notice_lists_exactly_the_configured_periods() {
		navigate(PrivacyNoticeView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Datenschutzerklärung");

		Map<String, String> periods = periods();
		assertThat(periods).hasSize(PersonalData.values().length);
		assertThat(periods).containsEntry(text("privacy.retention.guest-bookings.what"), "10 Tage")
			.containsEntry(text("privacy.retention.kiosk-handoffs.what"), "12 Stunden")
			.containsEntry(text("privacy.retention.event-publications.what"), "1 Tag")
			// the old name of the setting still works
			.containsEntry(text("privacy.retention.idea-contacts.what"), "45 Tage")
			// the defaults of the others
			.containsEntry(text("privacy.retention.feedback.what"), "365 Tage")
			.containsEntry(text("privacy.retention.locker-events.what"), "90 Tage");
	}

	@Test
	void the_english_notice_says_the_same_periods_in_english() {
		navigate(PrivacyNoticeView.class);
		test($(Button.class).withText("English").first()).click();

		assertThat($(H1.class).single().getText()).isEqualTo("Privacy notice");
		assertThat(periods()).containsEntry(text("privacy.retention.guest-bookings.what"), "10 days")
			.containsEntry(text("privacy.retention.kiosk-handoffs.what"), "12 hours")
			.containsEntry(text("privacy.retention.event-publications.what"), "1 day");
	}

	@Test
	void the_imprint_names_the_city_and_the_stadtwerke() {
		navigate(ImprintView.class);

		assertThat($(H1.class).single().getText()).isEqualTo("Impressum");
		String page = $(Html.class).single().getInnerHtml();
		assertThat(page).contains("Rathausallee 50").contains("Stadtwerke Norderstedt");
	}

	@Test
	void a_form_that_asks_for_personal_data_says_why_and_links_the_notice() {
		navigate(AccessibilityStatementView.class);

		Paragraph purpose = $(Paragraph.class).withClassName("privacy-purpose").single();
		assertThat(purpose.getElement().getTextRecursively()).startsWith(text("privacy.purpose.feedback"))
			.endsWith("Mehr zum Datenschutz");
		assertThat($(Anchor.class).withText("Mehr zum Datenschutz").single().getHref()).isEqualTo("datenschutz");
	}

	private String text(String key) {
		return UI.getCurrent().getTranslation(key);
	}

	/** Each body row: the data it names, and its period. */
	private Map<String, String> periods() {
		List<NativeTableRow> rows = $(NativeTableRow.class).all()
			.stream()
			.filter(row -> row.getChildren().anyMatch(NativeTableCell.class::isInstance))
			.toList();
		return rows.stream()
			.collect(Collectors.toMap(
					row -> row.getChildren()
						.filter(NativeTableHeaderCell.class::isInstance)
						.findFirst()
						.orElseThrow()
						.getElement()
						.getText(),
					row -> row.getChildren()
						.filter(NativeTableCell.class::isInstance)
						.reduce((first, second) -> second)
						.orElseThrow()
						.getElement()
						.getText(),
					(a, b) -> a, java.util.LinkedHashMap::new));
	}

}
