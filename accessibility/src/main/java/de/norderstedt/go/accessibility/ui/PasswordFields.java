package de.norderstedt.go.accessibility.ui;

import com.vaadin.flow.component.Component;

/**
 * Vaadin's password fields name their "show password" button in English only; this names
 * it in the page's language for every password field inside a component.
 */
public final class PasswordFields {

	private PasswordFields() {
	}

	public static void nameRevealButtons(Component container, String label) {
		container.getElement().executeJs("""
				const name = $0;
				const apply = () => this.querySelectorAll('vaadin-password-field').forEach(field => {
				  field.i18n = Object.assign({}, field.i18n, { reveal: name });
				  const button = field.querySelector('vaadin-password-field-button');
				  if (button) { button.setAttribute('aria-label', name); }
				});
				// the page may be built before the components are defined and have rendered
				// their button (eager server load): name it now, whenever the fields change,
				// and once they are defined
				apply();
				new MutationObserver(apply).observe(this, { childList: true, subtree: true });
				customElements.whenDefined('vaadin-password-field').then(() => {
				  apply();
				  requestAnimationFrame(apply);
				});""", label);
	}

}
