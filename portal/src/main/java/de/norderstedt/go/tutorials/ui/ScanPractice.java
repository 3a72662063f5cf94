package de.norderstedt.go.tutorials.ui;

import java.util.Locale;
import java.util.Objects;

import de.norderstedt.go.content.Practice;
import de.norderstedt.go.content.Text;
import de.norderstedt.go.qr.ui.QrCodeImage;
import de.norderstedt.go.qr.ui.QrScanner;
import de.norderstedt.go.tutorials.LearningService;
import de.norderstedt.go.web.PublicUrl;
import de.norderstedt.go.web.ui.Polling;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Scan a QR code, three ways: with one's own phone (the code opens a page on the phone
 * and this screen sees it, by asking the server every two seconds), with this device's
 * camera (a printed or shown code held to it), or, where neither is at hand, a simulated
 * scan that shows what a phone would find.
 */
class ScanPractice extends PracticeView {

	private static final int POLL_MILLIS = 2000;

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

	private final Polling polling = new Polling();

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
		startPolling(event.getUI());
	}

	private void startPolling(UI ui) {
		if (isDone() || this.polling.isRunning()) {
			return;
		}
		this.polling.start(ui, POLL_MILLIS, () -> {
			String waiting = this.token;
			if (waiting != null && !isDone() && this.learning.wasScanned(waiting)) {
				this.polling.stop();
				complete(null);
			}
		});
	}

	@Override
	protected void onDetach(DetachEvent event) {
		this.polling.stop();
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
			this.polling.stop();
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
		getUI().ifPresent(this::startPolling);
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
