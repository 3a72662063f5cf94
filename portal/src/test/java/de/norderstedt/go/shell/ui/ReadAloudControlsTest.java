package de.norderstedt.go.shell.ui;

import java.util.List;

import de.norderstedt.go.accessibility.speech.SpeechService;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;

import static org.assertj.core.api.Assertions.assertThat;

@SpringBootTest
@ViewPackages(packages = "de.norderstedt.go")
class ReadAloudControlsTest extends SpringBrowserlessTest {

	@Autowired
	PreferencesSession preferences;

	@Test
	void without_a_voice_for_the_language_the_page_says_so_in_words() {
		ReadAloudControls controls = new ReadAloudControls(this.preferences, new SpeechService(List.of(), 1024));
		UI.getCurrent().add(controls);
		Button read = controls.getChildren()
			.filter(Button.class::isInstance)
			.map(Button.class::cast)
			.filter(b -> "Vorlesen".equals(b.getText()))
			.findFirst()
			.orElseThrow();
		test(read).click();
		assertThat(controls.getElement().getTextRecursively()).contains(
				"Vorlesen ist auf Deutsch im Moment nicht möglich. Auf diesem Server ist keine deutsche Stimme eingerichtet.");
	}

}
