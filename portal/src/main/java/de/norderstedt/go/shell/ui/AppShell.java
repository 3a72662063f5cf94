package de.norderstedt.go.shell.ui;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.component.page.Meta;
import com.vaadin.flow.component.page.Push;
import com.vaadin.flow.shared.ui.Transport;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

/**
 * The HTML page every view lives in: Lumo, then our own accessible theme on top. Server
 * push lets the notification bell and live boards change without a reload: the server
 * sends over a WebSocket, the page sends its requests over ordinary HTTP
 * ({@code WEBSOCKET_XHR}), so the socket only ever receives small frames from the page
 * and needs only small buffers on the server ({@code PushConnections}): a push connection
 * held about 130 KB of heap a page with Tomcat's default buffers, 110 KB with these
 * (bin/bench-sessions).
 */
@Push(transport = Transport.WEBSOCKET_XHR)
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
