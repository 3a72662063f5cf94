package de.norderstedt.go.news.ui;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;

import de.norderstedt.go.news.District;
import de.norderstedt.go.news.Interests;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.news.Topic;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;

/**
 * The chooser the settings page and the onboarding use: two labelled groups, what is
 * ticked in and out as {@link Interests}.
 */
@SpringBootTest
@ViewPackages(packages = "de.norderstedt.go")
class InterestsChooserTest extends SpringBrowserlessTest {

	@Autowired
	NewsService news;

	@Test
	void residents_tick_areas_and_districts_in_labelled_groups() {
		InterestsChooser chooser = new InterestsChooser(this.news);
		UI.getCurrent().add(chooser);
		assertThat(chooser.topics().getLabel()).isEqualTo("Themen, die Sie interessieren");
		assertThat(chooser.districts().getLabel()).isEqualTo("Stadtteile");
		assertThat(chooser.districts().getHelperText()).isEqualTo("Keiner gewählt = ganz Norderstedt");
		Topic verkehr = topic("verkehr");
		District garstedt = this.news.districts()
			.stream()
			.filter(d -> d.slug().equals("garstedt"))
			.findFirst()
			.orElseThrow();
		assertThat(chooser.topics().getItemLabelGenerator().apply(verkehr)).isEqualTo("Verkehr & Baustellen");
		assertThat(chooser.getValue()).isEqualTo(Interests.NONE);

		// unknown ids (a switched-off area) are left out
		chooser.setValue(new Interests(Set.of(verkehr.id(), -1L), Set.of(garstedt.id())));
		assertThat(chooser.topics().getValue()).containsExactly(verkehr);
		assertThat(chooser.getValue()).isEqualTo(new Interests(Set.of(verkehr.id()), Set.of(garstedt.id())));

		// ticking one more, as a person would
		test(chooser.topics()).selectItem("Veranstaltungen");
		assertThat(chooser.getValue().topicIds()).containsExactlyInAnyOrder(verkehr.id(),
				topic("veranstaltungen").id());

		// the labels follow the language, the choice stays
		UI.getCurrent().setLocale(java.util.Locale.ENGLISH);
		assertThat(chooser.topics().getLabel()).isEqualTo("Topics you are interested in");
		assertThat(chooser.topics().getItemLabelGenerator().apply(verkehr)).isEqualTo("Traffic & roadworks");
		assertThat(chooser.getValue().districtIds()).containsExactly(garstedt.id());
	}

	private Topic topic(String slug) {
		return this.news.topics().stream().filter(t -> t.slug().equals(slug)).findFirst().orElseThrow();
	}

}
