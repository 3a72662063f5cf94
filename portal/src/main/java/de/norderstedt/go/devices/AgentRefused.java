package de.norderstedt.go.devices;

/**
 * The agent refused to open: the code in the command did not pass its own check (see
 * {@code de.norderstedt.go.kiosk.codes.CodeCheck}), and no relay moved.
 */
public final class AgentRefused extends Exception {

	private static final long serialVersionUID = 1L;

	private final String reason;

	/**
	 * @param reason the agent's reason, a {@code CodeCheck.Reason} name
	 */
	public AgentRefused(String reason) {
		super("the agent refused the code: " + reason, null, false, false);
		this.reason = reason;
	}

	/** The agent's reason, a {@code CodeCheck.Reason} name. */
	public String reason() {
		return this.reason;
	}

}
