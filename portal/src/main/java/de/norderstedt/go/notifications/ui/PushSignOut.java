package de.norderstedt.go.notifications.ui;

import de.norderstedt.go.notifications.PushDevices;
import de.norderstedt.go.web.Refusal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;

/**
 * Signing out ends push on this browser first: a shared computer (at home, in the
 * library) must not show the next person what was meant for the one who left. The browser
 * drops its subscription and the server forgets it; then {@code signOut} runs, also when
 * the browser has no push or cannot answer.
 */
public final class PushSignOut {

	private static final Logger LOG = LoggerFactory.getLogger(PushSignOut.class);

	private PushSignOut() {
	}

	public static void endPushThenSignOut(UI ui, PushDevices devices, Runnable signOut) {
		ui.getPage().addJavaScript("context://scripts/web-push.js");
		ui.getPage().executeJs("return window.goWebPush.endHere()").then(String.class, endpoint -> {
			forget(devices, endpoint);
			signOut.run();
		}, error -> {
			LOG.debug("This browser could not end its push subscription: {}", error);
			signOut.run();
		});
	}

	private static void forget(PushDevices devices, String endpoint) {
		if (endpoint == null || endpoint.isBlank()) {
			return;
		}
		try {
			devices.unsubscribe(endpoint);
		}
		catch (Refusal ex) {
			// already gone, or no longer signed in: nothing left to forget
			LOG.debug("Push subscription not removed at sign-out: {}", ex.getMessage());
		}
	}

}
