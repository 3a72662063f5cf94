package de.norderstedt.go.web.ui;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A learner of a guided practice that keeps what it was told: each spoken instruction,
 * and how often the practice said it was finished.
 */
public final class RecordingLearner implements PracticeGuide.Learner {

	/** The instructions spoken, in order. */
	public final List<String> spoken = new CopyOnWriteArrayList<>();

	/** How often the practice finished. */
	public final AtomicInteger finished = new AtomicInteger();

	@Override
	public void say(String text) {
		this.spoken.add(text);
	}

	@Override
	public void finished() {
		this.finished.incrementAndGet();
	}

}
