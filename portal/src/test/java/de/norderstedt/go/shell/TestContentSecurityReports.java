package de.norderstedt.go.shell;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * Every Content Security Policy violation browsers reported to the running portal, for
 * the end-to-end tests to fail on.
 */
@Component
public class TestContentSecurityReports {

	private final List<ContentSecurityViolation> received = new CopyOnWriteArrayList<>();

	@EventListener
	void on(ContentSecurityViolation violation) {
		this.received.add(violation);
	}

	/** The violations reported since the portal started. */
	public List<ContentSecurityViolation> received() {
		return List.copyOf(this.received);
	}

	/** Forgets a violation a test reported on purpose. */
	public void forget(ContentSecurityViolation violation) {
		this.received.remove(violation);
	}

}
