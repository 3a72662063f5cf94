package de.norderstedt.go.tutorials.ui;

import java.util.Locale;

import de.norderstedt.go.content.Practice;
import de.norderstedt.go.content.Text;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.UnorderedList;

/**
 * A question with answers to tap; every answer explains why it is right or wrong. A wrong
 * answer is marked, and the learner tries again.
 */
class ChoosePractice extends PracticeView {

	private final Practice.Choose practice;

	private final H2 question = new H2();

	private final UnorderedList options = new UnorderedList();

	private @Nullable String chosen;

	ChoosePractice(Practice.Choose practice, Listener listener, Locale locale) {
		super(listener, locale);
		this.practice = practice;
		addClassName("practice-choose");
		this.question.setId("practice-question");
		this.options.addClassName("practice-options");
		this.options.getElement().setAttribute("aria-labelledby", "practice-question");
		add(this.question, this.options);
		render();
	}

	@Override
	void restart() {
		this.chosen = null;
		super.restart();
	}

	private void choose(Practice.Choose.Option option) {
		this.chosen = option.id();
		String feedback = Text.in(option.feedback(), this.locale);
		if (option.correct()) {
			complete(feedback);
		}
		else {
			render();
			this.listener.wrong(feedback);
		}
	}

	@Override
	protected void render() {
		this.question.setText(Text.in(this.practice.question(), this.locale));
		this.options.removeAll();
		for (Practice.Choose.Option option : this.practice.optionsOrEmpty()) {
			NativeButton button = new NativeButton(Text.in(option.label(), this.locale), e -> choose(option));
			button.addClassName("practice-option");
			boolean picked = this.chosen != null && this.chosen.equals(option.id());
			button.getElement().setAttribute("aria-pressed", Boolean.toString(picked));
			if (picked) {
				button.addClassName(option.correct() ? "practice-right" : "practice-wrong");
			}
			this.options.add(new ListItem(button));
		}
	}

}
