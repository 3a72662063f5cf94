package de.norderstedt.go.shell.ui;

import de.norderstedt.go.shell.ReconnectController;

import com.vaadin.flow.server.CustomizedSystemMessages;
import com.vaadin.flow.server.SystemMessages;
import com.vaadin.flow.server.SystemMessagesInfo;
import com.vaadin.flow.server.SystemMessagesProvider;
import com.vaadin.flow.server.VaadinServletRequest;

/**
 * What Vaadin's client does when its session is gone (the instance that held it died, or
 * it ended): no "Session expired" box in English, but at once to
 * {@link ReconnectController#PATH}, which brings the person back to the same page (a
 * kiosk to its start screen) where a short message in their language says what happened.
 */
class ReconnectMessages implements SystemMessagesProvider {

	@Override
	public SystemMessages getSystemMessages(SystemMessagesInfo info) {
		CustomizedSystemMessages messages = new CustomizedSystemMessages();
		messages.setSessionExpiredNotificationEnabled(false);
		String context = info.getRequest() instanceof VaadinServletRequest request ? request.getContextPath() : "";
		messages.setSessionExpiredURL(context + ReconnectController.PATH);
		return messages;
	}

}
