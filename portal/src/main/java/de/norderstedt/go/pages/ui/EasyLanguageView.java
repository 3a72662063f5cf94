package de.norderstedt.go.pages.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.pages.PageTexts;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Norderstedt GO! explained in Leichte Sprache (German Easy Language) and in Easy Read
 * English.
 */
@Route("leichte-sprache")
@AnonymousAllowed
public class EasyLanguageView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final PageTexts pages;

	EasyLanguageView(PageTexts pages) {
		this.pages = pages;
		addClassName("page");
		addClassName("easy-language");
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "easy-language.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		removeAll();
		add(new H1(getTranslation("easy-language.title")));
		add(new Html(this.pages.html("easy-language", event.getLocale().getLanguage())));
		Titles.update(this);
	}

}
