package de.norderstedt.go.tutorials.ui;

import java.util.Locale;
import java.util.Objects;

import de.norderstedt.go.content.Screen;
import de.norderstedt.go.content.Text;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/** The buttons of a simulated phone screen. */
final class PhoneItems {

	private PhoneItems() {
	}

	/**
	 * The items of a screen as buttons in a container of the given class: the target is
	 * highlighted and calls {@code onTarget}, every other item {@code onOther}.
	 */
	static Div buttons(Screen screen, String target, Locale locale, String className, Runnable onTarget,
			Runnable onOther) {
		Div items = new Div();
		items.addClassName(className);
		for (Screen.Item item : screen.itemsOrEmpty()) {
			NativeButton button = button(item, locale);
			if (target.equals(item.id())) {
				button.addClassName("practice-target");
				button.addClickListener(e -> onTarget.run());
			}
			else {
				button.addClickListener(e -> onOther.run());
			}
			items.add(button);
		}
		return items;
	}

	/** The item's colour (see the {@code data-tone} rules in go.css). */
	static int tone(Screen.Item item) {
		return item.color() != null ? item.color().ordinal()
				: Math.floorMod(Objects.hashCode(item.id()), Screen.Color.values().length);
	}

	/** What the phone shows once the target was tapped: its "app" is open. */
	static Component[] opened(Component owner, Screen screen, String target, Locale locale) {
		String label = Text.in(screen.itemsOrEmpty()
			.stream()
			.filter(item -> target.equals(item.id()))
			.findFirst()
			.orElseThrow()
			.label(), locale);
		H2 heading = new H2(label);
		heading.addClassName("phone-opened");
		return new Component[] { heading, new Paragraph(owner.getTranslation("tutorials.tap.opened", label)) };
	}

	/**
	 * An item as a button: a coloured tile with the label's first letter (hidden from
	 * screen readers), the label, and the detail line when there is one.
	 */
	static NativeButton button(Screen.Item item, Locale locale) {
		String label = Text.in(item.label(), locale);
		Span icon = new Span(label.isEmpty() ? "" : label.substring(0, 1));
		icon.addClassName("phone-icon");
		icon.getElement().setAttribute("aria-hidden", "true");
		icon.getElement().setAttribute("data-tone", Integer.toString(tone(item)));
		Span text = new Span(label);
		text.addClassName("phone-label");
		NativeButton button = new NativeButton();
		button.addClassName("phone-item");
		button.add(icon, text);
		if (item.detail() != null) {
			Span detail = new Span(item.detail().in(locale));
			detail.addClassName("phone-detail");
			button.add(detail);
		}
		return button;
	}

}
