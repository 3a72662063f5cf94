package de.norderstedt.go.web.ui;

import java.io.Serializable;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.UIDetachedException;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Keeps a screen up to date with what happens elsewhere without the browser asking: the
 * screen follows signals (another device, person or instance changed something) and
 * timers on the server, and each update runs in the screen's own UI and reaches the
 * browser by server push, which following anything turns on for the page
 * ({@link ServerPush}). {@link #stop()} (when the screen leaves the page) ends all of
 * them, so nothing keeps a closed screen alive.
 */
public final class ScreenUpdates implements Serializable {

	private static final Logger log = LoggerFactory.getLogger(ScreenUpdates.class);

	/**
	 * Only starts the timers' updates (each on a virtual thread): the updates themselves
	 * wait for their page's lock, not this thread.
	 */
	private static final ScheduledExecutorService TIMERS = Executors
		.newSingleThreadScheduledExecutor(Thread.ofPlatform().daemon().name("go-screen-timers").factory());

	private final transient List<AutoCloseable> following = new CopyOnWriteArrayList<>();

	private final transient List<ScheduledFuture<?>> timers = new CopyOnWriteArrayList<>();

	/**
	 * Runs {@code update} in the UI whenever the source calls back, until
	 * {@link #stop()}.
	 * @param listen registers a callback with the source (e.g. a signal fan-out) and
	 * returns what ends it
	 */
	public void follow(UI ui, Function<Runnable, ? extends AutoCloseable> listen, SerializableRunnable update) {
		ServerPush.enable(ui);
		this.following.add(listen.apply(() -> push(ui, update)));
	}

	/** Runs {@code update} in the UI once, after the delay, unless stopped before. */
	public void after(UI ui, Duration delay, SerializableRunnable update) {
		ServerPush.enable(ui);
		this.timers.removeIf(ScheduledFuture::isDone);
		this.timers.add(TIMERS.schedule(() -> Thread.ofVirtual().name("go-screen-timer").start(() -> push(ui, update)),
				delay.toMillis(), TimeUnit.MILLISECONDS));
	}

	/** Runs {@code update} in the UI every {@code period}, until stopped. */
	public void every(UI ui, Duration period, SerializableRunnable update) {
		ServerPush.enable(ui);
		this.timers.add(TIMERS.scheduleWithFixedDelay(
				() -> Thread.ofVirtual().name("go-screen-timer").start(() -> push(ui, update)), period.toMillis(),
				period.toMillis(), TimeUnit.MILLISECONDS));
	}

	/** Ends the timers only; what the screen follows stays. */
	public void stopTimers() {
		this.timers.forEach(timer -> timer.cancel(false));
		this.timers.clear();
	}

	/** Ends everything: the screen left the page. */
	public void stop() {
		stopTimers();
		for (AutoCloseable one : this.following) {
			try {
				one.close();
			}
			catch (Exception ex) {
				log.debug("Ending what a screen followed failed", ex);
			}
		}
		this.following.clear();
	}

	private static void push(UI ui, SerializableRunnable update) {
		try {
			ui.access(update::run);
		}
		catch (UIDetachedException ex) {
			// the page was closed between the change and this call
		}
	}

}
