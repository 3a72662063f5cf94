package de.norderstedt.go.accessibility.speech;

/** Synthesis failed (engine missing, crashed or timed out). */
public class SpeechException extends RuntimeException {

	public SpeechException(String message) {
		super(message);
	}

	public SpeechException(String message, Throwable cause) {
		super(message, cause);
	}

}
