package de.norderstedt.go.shell.ui;

import de.norderstedt.go.web.ui.ServerPush;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The HTML page every view lives in: Lumo, then our own accessible theme on top. Server
 * push (websocket) is turned on by the pages that need it ({@link ServerPush}): the
 * notification bell and live boards change without a reload.
 */
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("styles/go.css")
@Meta(name = "color-scheme", content = "light")
public class AppShell implements AppShellConfigurator {

	@Override
	public void configurePage(AppShellSettings settings) {
		settings.setPageTitle("Norderstedt GO!");
		// Never disable zoom: people with low vision pinch to enlarge.
		settings.setViewport("width=device-width, initial-scale=1");
	}

}
