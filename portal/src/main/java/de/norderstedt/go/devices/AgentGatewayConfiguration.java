package de.norderstedt.go.devices;

import java.util.Map;
import java.util.Optional;

import org.jspecify.annotations.Nullable;
import org.springframework.context.annotation.Configuration;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.ServerHttpRequest;
import org.springframework.http.server.ServerHttpResponse;
import org.springframework.web.socket.WebSocketHandler;
import org.springframework.web.socket.config.annotation.EnableWebSocket;
import org.springframework.web.socket.config.annotation.WebSocketConfigurer;
import org.springframework.web.socket.config.annotation.WebSocketHandlerRegistry;
import org.springframework.web.socket.server.HandshakeInterceptor;

/**
 * The agents' WebSocket: only a locker terminal's agent credential gets through the
 * handshake.
 */
@Configuration
@EnableWebSocket
class AgentGatewayConfiguration implements WebSocketConfigurer {

	private static final String BEARER = "Bearer ";

	private final AgentGateway gateway;

	private final DeviceService devices;

	AgentGatewayConfiguration(AgentGateway gateway, DeviceService devices) {
		this.gateway = gateway;
		this.devices = devices;
	}

	@Override
	public void registerWebSocketHandlers(WebSocketHandlerRegistry registry) {
		registry.addHandler(this.gateway, AgentGateway.PATH).addInterceptors(new AgentCredentialCheck());
	}

	private final class AgentCredentialCheck implements HandshakeInterceptor {

		@Override
		public boolean beforeHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
				Map<String, Object> attributes) {
			Optional<Device> device = Optional.ofNullable(request.getHeaders().getFirst(HttpHeaders.AUTHORIZATION))
				.filter(value -> value.startsWith(BEARER))
				.flatMap(value -> AgentGatewayConfiguration.this.devices
					.authenticateAgent(value.substring(BEARER.length()).strip()));
			if (device.isEmpty()) {
				response.setStatusCode(HttpStatus.UNAUTHORIZED);
				return false;
			}
			attributes.put(AgentGateway.DEVICE_ID, device.get().id());
			return true;
		}

		@Override
		public void afterHandshake(ServerHttpRequest request, ServerHttpResponse response, WebSocketHandler handler,
				@Nullable Exception exception) {
		}

	}

}
