package de.norderstedt.go.devices.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * What a browser sees at the kiosk addresses when it is not an enrolled public
 * touchscreen: the same words after a failed enrollment link and at a kiosk screen.
 */
public abstract class NotEnrolledPage extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final H1 heading = new H1();

	private final Paragraph text = new Paragraph();

	private final Paragraph help = new Paragraph();

	protected NotEnrolledPage() {
		addClassName("page");
		add(this.heading, this.text, this.help);
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "devices.not-enrolled.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("devices.not-enrolled.title"));
		this.text.setText(getTranslation("devices.not-enrolled.text"));
		this.help.setText(getTranslation("devices.not-enrolled.help"));
		Titles.update(this);
	}

}
