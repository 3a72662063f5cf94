package de.norderstedt.go.devices;

import de.norderstedt.go.accounts.Language;
import org.jspecify.annotations.Nullable;

/**
 * What opening a handoff link gave: the task to continue, or why not.
 *
 * @param target the portal path to open (null when failed)
 * @param language the language to open it in (null when failed)
 * @param failure why the link did not work (null when it worked)
 */
public record HandoffResult(@Nullable String target, @Nullable Language language, @Nullable Failure failure) {

	/** Why a handoff link did not work. */
	public enum Failure {

		/** No such link (mistyped, forged). */
		UNKNOWN,

		/** Opened before. */
		USED,

		/** Older than its validity. */
		EXPIRED

	}

	static HandoffResult success(HandoffRepository.Target target) {
		return new HandoffResult(target.target(), target.language(), null);
	}

	static HandoffResult failed(Failure failure) {
		return new HandoffResult(null, null, failure);
	}

}
