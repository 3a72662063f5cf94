package de.norderstedt.go.kiosk.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import de.norderstedt.go.kiosk.protocol.AgentMessage;
import de.norderstedt.go.kiosk.protocol.Messages;
import de.norderstedt.go.kiosk.protocol.PortalMessage;
import jakarta.websocket.CloseReason;
import jakarta.websocket.Endpoint;
import jakarta.websocket.EndpointConfig;
import jakarta.websocket.HandshakeResponse;
import jakarta.websocket.MessageHandler;
import jakarta.websocket.Session;
import jakarta.websocket.server.HandshakeRequest;
import jakarta.websocket.server.ServerContainer;
import jakarta.websocket.server.ServerEndpointConfig;
import org.apache.catalina.Context;
import org.apache.catalina.LifecycleException;
import org.apache.catalina.connector.Connector;
import org.apache.catalina.startup.Tomcat;
import org.apache.tomcat.websocket.server.WsSci;

/**
 * A minimal portal for the agent tests: an embedded Tomcat with one WebSocket endpoint at
 * /geraete/verbindung that records what the agent sends.
 */
final class TestPortal implements AutoCloseable {

	final List<AgentMessage> received = new CopyOnWriteArrayList<>();

	final List<String> authorizations = new CopyOnWriteArrayList<>();

	final List<Session> sessions = new CopyOnWriteArrayList<>();

	volatile boolean autoAck;

	/** Refuses every handshake (403), as the portal does for a wrong credential. */
	volatile boolean refuse;

	final java.util.concurrent.atomic.AtomicInteger handshakes = new java.util.concurrent.atomic.AtomicInteger();

	private final Tomcat tomcat;

	private final Connector connector;

	TestPortal(int port) {
		try {
			Path base = Files.createTempDirectory("test-portal");
			this.tomcat = new Tomcat();
			this.tomcat.setBaseDir(base.toString());
			this.connector = new Connector();
			this.connector.setPort(port);
			this.connector.setProperty("address", "127.0.0.1");
			this.tomcat.setConnector(this.connector);
			Context context = this.tomcat.addContext("", base.toString());
			context.addServletContainerInitializer(new WsSci(), null);
			// runs after WsSci, which has put the ServerContainer in place by then
			context.addServletContainerInitializer((classes, servletContext) -> {
				ServerContainer container = (ServerContainer) servletContext
					.getAttribute(ServerContainer.class.getName());
				try {
					container
						.addEndpoint(ServerEndpointConfig.Builder.create(AgentEndpoint.class, "/geraete/verbindung")
							.configurator(new Configurator())
							.build());
				}
				catch (jakarta.websocket.DeploymentException ex) {
					throw new IllegalStateException(ex);
				}
			}, null);
			// the upgrade happens in a filter, and filters only run for requests mapped
			// to a servlet
			Tomcat.addServlet(context, "default", new jakarta.servlet.http.HttpServlet() {
			});
			context.addServletMappingDecoded("/", "default");
			this.tomcat.start();
		}
		catch (IOException | LifecycleException ex) {
			throw new IllegalStateException(ex);
		}
	}

	int port() {
		return this.connector.getLocalPort();
	}

	<T extends AgentMessage> List<T> received(Class<T> type) {
		return this.received.stream().filter(type::isInstance).map(type::cast).toList();
	}

	boolean connected() {
		return this.sessions.stream().anyMatch(Session::isOpen);
	}

	void send(PortalMessage message) {
		for (Session session : this.sessions) {
			if (session.isOpen()) {
				try {
					session.getBasicRemote().sendText(Messages.write(message));
				}
				catch (IOException ex) {
					throw new IllegalStateException(ex);
				}
			}
		}
	}

	void sendRaw(String text) throws IOException {
		for (Session session : this.sessions) {
			if (session.isOpen()) {
				session.getBasicRemote().sendText(text);
			}
		}
	}

	void dropAll() throws IOException {
		for (Session session : this.sessions) {
			if (session.isOpen()) {
				session.close(new CloseReason(CloseReason.CloseCodes.GOING_AWAY, "test drops you"));
			}
		}
	}

	@Override
	public void close() {
		try {
			this.tomcat.stop();
			this.tomcat.destroy();
		}
		catch (LifecycleException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private final class Configurator extends ServerEndpointConfig.Configurator {

		@Override
		public boolean checkOrigin(String originHeaderValue) {
			TestPortal.this.handshakes.incrementAndGet();
			return !TestPortal.this.refuse;
		}

		@Override
		public void modifyHandshake(ServerEndpointConfig config, HandshakeRequest request, HandshakeResponse response) {
			Map<String, List<String>> headers = request.getHeaders();
			headers.forEach((name, values) -> {
				if (name.equalsIgnoreCase("Authorization")) {
					TestPortal.this.authorizations.addAll(values);
				}
			});
		}

		@Override
		@SuppressWarnings("unchecked")
		public <T> T getEndpointInstance(Class<T> endpointClass) {
			return (T) new AgentEndpoint(TestPortal.this);
		}

	}

	static final class AgentEndpoint extends Endpoint {

		private final TestPortal portal;

		AgentEndpoint(TestPortal portal) {
			this.portal = portal;
		}

		@Override
		public void onOpen(Session session, EndpointConfig config) {
			this.portal.sessions.add(session);
			session.addMessageHandler(String.class, (MessageHandler.Whole<String>) (text) -> {
				AgentMessage message = Messages.readAgent(text);
				this.portal.received.add(message);
				String eventId = AgentState.eventId(message);
				if (this.portal.autoAck && eventId != null) {
					try {
						session.getBasicRemote().sendText(Messages.write(new PortalMessage.Ack(eventId)));
					}
					catch (IOException ex) {
						throw new IllegalStateException(ex);
					}
				}
			});
		}

	}

}
