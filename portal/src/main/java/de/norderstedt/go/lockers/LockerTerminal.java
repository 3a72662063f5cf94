package de.norderstedt.go.lockers;

import java.util.Optional;

import org.springframework.stereotype.Service;

/**
 * The locker terminal's side: checks a shown or typed code against the station the
 * terminal belongs to, has the station's agent open the compartment, and follows its
 * door. Every call names the terminal (kiosk device) it comes from.
 */
@Service
public class LockerTerminal {

	/** The station whose terminal the device is. */
	public Optional<Station> stationOf(long deviceId) {
		throw new UnsupportedOperationException("in progress");
	}

	/**
	 * A code read from a QR code: checked (signature, station, time, not used, agent
	 * reachable), then the compartment opens. Refusals change nothing and move no relay.
	 */
	public TerminalOutcome present(long deviceId, String code) {
		throw new UnsupportedOperationException("in progress");
	}

	/** The eight-digit code typed on the terminal's keypad, checked the same way. */
	public TerminalOutcome presentNumber(long deviceId, String digits) {
		throw new UnsupportedOperationException("in progress");
	}

	/** Whether the compartment's door is open, as its sensor last reported. */
	public boolean isDoorOpen(long deviceId, int compartment) {
		throw new UnsupportedOperationException("in progress");
	}

	/** What the person said about the item they brought back. */
	public void reportCondition(long deviceId, long reservationId, ItemCondition condition) {
		throw new UnsupportedOperationException("in progress");
	}

}
