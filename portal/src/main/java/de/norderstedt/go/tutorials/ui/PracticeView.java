package de.norderstedt.go.tutorials.ui;

import java.util.Locale;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Section;

/**
 * The screen of one practice inside the player. It tells the player when the learner got
 * it wrong (the player shows and speaks the hint, or the given explanation) and when it
 * is done; the player offers skipping and repeating.
 */
abstract class PracticeView extends Section {

	/** What the player does for a practice. */
	interface Listener {

		/**
		 * A wrong try: shows and speaks the explanation, or the practice's hint if null.
		 */
		void wrong(@Nullable String explanation);

		/**
		 * The practice is done: shows and speaks the praise, the given text or the
		 * default.
		 */
		void done(@Nullable String result);

		/** Speaks a sentence, when the learner uses speech. */
		void say(String text);

	}

	protected final Listener listener;

	protected final Locale locale;

	private boolean done;

	PracticeView(Listener listener, Locale locale) {
		this.listener = listener;
		this.locale = locale;
		addClassName("practice");
	}

	/** Starts the practice again from the beginning. */
	void restart() {
		this.done = false;
		render();
	}

	boolean isDone() {
		return this.done;
	}

	/** Marks the practice done (once) and tells the player. */
	protected void complete(@Nullable String result) {
		if (this.done) {
			return;
		}
		this.done = true;
		render();
		this.listener.done(result);
	}

	/** Builds the practice's content for its current state. */
	protected abstract void render();

}
