package de.norderstedt.go.devices.ui;

import java.util.List;

import de.norderstedt.go.accessibility.ui.Titles;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * What a phone shows when a "continue on your phone" code was used before, is too old, or
 * is not one of ours, and what to do instead.
 */
@Route("weitermachen")
@AnonymousAllowed
public class HandoffFailedView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final H1 heading = new H1();

	private final Paragraph reason = new Paragraph();

	private final Paragraph help = new Paragraph();

	private String reasonKey = "handoff.failed.unknown";

	public HandoffFailedView() {
		addClassName("page");
		this.reason.setId("handoff-reason");
		add(this.heading, this.reason, this.help);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		List<String> reasons = event.getLocation()
			.getQueryParameters()
			.getParameters()
			.getOrDefault("grund", List.of());
		String given = reasons.isEmpty() ? "" : reasons.get(0);
		this.reasonKey = switch (given) {
			case "used" -> "handoff.failed.used";
			case "expired" -> "handoff.failed.expired";
			default -> "handoff.failed.unknown";
		};
		this.reason.setText(getTranslation(this.reasonKey));
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "handoff.failed.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("handoff.failed.title"));
		this.reason.setText(getTranslation(this.reasonKey));
		this.help.setText(getTranslation("handoff.failed.help"));
		Titles.update(this);
	}

}
