package de.norderstedt.go.web.ui;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.shared.communication.PushMode;

/**
 * Server push only on the pages that need it: a page is told of a change made elsewhere
 * (the bell, live views) or of an upload that finished on its own request. Each push
 * connection holds about 110 KB of buffers on the server for as long as the page is open
 * ({@code bin/bench-sessions}), so pages that never change by themselves (most pages
 * people read, the kiosk's start screen) have none. Vaadin loads its push client and
 * opens the connection when a page's push mode changes.
 */
public final class ServerPush {

	private ServerPush() {
	}

	/** Turns server push on for the page; it stays on while the page is open. */
	public static void enable(UI ui) {
		if (ui.getPushConfiguration().getPushMode() == PushMode.DISABLED) {
			ui.getPushConfiguration().setPushMode(PushMode.AUTOMATIC);
		}
	}

}
