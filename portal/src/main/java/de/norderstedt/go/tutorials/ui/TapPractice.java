package de.norderstedt.go.tutorials.ui;

import java.util.Locale;

import de.norderstedt.go.content.Practice;
import de.norderstedt.go.content.Screen;

/**
 * Tap the highlighted item on a simulated phone screen; another item explains where the
 * right one is. Done, the "app" opens.
 */
class TapPractice extends PracticeView {

	private final Practice.Tap practice;

	private final Screen screen;

	private final PhoneFrame phone = new PhoneFrame();

	TapPractice(Practice.Tap practice, Listener listener, Locale locale) {
		super(listener, locale);
		this.practice = practice;
		this.screen = practice.screen();
		addClassName("practice-tap");
		add(this.phone);
		render();
	}

	@Override
	protected void render() {
		String title = this.screen.title().in(this.locale);
		this.phone.title(title, getTranslation("tutorials.phone", title));
		if (isDone()) {
			this.phone.show(PhoneItems.opened(this, this.screen, this.practice.target(), this.locale));
			return;
		}
		this.phone.show(PhoneItems.buttons(this.screen, this.practice.target(), this.locale,
				this.screen.layoutOrDefault() == Screen.Layout.GRID ? "phone-grid" : "phone-list", () -> complete(null),
				() -> this.listener.wrong(null)));
	}

}
