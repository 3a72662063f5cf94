package de.norderstedt.go.tutorials.ui;

import java.util.Locale;

import de.norderstedt.go.content.Practice;
import de.norderstedt.go.web.ui.PracticeGuide;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.function.SerializableRunnable;

/**
 * Practice on the platform's own screens (booking a course, submitting an idea, setting
 * up city news, reserving a locker), in a sandbox that stores nothing: the next control
 * is highlighted and its instruction spoken.
 */
class GuidedPractice extends PracticeView {

	/** Starts the screens again from their first step. */
	private final SerializableRunnable restart;

	GuidedPractice(Practice.Guided guided, GuidedPractices practices, @Nullable Long placeId, Listener listener,
			Locale locale) {
		super(listener, locale);
		addClassName("practice-guided");
		PracticeGuide.Learner learner = new PracticeGuide.Learner() {

			@Override
			public void say(String text) {
				listener.say(text);
			}

			@Override
			public void finished() {
				complete(null);
			}

		};
		GuidedPractices.Opened opened = practices.open(guided.flow(), placeId, learner);
		this.restart = opened.restart();
		add(opened.screens());
	}

	@Override
	void restart() {
		this.restart.run();
		super.restart();
	}

	@Override
	protected void render() {
		// the practised screens render themselves
	}

}
