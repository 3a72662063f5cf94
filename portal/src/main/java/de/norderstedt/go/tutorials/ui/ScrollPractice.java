package de.norderstedt.go.tutorials.ui;

import java.util.Locale;
import java.util.Objects;

import de.norderstedt.go.content.Practice;
import de.norderstedt.go.content.Screen;
import de.norderstedt.go.content.Text;

import com.vaadin.flow.component.html.Div;

/**
 * A long list on a simulated phone, taller than the screen: scroll it (finger, mouse
 * wheel or keyboard) and tap the target, which is out of view at first.
 */
class ScrollPractice extends PracticeView {

	private final Screen screen;

	private final String target;

	private final PhoneFrame phone = new PhoneFrame();

	ScrollPractice(Practice.Scroll practice, Listener listener, Locale locale) {
		super(listener, locale);
		// validated content: a scroll practice has a screen and a target
		this.screen = Objects.requireNonNull(practice.screen());
		this.target = Objects.requireNonNull(practice.target());
		addClassName("practice-scroll");
		add(this.phone);
		render();
	}

	@Override
	protected void render() {
		Screen screen = this.screen;
		String title = Text.in(screen.title(), this.locale);
		this.phone.title(title, getTranslation("tutorials.phone", title));
		if (isDone()) {
			this.phone.show(PhoneItems.opened(this, screen, this.target, this.locale));
			return;
		}
		Div list = PhoneItems.buttons(screen, this.target, this.locale, "phone-list", () -> complete(null),
				() -> this.listener.wrong(null));
		list.addClassName("phone-scroll");
		// the list scrolls by keyboard too
		list.getElement().setAttribute("tabindex", "0");
		list.getElement().setAttribute("role", "group");
		list.getElement().setAttribute("aria-label", getTranslation("tutorials.scroll.list", title));
		this.phone.show(list);
	}

}
