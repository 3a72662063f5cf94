package de.norderstedt.go.shell.ui;

import java.util.Objects;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.springframework.stereotype.Component;

/** Puts the person's preferences on the first HTML response and on every new UI. */
@Component
class ShellInitListener implements VaadinServiceInitListener {

	private final PreferencesSession preferences;

	ShellInitListener(PreferencesSession preferences) {
		this.preferences = preferences;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.addIndexHtmlRequestListener(response -> PreferencesSession
			.apply(Objects.requireNonNull(response.getDocument().selectFirst("html")), this.preferences.current()));
		event.getSource()
			.addUIInitListener(uiEvent -> uiEvent.getUI().setLocale(this.preferences.current().language().locale()));
	}

}
