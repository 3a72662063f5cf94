package de.norderstedt.go.web.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.Focusable;
import com.vaadin.flow.component.button.Button;

/**
 * A step before something that cannot be undone (withdrawing an idea, deleting an
 * account): the start button opens the confirmation in place and moves the focus into it;
 * cancelling closes it, runs what forgets the typed input, and gives the focus back to
 * the start button.
 */
public final class ConfirmationStep {

	private ConfirmationStep() {
	}

	public static void between(Button start, Component confirmation, Focusable<?> first, Button cancel,
			Runnable onCancel) {
		confirmation.setVisible(false);
		start.addClickListener(e -> {
			confirmation.setVisible(true);
			start.setVisible(false);
			first.focus();
		});
		cancel.addClickListener(e -> {
			confirmation.setVisible(false);
			start.setVisible(true);
			onCancel.run();
			start.focus();
		});
	}

}
