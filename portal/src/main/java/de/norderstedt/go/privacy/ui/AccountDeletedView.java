package de.norderstedt.go.privacy.ui;

import de.norderstedt.go.accessibility.ui.Titles;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/** Where a person lands after deleting their account: it is gone, and what that means. */
@Route(MyDataView.DELETED_PATH)
@AnonymousAllowed
public class AccountDeletedView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	public AccountDeletedView() {
		addClassName("page");
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "privacy.deleted.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		removeAll();
		Anchor home = new Anchor("", getTranslation("privacy.deleted.home"));
		home.addClassName("button-link");
		add(new H1(getTranslation("privacy.deleted.title")), new Paragraph(getTranslation("privacy.deleted.text")),
				new Paragraph(home));
		Titles.update(this);
	}

}
