package de.norderstedt.go.shell;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import jakarta.servlet.http.HttpSession;
import jakarta.servlet.http.HttpSessionEvent;
import jakarta.servlet.http.HttpSessionListener;
import org.springframework.stereotype.Component;

/**
 * The portal's HTTP sessions by id, so that a test can end one on the server while its
 * page is open, as when the instance that held it died.
 */
@Component
public class TestSessions implements HttpSessionListener {

	private final Map<String, HttpSession> sessions = new ConcurrentHashMap<>();

	@Override
	public void sessionCreated(HttpSessionEvent event) {
		this.sessions.put(event.getSession().getId(), event.getSession());
	}

	@Override
	public void sessionDestroyed(HttpSessionEvent event) {
		this.sessions.remove(event.getSession().getId());
	}

	/**
	 * Ends the session with the id (a changed id, after a sign-in, is found too).
	 * @return whether there was one
	 */
	public boolean invalidate(String id) {
		HttpSession session = this.sessions.remove(id);
		if (session == null) {
			session = this.sessions.values().stream().filter(s -> s.getId().equals(id)).findFirst().orElse(null);
		}
		if (session == null) {
			return false;
		}
		session.invalidate();
		return true;
	}

}
