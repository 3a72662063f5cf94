package de.norderstedt.go.notifications.ui;

import de.norderstedt.go.notifications.PushDevices;
import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * Tests only: the push section on a page of its own, until the notification settings page
 * shows it.
 */
@Route("test/push-geraete")
@PermitAll
class PushSectionTestView extends Div implements HasDynamicTitle {

	PushSectionTestView(PushDevices devices) {
		addClassName("page");
		add(new H1("Benachrichtigungen (Test)"), new PushDeviceSection(devices));
	}

	@Override
	public String getPageTitle() {
		return "Benachrichtigungen (Test) – Norderstedt GO!";
	}

}
