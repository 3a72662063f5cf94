package de.norderstedt.go.kiosk.agent;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.charset.StandardCharsets;
import java.nio.file.AtomicMoveNotSupportedException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import de.norderstedt.go.kiosk.codes.CodeCheck;
import de.norderstedt.go.kiosk.protocol.AgentMessage;
import de.norderstedt.go.kiosk.protocol.Messages;
import tools.jackson.core.JacksonException;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the agent keeps across restarts: the journal of events the portal has not
 * acknowledged yet, the ids of codes it opened for and of codes the portal revoked (each
 * with the instant after which the entry can go: the end of the code's window). Every
 * change is written to {@code state.json} through a temporary file and an atomic move, so
 * a power cut leaves either the old or the new file, never half of one.
 */
final class AgentState implements CodeCheck.Memory {

	private static final System.Logger LOG = System.getLogger(AgentState.class.getName());

	private static final JsonMapper MAPPER = JsonMapper.builder().build();

	private final Path file;

	private final Map<String, AgentMessage> journal = new LinkedHashMap<>();

	private final Map<Long, Long> usedUntil = new HashMap<>();

	private final Map<Long, Long> revokedUntil = new HashMap<>();

	private AgentState(Path file) {
		this.file = file;
	}

	static AgentState load(Path dir, Instant now) {
		try {
			Files.createDirectories(dir);
		}
		catch (IOException ex) {
			throw new UncheckedIOException("Cannot create the state directory " + dir, ex);
		}
		AgentState state = new AgentState(dir.resolve("state.json"));
		if (Files.exists(state.file)) {
			try {
				Stored stored = MAPPER.readValue(Files.readString(state.file, StandardCharsets.UTF_8), Stored.class);
				for (String json : stored.journal()) {
					AgentMessage message = Messages.readAgent(json);
					String eventId = eventId(message);
					if (eventId != null) {
						state.journal.put(eventId, message);
					}
				}
				state.usedUntil.putAll(stored.used());
				state.revokedUntil.putAll(stored.revoked());
			}
			catch (IOException | JacksonException | IllegalArgumentException | NullPointerException ex) {
				// keep the agent running; the bad file stays for a person to look at
				Path aside = state.file.resolveSibling("state.json.unreadable-" + now.getEpochSecond());
				LOG.log(System.Logger.Level.ERROR, "Cannot read " + state.file + ", moving it to " + aside, ex);
				try {
					Files.move(state.file, aside, StandardCopyOption.REPLACE_EXISTING);
				}
				catch (IOException moveFailed) {
					LOG.log(System.Logger.Level.ERROR, "Cannot move " + state.file + " aside", moveFailed);
				}
				state.journal.clear();
				state.usedUntil.clear();
				state.revokedUntil.clear();
			}
		}
		state.prune(now);
		return state;
	}

	/** The id of a journaled event, or null for messages that are not journaled. */
	static @Nullable String eventId(AgentMessage message) {
		return switch (message) {
			case AgentMessage.DoorChanged m -> m.eventId();
			case AgentMessage.OfflineOpened m -> m.eventId();
			case AgentMessage.OfflineRefused m -> m.eventId();
			case AgentMessage.Hello m -> null;
			case AgentMessage.Heartbeat m -> null;
			case AgentMessage.Pulsed m -> null;
			case AgentMessage.OpenRefused m -> null;
		};
	}

	synchronized void journal(AgentMessage event) {
		String eventId = eventId(event);
		if (eventId == null) {
			throw new IllegalArgumentException("Not a journaled event: " + event);
		}
		this.journal.put(eventId, event);
		save();
	}

	synchronized boolean acknowledge(String eventId) {
		if (this.journal.remove(eventId) == null) {
			return false;
		}
		save();
		return true;
	}

	synchronized List<AgentMessage> pending() {
		return new ArrayList<>(this.journal.values());
	}

	@Override
	public synchronized boolean isUsed(long codeId) {
		return this.usedUntil.containsKey(codeId);
	}

	@Override
	public synchronized boolean isRevoked(long codeId) {
		return this.revokedUntil.containsKey(codeId);
	}

	/** Remembers revoked codes; true if one of them was new. */
	synchronized boolean revoke(Map<Long, Instant> codesUntil, Instant now) {
		boolean changed = false;
		for (Map.Entry<Long, Instant> code : codesUntil.entrySet()) {
			long until = code.getValue().getEpochSecond();
			if (until >= now.getEpochSecond()) {
				Long before = this.revokedUntil.put(code.getKey(), until);
				changed |= before == null || before != until;
			}
		}
		if (changed) {
			prune(now);
			save();
		}
		return changed;
	}

	synchronized void markUsed(long codeId, Instant keepUntil, Instant now) {
		this.usedUntil.merge(codeId, keepUntil.getEpochSecond(), Math::max);
		prune(now);
		save();
	}

	synchronized void prune(Instant now) {
		this.usedUntil.values().removeIf((until) -> until < now.getEpochSecond());
		this.revokedUntil.values().removeIf((until) -> until < now.getEpochSecond());
	}

	private void save() {
		List<String> events = this.journal.values().stream().map(Messages::write).toList();
		byte[] bytes = MAPPER
			.writeValueAsBytes(new Stored(events, Map.copyOf(this.usedUntil), Map.copyOf(this.revokedUntil)));
		Path temp = this.file.resolveSibling("state.json.tmp");
		try {
			try (FileChannel channel = FileChannel.open(temp, StandardOpenOption.CREATE, StandardOpenOption.WRITE,
					StandardOpenOption.TRUNCATE_EXISTING)) {
				channel.write(java.nio.ByteBuffer.wrap(bytes));
				// on the Pi's SD card the data must be on disk before the rename makes it
				// current
				channel.force(true);
			}
			try {
				Files.move(temp, this.file, StandardCopyOption.ATOMIC_MOVE, StandardCopyOption.REPLACE_EXISTING);
			}
			catch (AtomicMoveNotSupportedException ex) {
				Files.move(temp, this.file, StandardCopyOption.REPLACE_EXISTING);
			}
		}
		catch (IOException ex) {
			// the state in memory stays right; the next change tries again
			LOG.log(System.Logger.Level.ERROR, "Cannot write " + this.file, ex);
		}
	}

	/** The file's form. */
	record Stored(List<String> journal, Map<Long, Long> used, Map<Long, Long> revoked) {

		Stored {
			journal = (journal != null) ? journal : List.of();
			used = (used != null) ? used : Map.of();
			// absent in files of agents before revocations
			revoked = (revoked != null) ? revoked : Map.of();
		}

	}

}
