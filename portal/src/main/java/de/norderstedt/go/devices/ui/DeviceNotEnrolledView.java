package de.norderstedt.go.devices.ui;

import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where a failed or expired enrollment link leads: the browser is not an enrolled public
 * touchscreen, and how one becomes one.
 */
@Route("geraet-nicht-angemeldet")
@AnonymousAllowed
public class DeviceNotEnrolledView extends NotEnrolledPage {

}
