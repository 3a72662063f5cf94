package de.norderstedt.go.database;

import java.util.Collections;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;

import org.jspecify.annotations.Nullable;

/**
 * The keys of one purpose by their id (8 lower-case hexadecimal digits): the one that
 * signs now, and every one that is still accepted (the key staged to sign next, the key
 * that signed until the last rotation).
 *
 * @param <K> a key pair or a secret
 * @param activeId the key that signs
 * @param byId every accepted key, the active one included
 * @param legacyId the key that checks what was signed before signatures named their key
 * (access codes of the first format, profile cards {@code NGO1}), or null when those are
 * no longer accepted
 */
public record KeyRing<K>(String activeId, Map<String, K> byId, @Nullable String legacyId) {

	/** Checks that the named keys are there. */
	public KeyRing {
		byId = Collections.unmodifiableMap(new TreeMap<>(byId));
		if (!byId.containsKey(activeId)) {
			throw new IllegalArgumentException("The active key " + activeId + " is missing");
		}
		if (legacyId != null && !byId.containsKey(legacyId)) {
			throw new IllegalArgumentException("The legacy key " + legacyId + " is missing");
		}
	}

	/** The key that signs. */
	public K active() {
		return Objects.requireNonNull(this.byId.get(this.activeId));
	}

	/** The accepted key with this id, or null. */
	public @Nullable K get(String id) {
		return this.byId.get(id);
	}

	/** The legacy key, or null. */
	public @Nullable K legacy() {
		return (this.legacyId != null) ? this.byId.get(this.legacyId) : null;
	}

	@Override
	public String toString() {
		// ids only: a ring of secrets must never reach a log line
		return "KeyRing[active=" + this.activeId + ", ids=" + this.byId.keySet() + ", legacy=" + this.legacyId + "]";
	}

}
