package de.norderstedt.go.courses.ui;

import java.time.Instant;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.CheckIn;
import de.norderstedt.go.courses.ParticipantService;
import de.norderstedt.go.qr.ui.QrScanner;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextField;

/**
 * Checking people in for a date: with the camera, by typing a ticket code, or (from the
 * participant list) by name. The result of each, and of marking attendance, is said in
 * one place, at once.
 */
class CheckInSection extends Section {

	private final ParticipantService participants;

	private final LongSupplier dateId;

	/** Runs after every check-in or change of attendance, to show the lists anew. */
	private final Runnable changed;

	private final H2 heading = new H2();

	private final Paragraph intro = new Paragraph();

	private final LiveRegion result = LiveRegion.alert();

	private final Button camera = new Button();

	private final Button cameraOff = new Button();

	private final Div scannerBox = new Div();

	private @Nullable QrScanner scanner;

	private final TextField code = new TextField();

	private final Button checkCode = new Button();

	/** The last result, said again after a language switch. */
	private @Nullable Supplier<String> resultText;

	CheckInSection(ParticipantService participants, LongSupplier dateId, Runnable changed) {
		this.participants = participants;
		this.dateId = dateId;
		this.changed = changed;
		// said at once either way; how it looks (success or not) comes from data-result
		this.result.removeClassName("form-alert");
		this.result.addClassName("check-in-result");
		this.camera.addThemeName("primary");
		this.camera.addClickListener(e -> startCamera());
		this.cameraOff.addClickListener(e -> stopCamera());
		this.cameraOff.setVisible(false);
		this.code.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.OFF);
		this.code.getElement().setAttribute("autocapitalize", "characters");
		this.code.addKeyPressListener(Key.ENTER, e -> checkInCode());
		this.checkCode.addClickListener(e -> checkInCode());
		Div cameraActions = new Div(this.camera, this.cameraOff);
		cameraActions.addClassName("actions");
		Div codeForm = new Div(this.code, this.checkCode);
		codeForm.addClassName("code-form");
		add(this.heading, this.intro, cameraActions, this.scannerBox, codeForm, this.result);
	}

	private void startCamera() {
		if (this.scanner == null) {
			this.scanner = new QrScanner(this::checkInCode);
			this.scannerBox.add(this.scanner);
		}
		else {
			this.scanner.setVisible(true);
			this.scanner.start();
		}
		this.camera.setText(getTranslation("trainer.check-in.camera.next"));
		this.cameraOff.setVisible(true);
	}

	private void stopCamera() {
		if (this.scanner != null) {
			this.scanner.stop();
			this.scannerBox.remove(this.scanner);
			this.scanner = null;
		}
		this.camera.setText(getTranslation("trainer.check-in.camera"));
		this.cameraOff.setVisible(false);
		this.camera.focus();
	}

	private void checkInCode() {
		String typed = this.code.getValue();
		if (typed.isBlank()) {
			showResult(() -> getTranslation("trainer.check-in.code.empty"), false);
			this.code.focus();
			return;
		}
		checkInCode(typed);
		this.code.clear();
		this.code.focus();
	}

	private void checkInCode(String text) {
		checkIn(() -> this.participants.checkIn(this.dateId.getAsLong(), text));
	}

	/** Checks a person in and says how it went. */
	void checkIn(Supplier<CheckIn> action) {
		try {
			CheckIn checkIn = action.get();
			Booking booking = checkIn.booking();
			Instant checkedInAt = booking.checkedInAt();
			if (checkIn.alreadyCheckedIn() && checkedInAt != null) {
				showResult(() -> getTranslation("trainer.check-in.already", booking.name(),
						CityTime.time(checkedInAt, getLocale())), true);
			}
			else {
				showResult(() -> getTranslation("trainer.check-in.done", booking.name()), true);
			}
		}
		catch (Refusal refusal) {
			showResult(() -> refusal.text(getLocale()), false);
		}
		this.changed.run();
	}

	/** Changes a person's attendance; the action says how it went. */
	void attendance(Runnable action) {
		try {
			action.run();
		}
		catch (Refusal refusal) {
			showResult(() -> refusal.text(getLocale()), false);
		}
		this.changed.run();
	}

	void showResult(Supplier<String> text, boolean success) {
		this.resultText = text;
		this.result.show(text.get());
		this.result.getElement().setAttribute("data-result", success ? "success" : "error");
	}

	void texts() {
		this.heading.setText(getTranslation("trainer.check-in.title"));
		this.intro.setText(getTranslation("trainer.check-in.intro"));
		this.camera
			.setText(getTranslation(this.scanner == null ? "trainer.check-in.camera" : "trainer.check-in.camera.next"));
		this.cameraOff.setText(getTranslation("trainer.check-in.camera.off"));
		this.code.setLabel(getTranslation("trainer.check-in.code"));
		this.code.setHelperText(getTranslation("trainer.check-in.code.help"));
		this.checkCode.setText(getTranslation("trainer.check-in.code.submit"));
		Supplier<String> last = this.resultText;
		if (last != null) {
			this.result.show(last.get());
		}
	}

}
