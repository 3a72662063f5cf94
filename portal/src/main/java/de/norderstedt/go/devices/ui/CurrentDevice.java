package de.norderstedt.go.devices.ui;

import java.util.Optional;

import de.norderstedt.go.devices.Device;
import de.norderstedt.go.devices.DeviceService;
import jakarta.servlet.http.Cookie;

import com.vaadin.flow.server.VaadinRequest;
import org.springframework.stereotype.Component;

/**
 * The enrolled device the current Vaadin request comes from, known by its credential
 * cookie; empty for any other browser and for revoked devices.
 */
@Component
public class CurrentDevice {

	private final DeviceService devices;

	CurrentDevice(DeviceService devices) {
		this.devices = devices;
	}

	public Optional<Device> get() {
		VaadinRequest request = VaadinRequest.getCurrent();
		Cookie[] cookies = request == null ? null : request.getCookies();
		if (cookies != null) {
			for (Cookie cookie : cookies) {
				if (DeviceService.CREDENTIAL_COOKIE.equals(cookie.getName())) {
					return this.devices.authenticate(cookie.getValue());
				}
			}
		}
		return Optional.empty();
	}

}
