package de.norderstedt.go.kiosk.agent;

import java.net.http.WebSocket;
import java.nio.ByteBuffer;
import java.util.concurrent.CompletionStage;
import java.util.function.BiConsumer;
import java.util.function.Consumer;

import org.jspecify.annotations.Nullable;

/**
 * Receives the portal's frames on the HTTP client's threads and hands whole messages, and
 * the end of the connection, to the agent thread.
 */
final class PortalListener implements WebSocket.Listener {

	private static final System.Logger LOG = System.getLogger(LockerAgent.class.getName());

	private final StringBuilder partial = new StringBuilder();

	/** Runs a task on the agent thread. */
	private final Consumer<Runnable> onWorker;

	private final BiConsumer<WebSocket, String> received;

	private final Consumer<WebSocket> lost;

	/** Notes that the portal answered (a pong). */
	private final Runnable heard;

	PortalListener(Consumer<Runnable> onWorker, BiConsumer<WebSocket, String> received, Consumer<WebSocket> lost,
			Runnable heard) {
		this.onWorker = onWorker;
		this.received = received;
		this.lost = lost;
		this.heard = heard;
	}

	@Override
	public void onOpen(WebSocket webSocket) {
		webSocket.request(1);
	}

	@Override
	public @Nullable CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
		this.partial.append(data);
		if (last) {
			String text = this.partial.toString();
			this.partial.setLength(0);
			this.onWorker.accept(() -> this.received.accept(webSocket, text));
		}
		webSocket.request(1);
		return null;
	}

	@Override
	public @Nullable CompletionStage<?> onBinary(WebSocket webSocket, ByteBuffer data, boolean last) {
		LOG.log(System.Logger.Level.WARNING, "Ignoring a binary frame from the portal");
		webSocket.request(1);
		return null;
	}

	@Override
	public @Nullable CompletionStage<?> onPong(WebSocket webSocket, ByteBuffer message) {
		this.heard.run();
		webSocket.request(1);
		return null;
	}

	@Override
	public @Nullable CompletionStage<?> onClose(WebSocket webSocket, int statusCode, String reason) {
		LOG.log(System.Logger.Level.WARNING, "The portal closed the connection ({0} {1})", statusCode, reason);
		this.onWorker.accept(() -> this.lost.accept(webSocket));
		return null;
	}

	@Override
	public void onError(WebSocket webSocket, Throwable error) {
		LOG.log(System.Logger.Level.WARNING, "Connection to the portal failed: {0}", LockerAgent.rootMessage(error));
		this.onWorker.accept(() -> this.lost.accept(webSocket));
	}

}
