package de.norderstedt.go.tutorials.ui;

import java.util.List;
import java.util.Locale;
import java.util.Objects;

import de.norderstedt.go.content.Practice;
import de.norderstedt.go.content.Screen;
import de.norderstedt.go.content.Text;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * Swipe sideways through pictures, one page per item, until the target shows. A swipe
 * with a finger (or mouse) works, and so do the arrow buttons, for people who cannot
 * swipe.
 */
class SwipePractice extends PracticeView {

	private final Screen screen;

	private final String target;

	private final List<Screen.Item> pages;

	private final PhoneFrame phone = new PhoneFrame();

	private final Div page = new Div();

	private final Paragraph position = new Paragraph();

	private final NativeButton previous = new NativeButton();

	private final NativeButton next = new NativeButton();

	private int current;

	SwipePractice(Practice.Swipe practice, Listener listener, Locale locale) {
		super(listener, locale);
		// validated content: a swipe practice has a screen and a target
		this.screen = Objects.requireNonNull(practice.screen());
		this.target = Objects.requireNonNull(practice.target());
		this.pages = this.screen.itemsOrEmpty();
		addClassName("practice-swipe");
		this.page.addClassName("swipe-page");
		this.position.addClassName("swipe-position");
		this.position.getElement().setAttribute("aria-live", "polite");
		this.previous.addClassName("swipe-arrow");
		this.next.addClassName("swipe-arrow");
		this.previous.setText("‹");
		this.next.setText("›");
		this.previous.addClickListener(e -> move(-1));
		this.next.addClickListener(e -> move(1));
		this.page.getElement()
			.addEventListener("go-swipe",
					e -> move("next".equals(e.getEventData().path("event.detail").asString()) ? 1 : -1))
			.addEventData("event.detail");
		Div stage = new Div(this.previous, this.page, this.next);
		stage.addClassName("swipe-stage");
		add(this.phone);
		this.phone.show(stage, this.position);
		render();
	}

	@Override
	protected void onAttach(AttachEvent event) {
		// a horizontal swipe of at least 40 px turns the page; vertical scrolling stays
		this.page.getElement().executeJs("""
				const el = this;
				if (el.__goSwipe) { return; }
				el.__goSwipe = true;
				el.style.touchAction = 'pan-y';
				let x = null, y = null;
				el.addEventListener('pointerdown', e => { x = e.clientX; y = e.clientY; });
				el.addEventListener('pointercancel', () => { x = null; });
				el.addEventListener('pointerup', e => {
				  if (x === null) { return; }
				  const dx = e.clientX - x, dy = e.clientY - y;
				  x = null;
				  if (Math.abs(dx) > 40 && Math.abs(dx) > Math.abs(dy)) {
				    el.dispatchEvent(new CustomEvent('go-swipe', { detail: dx < 0 ? 'next' : 'previous' }));
				  }
				});""");
	}

	@Override
	void restart() {
		this.current = 0;
		super.restart();
	}

	private void move(int by) {
		int moved = Math.max(0, Math.min(this.pages.size() - 1, this.current + by));
		if (moved == this.current) {
			this.listener.wrong(null);
			return;
		}
		this.current = moved;
		render();
		if (this.target.equals(this.pages.get(this.current).id())) {
			complete(null);
		}
	}

	@Override
	protected void render() {
		String title = Text.in(this.screen.title(), this.locale);
		this.phone.title(title, getTranslation("tutorials.phone", title));
		Screen.Item item = this.pages.get(this.current);
		Span picture = new Span();
		picture.addClassName("swipe-picture");
		picture.getElement().setAttribute("data-tone", Integer.toString(PhoneItems.tone(item)));
		picture.getElement().setAttribute("aria-hidden", "true");
		Paragraph caption = new Paragraph(Text.in(item.label(), this.locale));
		caption.addClassName("swipe-caption");
		this.page.removeAll();
		this.page.add(picture, caption);
		boolean target = this.target.equals(item.id());
		this.page.getElement().getClassList().set("practice-reached", target && isDone());
		this.position.setText(getTranslation("tutorials.swipe.position", this.current + 1, this.pages.size()));
		this.previous.getElement().setAttribute("aria-label", getTranslation("tutorials.swipe.previous"));
		this.next.getElement().setAttribute("aria-label", getTranslation("tutorials.swipe.next"));
		this.next.getElement().getClassList().set("practice-target", !isDone());
	}

}
