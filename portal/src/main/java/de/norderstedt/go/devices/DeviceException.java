package de.norderstedt.go.devices;

/**
 * A device request that cannot be carried out; the key names the UI text that explains
 * why.
 */
public class DeviceException extends RuntimeException {

	private final String messageKey;

	public DeviceException(String messageKey) {
		super(messageKey);
		this.messageKey = messageKey;
	}

	public String messageKey() {
		return this.messageKey;
	}

}
