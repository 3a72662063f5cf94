package de.norderstedt.go.accessibility.speech;

import org.jspecify.annotations.Nullable;

/** Synthesis failed (engine missing, crashed or timed out). */
public class SpeechException extends RuntimeException {

	public SpeechException(String message) {
		super(message);
	}

	public SpeechException(String message, @Nullable Throwable cause) {
		super(message, cause);
	}

}
