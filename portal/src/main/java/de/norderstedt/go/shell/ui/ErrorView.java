package de.norderstedt.go.shell.ui;

import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.ErrorParameter;
import com.vaadin.flow.router.HasErrorParameter;
import com.vaadin.flow.router.ParentLayout;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import jakarta.servlet.http.HttpServletResponse;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Shown when something broke on our side; the details go to the log, not to the person.
 */
@AnonymousAllowed
@ParentLayout(PortalLayout.class)
class ErrorView extends MessagePage implements HasErrorParameter<Exception> {

	private static final Logger log = LoggerFactory.getLogger(ErrorView.class);

	ErrorView() {
		super("error.internal");
	}

	@Override
	public int setErrorParameter(BeforeEnterEvent event, ErrorParameter<Exception> parameter) {
		log.error("Navigation to '{}' failed", event.getLocation().getPath(), parameter.getCaughtException());
		return HttpServletResponse.SC_INTERNAL_SERVER_ERROR;
	}

}
