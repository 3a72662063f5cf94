package de.norderstedt.go.tutorials.ui;

import java.util.Locale;

import de.norderstedt.go.content.Practice;
import de.norderstedt.go.qr.ui.QrCodeImage;
import de.norderstedt.go.qr.ui.QrScanner;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;

/**
 * Scan a QR code: the practice code is shown as a poster; the learner holds it (or its
 * copy on paper or another screen) to this device's camera, or, where there is no camera,
 * practises with a simulated scan that shows what a phone would find.
 */
class ScanPractice extends PracticeView {

	private final Practice.Scan practice;

	private final QrCodeImage poster = new QrCodeImage();

	private final Button camera = new Button();

	private final Button simulate = new Button();

	private final Div scannerSlot = new Div();

	private final PhoneFrame phone = new PhoneFrame();

	private @Nullable QrScanner scanner;

	ScanPractice(Practice.Scan practice, Listener listener, Locale locale) {
		super(listener, locale);
		this.practice = practice;
		addClassName("practice-scan");
		this.poster.addClassName("practice-poster");
		this.camera.addClickListener(e -> startCamera());
		this.simulate.addClickListener(e -> scanned(this.practice.code()));
		this.simulate.addClassName("practice-target");
		Div actions = new Div(this.camera, this.simulate);
		actions.addClassName("practice-actions");
		this.phone.setVisible(false);
		add(this.poster, actions, this.scannerSlot, this.phone);
		render();
	}

	private void startCamera() {
		if (this.scanner == null) {
			QrScanner started = new QrScanner(this::scanned);
			this.scanner = started;
			this.scannerSlot.add(started);
		}
		else {
			this.scanner.start();
		}
	}

	private void scanned(String text) {
		if (text.equals(this.practice.code())) {
			if (this.scanner != null) {
				this.scanner.stop();
				this.scannerSlot.removeAll();
				this.scanner = null;
			}
			complete(null);
		}
		else {
			this.listener.wrong(getTranslation("tutorials.scan.wrong"));
			if (this.scanner != null) {
				this.scanner.start();
			}
		}
	}

	@Override
	void restart() {
		this.scannerSlot.removeAll();
		this.scanner = null;
		super.restart();
	}

	@Override
	protected void render() {
		this.poster.show(this.practice.code(), getTranslation("tutorials.scan.poster"));
		this.camera.setText(getTranslation("tutorials.scan.camera"));
		this.simulate.setText(getTranslation("tutorials.scan.simulate"));
		this.camera.setVisible(!isDone());
		this.simulate.setVisible(!isDone());
		this.phone.setVisible(isDone());
		if (isDone()) {
			String title = getTranslation("tutorials.scan.phone");
			this.phone.title(title, getTranslation("tutorials.phone", title));
			Paragraph link = new Paragraph(getTranslation("tutorials.scan.found", this.practice.code()));
			link.addClassName("phone-link");
			this.phone.show(link, new Paragraph(this.practice.result().in(this.locale)));
		}
	}

}
