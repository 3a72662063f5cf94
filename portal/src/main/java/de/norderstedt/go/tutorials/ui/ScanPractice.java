package de.norderstedt.go.tutorials.ui;

import java.util.Locale;
import java.util.Objects;

import de.norderstedt.go.content.Practice;
import de.norderstedt.go.content.Text;
import de.norderstedt.go.qr.ui.QrCodeImage;
import de.norderstedt.go.qr.ui.QrScanner;
import de.norderstedt.go.tutorials.LearningService;
import de.norderstedt.go.web.PublicUrl;
import de.norderstedt.go.web.ui.ScreenUpdates;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Scan a QR code, three ways: with one's own phone (the code opens a page on the phone
 * and this screen is told, through the signal bus and server push, whichever portal
 * instance served the phone), with this device's camera (a printed or shown code held to
 * it), or, where neither is at hand, a simulated scan that shows what a phone would find.
 */
class ScanPractice extends PracticeView {

	private final Practice.Scan practice;

	private final String code;

	private final LearningService learning;

	private final PublicUrl publicUrl;

	private final String tutorial;

	private final String step;

	private final QrCodeImage poster = new QrCodeImage();

	private final Paragraph help = new Paragraph();

	private final Button camera = new Button();

	private final Button simulate = new Button();

	private final Div scannerSlot = new Div();

	private final PhoneFrame phone = new PhoneFrame();

	private @Nullable QrScanner scanner;

	private @Nullable String token;

	private final ScreenUpdates updates = new ScreenUpdates();

	ScanPractice(Practice.Scan practice, LearningService learning, PublicUrl publicUrl, String tutorial, String step,
			Listener listener, Locale locale) {
		super(listener, locale);
		this.practice = practice;
		// validated content: a scan practice has a code
		this.code = Objects.requireNonNull(practice.code());
		this.learning = learning;
		this.publicUrl = publicUrl;
		this.tutorial = tutorial;
		this.step = step;
		addClassName("practice-scan");
		this.poster.addClassName("practice-poster");
		this.help.addClassName("practice-scan-help");
		this.help.getElement().setAttribute("aria-live", "polite");
		this.camera.addClickListener(e -> startCamera());
		this.simulate.addClickListener(e -> scanned(this.code));
		Div actions = new Div(this.camera, this.simulate);
		actions.addClassName("practice-actions");
		this.phone.setVisible(false);
		add(this.help, this.poster, actions, this.scannerSlot, this.phone);
		render();
	}

	// ---- the learner's own phone

	@Override
	protected void onAttach(AttachEvent event) {
		followPhone(event.getUI());
	}

	/**
	 * Waits for the phone: told when the token's link was opened (or when signals may
	 * have been missed), the table says whether it was.
	 */
	private void followPhone(UI ui) {
		this.updates.stop();
		String waiting = this.token;
		if (isDone() || waiting == null) {
			return;
		}
		this.updates.follow(ui, scanned -> this.learning.whenScanned(waiting, scanned), () -> seen(waiting));
		// a scan before this screen listened is in the table
		seen(waiting);
	}

	private void seen(String waiting) {
		if (waiting.equals(this.token) && !isDone() && this.learning.wasScanned(waiting)) {
			this.updates.stop();
			complete(null);
		}
	}

	@Override
	protected void onDetach(DetachEvent event) {
		this.updates.stop();
		stopCamera();
	}

	// ---- this device's camera

	private void startCamera() {
		stopCamera();
		QrScanner started = new QrScanner(this::scanned);
		this.scanner = started;
		this.scannerSlot.add(started);
	}

	private void stopCamera() {
		QrScanner running = this.scanner;
		if (running != null) {
			running.stop();
			this.scannerSlot.removeAll();
			this.scanner = null;
		}
	}

	/**
	 * The camera stops at the first code it reads; another code is explained once, and
	 * the learner starts the camera again when ready.
	 */
	private void scanned(String text) {
		stopCamera();
		if (text.equals(this.code) || text.equals(link())) {
			this.updates.stop();
			complete(null);
		}
		else {
			this.listener.wrong(getTranslation("tutorials.scan.wrong"));
		}
	}

	@Override
	void restart() {
		stopCamera();
		this.token = null;
		super.restart();
		getUI().ifPresent(this::followPhone);
	}

	private String link() {
		String current = this.token;
		if (current == null) {
			current = this.learning.scanCheck(this.tutorial, this.step);
			this.token = current;
		}
		return this.publicUrl.of("/lernen/gescannt/" + current);
	}

	@Override
	protected void render() {
		this.poster.show(link(), getTranslation("tutorials.scan.poster"));
		this.help.setText(getTranslation("tutorials.scan.phone.help"));
		this.camera.setText(getTranslation("tutorials.scan.camera"));
		this.simulate.setText(getTranslation("tutorials.scan.simulate"));
		this.help.setVisible(!isDone());
		this.poster.setVisible(!isDone());
		this.camera.setVisible(!isDone());
		this.simulate.setVisible(!isDone());
		this.phone.setVisible(isDone());
		if (isDone()) {
			String title = getTranslation("tutorials.scan.phone");
			this.phone.title(title, getTranslation("tutorials.phone", title));
			Paragraph found = new Paragraph(getTranslation("tutorials.scan.found", this.code));
			found.addClassName("phone-link");
			this.phone.show(found, new Paragraph(Text.in(this.practice.result(), this.locale)));
		}
	}

}
