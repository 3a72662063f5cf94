package de.norderstedt.go.shell.ui;

import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;

/** Shown when a signed-in person opens a page their role does not allow. */
@AnonymousAllowed
@ParentLayout(PortalLayout.class)
class AccessDeniedView extends MessagePage implements HasErrorParameter<AccessDeniedException> {

	AccessDeniedView() {
		super("error.access-denied");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<AccessDeniedException> parameter) {
		return HttpServletResponse.SC_FORBIDDEN;
	}

}
