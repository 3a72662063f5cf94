package de.norderstedt.go.devices;

import java.time.Instant;
import java.util.Set;

import de.norderstedt.go.accounts.Language;
import org.springframework.stereotype.Component;

/** Enrolled devices for tests, without going through the admin screen. */
@Component
public class TestDevices {

	private final DeviceRepository devices;

	private final DeviceService service;

	TestDevices(DeviceRepository devices, DeviceService service) {
		this.devices = devices;
		this.service = service;
	}

	/** A new library kiosk, enrolled; returns its credential (the cookie value). */
	public String enrolledKiosk(String name) {
		return enrolledKiosk(name, 120, "de");
	}

	/** A new library kiosk with this idle timeout and language, enrolled. */
	public String enrolledKiosk(String name, int idleTimeoutSeconds, String language) {
		long id = this.devices.insert(new NewDevice(name, "Teststelle", DeviceKind.LIBRARY_KIOSK,
				Language.ofCode(language), idleTimeoutSeconds, Set.of(DeviceFeature.values())));
		String code = this.service.newCode(id).code();
		return this.service.redeem(code).orElseThrow();
	}

	/**
	 * A new library kiosk standing in a course place (it offers that place's courses),
	 * enrolled; returns its credential.
	 */
	public String enrolledKioskAt(String name, long placeId, String language) {
		long id = this.devices.insert(new NewDevice(name, "Teststelle", DeviceKind.LIBRARY_KIOSK,
				Language.ofCode(language), 120, Set.of(DeviceFeature.values())));
		this.devices.setPlace(id, placeId);
		String code = this.service.newCode(id).code();
		return this.service.redeem(code).orElseThrow();
	}

	/**
	 * An enrolled locker terminal: its id (for the station) and the browser's credential.
	 */
	public record Terminal(long id, String credential) {
	}

	/** A new locker terminal offering the locker screen, enrolled. */
	public Terminal enrolledLockerTerminal(String name) {
		return enrolledTerminal(name, "de");
	}

	/** A new locker terminal in the language, enrolled. */
	public Terminal enrolledTerminal(String name, String language) {
		long id = this.devices.insert(new NewDevice(name, "Teststelle Park", DeviceKind.LOCKER_TERMINAL,
				Language.ofCode(language), 120, Set.of(DeviceFeature.LOCKERS)));
		String code = this.service.newCode(id).code();
		return new Terminal(id, this.service.redeem(code).orElseThrow());
	}

	/** Makes the device's current enrollment code expire. */
	public void expireCode(long deviceId) {
		this.devices.setEnrollmentCode(deviceId, "expired-" + deviceId, Instant.now().minusSeconds(1));
	}

}
