package de.norderstedt.go.devices;

import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.EnumSet;
import java.util.Set;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.database.DemoData;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * A demo library kiosk and a demo locker terminal, for the embedded default only. Their
 * enrollment links (in the README) are renewed at every start, so any browser can become
 * the demo kiosk; the browser that used the link before then needs it again. The library
 * kiosk offers the courses of the demo library; it runs after the demo courses
 * ({@code @Order(10)}) have created that place.
 */
@Component
@Order(20)
@DemoData
class DemoDevices implements ApplicationRunner {

	static final String LIBRARY_CODE = "demo-bibliothek";

	static final String LOCKER_CODE = "demo-stadtpark";

	/** The demo locker terminal (the demo locker station finds it by this name). */
	static final String LOCKER_NAME = "Schließfach-Terminal Stadtpark";

	/** The course place of the demo library kiosk, when the demo courses made it. */
	static final String LIBRARY_PLACE = "Stadtbücherei Norderstedt-Mitte";

	/**
	 * What the demo library kiosk offers: everything but ideas, which it offers once the
	 * Ideenspeicher is open on the portal too (issue 18).
	 */
	private static final Set<DeviceFeature> DEMO_KIOSK_FEATURES = Set.copyOf(EnumSet.allOf(DeviceFeature.class));

	private static final Logger log = LoggerFactory.getLogger(DemoDevices.class);

	private final DeviceRepository devices;

	private final CoursePlaces places;

	DemoDevices(DeviceRepository devices, CoursePlaces places) {
		this.devices = devices;
		this.places = places;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		long library = demo(new NewDevice("Kiosk Stadtbücherei", "Stadtbücherei Norderstedt-Mitte",
				DeviceKind.LIBRARY_KIOSK, Language.DE, 120, DEMO_KIOSK_FEATURES), LIBRARY_CODE);
		// a demo database from before a kiosk offer existed (courses, tutorials, ideas):
		// the
		// kiosk learns to offer it
		Device kiosk = this.devices.findById(library).orElseThrow();
		Set<DeviceFeature> added = EnumSet.of(DeviceFeature.COURSES, DeviceFeature.TUTORIALS, DeviceFeature.IDEAS);
		if (!kiosk.features().containsAll(added)) {
			Set<DeviceFeature> features = EnumSet.copyOf(added);
			features.addAll(kiosk.features());
			this.devices.setFeatures(library, features);
		}
		// an admin's choice of place stays
		if (kiosk.placeId() == null) {
			this.places.idOf(LIBRARY_PLACE).ifPresent(place -> this.devices.setPlace(library, place));
		}
		long locker = demo(new NewDevice(LOCKER_NAME, "Stadtpark Norderstedt, Eingang Ost", DeviceKind.LOCKER_TERMINAL,
				Language.DE, 90, Set.of(DeviceFeature.LOCKERS, DeviceFeature.PROFILE_CARD)), LOCKER_CODE);
		Device terminal = this.devices.findById(locker).orElseThrow();
		if (!terminal.features().contains(DeviceFeature.LOCKERS)) {
			Set<DeviceFeature> features = EnumSet.of(DeviceFeature.LOCKERS);
			features.addAll(terminal.features());
			this.devices.setFeatures(locker, features);
		}
	}

	private long demo(NewDevice device, String code) {
		long id = this.devices.findByName(device.name()).map(Device::id).orElseGet(() -> this.devices.insert(device));
		this.devices.setEnrollmentCode(id, Secrets.hash(code), Instant.now().plus(365, ChronoUnit.DAYS));
		log.info("Demo device '{}': open /geraete/anmelden?code={} in the browser that should act as it", device.name(),
				code);
		return id;
	}

}
