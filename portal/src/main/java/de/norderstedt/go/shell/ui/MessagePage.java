package de.norderstedt.go.shell.ui;

import de.norderstedt.go.accessibility.ui.Titles;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.RouterLink;

/**
 * A page that explains what happened and offers the way back: access denied, not found,
 * error.
 */
abstract class MessagePage extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final String prefix;

	private final H1 heading = new H1();

	private final Paragraph text = new Paragraph();

	private final RouterLink home = new RouterLink();

	MessagePage(String prefix) {
		this.prefix = prefix;
		addClassName("page");
		this.home.setRoute(HomeView.class);
		this.home.addClassName("action-link");
		add(this.heading, this.text, new Paragraph(this.home));
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, this.prefix + ".title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation(this.prefix + ".title"));
		this.text.setText(getTranslation(this.prefix + ".text"));
		this.home.setText(getTranslation("error.back-home"));
		Titles.update(this);
	}

}
