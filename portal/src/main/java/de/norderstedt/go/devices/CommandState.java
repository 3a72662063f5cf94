package de.norderstedt.go.devices;

/**
 * Where a command for a locker agent is ({@code device_command.state}).
 */
public enum CommandState {

	/** Waiting for the instance that holds the agent's connection. */
	NEW,
	/** Taken by that instance, about to be sent. */
	CLAIMED,
	/** Sent to the agent; its answer is awaited. */
	SENT,
	/** The agent pulsed the relay. */
	DONE,
	/** Not done: the agent refused the code, or the command could not be delivered. */
	FAILED,
	/** Never sent: its time ran out first. */
	EXPIRED

}
