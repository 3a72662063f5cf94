package de.norderstedt.go.tutorials.ui;

import java.util.Locale;

import de.norderstedt.go.content.Practice;
import de.norderstedt.go.content.Screen;

import com.vaadin.flow.component.html.Div;

/**
 * A long list on a simulated phone, taller than the screen: scroll it (finger, mouse
 * wheel or keyboard) and tap the target, which is out of view at first.
 */
class ScrollPractice extends PracticeView {

	private final Practice.Scroll practice;

	private final PhoneFrame phone = new PhoneFrame();

	ScrollPractice(Practice.Scroll practice, Listener listener, Locale locale) {
		super(listener, locale);
		this.practice = practice;
		addClassName("practice-scroll");
		add(this.phone);
		render();
	}

	@Override
	protected void render() {
		Screen screen = this.practice.screen();
		String title = screen.title().in(this.locale);
		this.phone.title(title, getTranslation("tutorials.phone", title));
		if (isDone()) {
			this.phone.show(PhoneItems.opened(this, screen, this.practice.target(), this.locale));
			return;
		}
		Div list = PhoneItems.buttons(screen, this.practice.target(), this.locale, "phone-list", () -> complete(null),
				() -> this.listener.wrong(null));
		list.addClassName("phone-scroll");
		// the list scrolls by keyboard too
		list.getElement().setAttribute("tabindex", "0");
		list.getElement().setAttribute("role", "group");
		list.getElement().setAttribute("aria-label", getTranslation("tutorials.scroll.list", title));
		this.phone.show(list);
	}

}
