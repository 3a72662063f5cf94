package de.norderstedt.go.tutorials.ui;

import java.util.Locale;
import java.util.Objects;

import de.norderstedt.go.content.Practice;
import de.norderstedt.go.content.Screen;
import de.norderstedt.go.content.Text;

/**
 * Tap the highlighted item on a simulated phone screen; another item explains where the
 * right one is. Done, the "app" opens.
 */
class TapPractice extends PracticeView {

	private final Screen screen;

	private final String target;

	private final PhoneFrame phone = new PhoneFrame();

	TapPractice(Practice.Tap practice, Listener listener, Locale locale) {
		super(listener, locale);
		// validated content: a tap practice has a screen and a target
		this.screen = Objects.requireNonNull(practice.screen());
		this.target = Objects.requireNonNull(practice.target());
		addClassName("practice-tap");
		add(this.phone);
		render();
	}

	@Override
	protected void render() {
		String title = Text.in(this.screen.title(), this.locale);
		this.phone.title(title, getTranslation("tutorials.phone", title));
		if (isDone()) {
			this.phone.show(PhoneItems.opened(this, this.screen, this.target, this.locale));
			return;
		}
		this.phone.show(PhoneItems.buttons(this.screen, this.target, this.locale,
				this.screen.layoutOrDefault() == Screen.Layout.GRID ? "phone-grid" : "phone-list", () -> complete(null),
				() -> this.listener.wrong(null)));
	}

}
