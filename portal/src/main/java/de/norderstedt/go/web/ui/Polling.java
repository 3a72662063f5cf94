package de.norderstedt.go.web.ui;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.shared.Registration;

/**
 * A screen that asks the server again every so often while it waits for something that
 * happens elsewhere (a door that closes, a code scanned on another device, a board that
 * changes). One poll at a time per screen; stopping it stops the browser's polling too.
 */
public final class Polling implements Serializable {

	private @Nullable UI ui;

	private @Nullable Registration listener;

	/** Starts polling the page, after stopping any poll of this screen. */
	public void start(UI page, int intervalMillis, SerializableRunnable tick) {
		stop();
		page.setPollInterval(intervalMillis);
		this.listener = page.addPollListener(e -> tick.run());
		this.ui = page;
	}

	public boolean isRunning() {
		return this.listener != null;
	}

	/** Stops polling; nothing happens when it is not polling. */
	public void stop() {
		Registration registration = this.listener;
		UI page = this.ui;
		if (registration != null && page != null) {
			registration.remove();
			page.setPollInterval(-1);
		}
		this.listener = null;
		this.ui = null;
	}

}
