package de.norderstedt.go.shell;

import org.springframework.boot.tomcat.TomcatContextCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * Every open page keeps a push connection (a WebSocket) for as long as it is open, so its
 * buffers are held per page: with Tomcat's defaults an 8 K-character text buffer (16 KB)
 * and an 8 KB binary buffer for messages from the browser, for each connection. The pages
 * send their requests over HTTP and only receive over the socket ({@code AppShell}'s
 * {@code WEBSOCKET_XHR}), so what arrives on it is a few bytes; the buffers for it are
 * made small. A larger message from a page would close its push connection (and Vaadin's
 * client opens a new one), never lose a request.
 */
@Configuration(proxyBeanMethods = false)
class PushConnections {

	/**
	 * Characters of a text message from a page that the server takes on a push
	 * connection.
	 */
	static final int TEXT_BUFFER = 1024;

	/** Bytes of a binary message from a page, likewise. */
	static final int BINARY_BUFFER = 1024;

	@Bean
	TomcatContextCustomizer smallWebSocketBuffers() {
		return context -> {
			context.addParameter("org.apache.tomcat.websocket.textBufferSize", String.valueOf(TEXT_BUFFER));
			context.addParameter("org.apache.tomcat.websocket.binaryBufferSize", String.valueOf(BINARY_BUFFER));
		};
	}

}
