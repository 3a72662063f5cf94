package de.norderstedt.go.shell.ui;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

import de.norderstedt.go.accounts.Language;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Component;

/**
 * Puts the person's preferences on the first HTML response and on every new UI. A link
 * may choose the language with {@code ?sprache=de|en} (the kiosk welcome screen, a QR
 * code to a phone).
 */
@Component
class ShellInitListener implements VaadinServiceInitListener {

	static final String LANGUAGE_PARAMETER = "sprache";

	private final PreferencesSession preferences;

	ShellInitListener(PreferencesSession preferences) {
		this.preferences = preferences;
	}

	@Override
	public void serviceInit(ServiceInitEvent event) {
		event.getSource().setSystemMessagesProvider(new ReconnectMessages());
		event.addIndexHtmlRequestListener(response -> {
			language(response.getVaadinRequest().getParameter(LANGUAGE_PARAMETER))
				.ifPresent(this.preferences::keepLanguage);
			PreferencesSession.apply(Objects.requireNonNull(response.getDocument().selectFirst("html")),
					this.preferences.current());
		});
		event.getSource().addUIInitListener(uiEvent -> {
			uiEvent.getUI().setLocale(this.preferences.current().language().locale());
			uiEvent.getUI().addBeforeEnterListener(this::chooseLanguage);
		});
	}

	private void chooseLanguage(BeforeEnterEvent event) {
		List<String> values = event.getLocation()
			.getQueryParameters()
			.getParameters()
			.getOrDefault(LANGUAGE_PARAMETER, List.of());
		language(values.isEmpty() ? null : values.get(0)).filter(l -> l != this.preferences.current().language())
			.ifPresent(l -> this.preferences.update(this.preferences.current().withLanguage(l)));
	}

	private static Optional<Language> language(@Nullable String code) {
		for (Language language : Language.values()) {
			if (language.code().equals(code)) {
				return Optional.of(language);
			}
		}
		return Optional.empty();
	}

}
