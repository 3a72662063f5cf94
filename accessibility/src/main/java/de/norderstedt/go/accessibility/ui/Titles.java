package de.norderstedt.go.accessibility.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.HasDynamicTitle;

/** Page titles say the page first, then the platform: "Anmelden – Norderstedt GO!". */
public final class Titles {

	private Titles() {
	}

	public static String of(Component view, String key) {
		return view.getTranslation(key) + " – Norderstedt GO!";
	}

	/**
	 * Sets the title again after a language switch (the router only sets it on
	 * navigation).
	 */
	public static void update(HasDynamicTitle view) {
		UI ui = UI.getCurrent();
		if (ui != null) {
			ui.getPage().setTitle(view.getPageTitle());
		}
	}

}
