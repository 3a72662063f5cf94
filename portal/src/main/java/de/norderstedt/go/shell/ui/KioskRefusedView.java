package de.norderstedt.go.shell.ui;

import jakarta.servlet.http.HttpServletResponse;

import de.norderstedt.go.devices.ui.DeviceNotEnrolledView;
import de.norderstedt.go.devices.ui.NotAnEnrolledDevice;
import de.norderstedt.go.devices.ui.NotEnrolledPage;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A kiosk screen opened by a browser that is not an enrolled touchscreen: the explanation
 * of {@link DeviceNotEnrolledView}, answered as refused (HTTP 403) like every other page
 * a visitor may not open.
 */
@ParentLayout(PortalLayout.class)
@AnonymousAllowed
class KioskRefusedView extends NotEnrolledPage implements HasErrorParameter<NotAnEnrolledDevice> {

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<NotAnEnrolledDevice> parameter) {
		return HttpServletResponse.SC_FORBIDDEN;
	}

}
