package de.norderstedt.go.tutorials.ui;

import java.util.Locale;
import java.util.stream.Collectors;

import de.norderstedt.go.qr.ui.QrCodeImage;
import de.norderstedt.go.tutorials.ResumeCode;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.PublicUrl;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;

/**
 * "Später weitermachen": the code to continue a tutorial on another device, to read (and
 * hear, letter by letter) and as a QR code, with how long it lasts. Hidden until asked
 * for.
 */
class ResumeCodePanel extends Section {

	private final PublicUrl publicUrl;

	ResumeCodePanel(PublicUrl publicUrl) {
		this.publicUrl = publicUrl;
		addClassName("tutorial-code");
		setVisible(false);
	}

	/**
	 * Shows the code and moves the focus to it.
	 * @return the sentence that says the code letter by letter
	 */
	String show(ResumeCode code, Locale locale) {
		H2 title = new H2(getTranslation("tutorials.code.heading"));
		title.setId("tutorial-code-heading");
		Paragraph shown = new Paragraph(code.grouped());
		shown.setId("tutorial-resume-code");
		shown.addClassName("tutorial-code-value");
		String spelled = code.code().chars().mapToObj(c -> String.valueOf((char) c)).collect(Collectors.joining(" "));
		shown.getElement().setAttribute("data-read", spelled);
		QrCodeImage qr = new QrCodeImage();
		qr.addClassName("tutorial-code-qr");
		qr.show(this.publicUrl.of("/lernen/fortsetzen?code=" + code.code()),
				getTranslation("tutorials.code.qr", code.grouped()));
		String until = CityTime.longDay(code.expiresAt(), locale);
		Paragraph how = new Paragraph(getTranslation("tutorials.code.how", until));
		removeAll();
		getElement().setAttribute("aria-labelledby", "tutorial-code-heading");
		add(title, shown, qr, how);
		setVisible(true);
		title.getElement().executeJs("this.setAttribute('tabindex','-1'); this.focus()");
		return getTranslation("tutorials.code.spoken", spelled);
	}

	/** Hides the code (a new screen shows). */
	void hide() {
		setVisible(false);
		removeAll();
	}

}
