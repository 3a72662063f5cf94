package de.norderstedt.go.lockers;

import java.time.LocalTime;
import java.util.List;
import java.util.Optional;

import de.norderstedt.go.database.DemoData;
import de.norderstedt.go.devices.Device;
import de.norderstedt.go.devices.DeviceService;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * The demo locker station in the Stadtpark, for the embedded default only: six
 * compartments at three heights with three rollators and three hand carts, driven by a
 * simulated agent in-process through the demo locker terminal. Runs after the demo
 * devices ({@code @Order(20)}) have made that terminal.
 */
@Component
@Order(30)
@DemoData
class DemoLockers implements ApplicationRunner {

	static final String STATION = "Stadtpark Norderstedt";

	/** The name the demo devices give the locker terminal. */
	private static final String TERMINAL = "Schließfach-Terminal Stadtpark";

	private static final Logger log = LoggerFactory.getLogger(DemoLockers.class);

	private record DemoItem(int number, int heightCm, ItemType type, String name) {
	}

	private static final List<DemoItem> ITEMS = List.of(new DemoItem(1, 20, ItemType.ROLLATOR, "Rollator 1 (blau)"),
			new DemoItem(2, 70, ItemType.ROLLATOR, "Rollator 2 (rot)"),
			new DemoItem(3, 110, ItemType.ROLLATOR, "Rollator 3 (grau)"),
			new DemoItem(4, 20, ItemType.HANDCART, "Handwagen 1"),
			new DemoItem(5, 70, ItemType.HANDCART, "Handwagen 2"),
			new DemoItem(6, 110, ItemType.HANDCART, "Handwagen 3"));

	/** The demo locker staff account (accounts' demo data). */
	private static final String STAFF = "schliessfach";

	private final StationRepository stations;

	private final DeviceService devices;

	DemoLockers(StationRepository stations, DeviceService devices) {
		this.stations = stations;
		this.devices = devices;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		Optional<Station> existing = this.stations.findByName(STATION);
		if (existing.isPresent()) {
			// data made before stations had staff: the demo staff account looks after it
			if (this.stations.staffOf(existing.get().id()).isEmpty()) {
				this.stations.addStaffByUsername(existing.get().id(), STAFF);
			}
			return;
		}
		Long terminal = this.devices.deviceNamed(TERMINAL).map(Device::id).orElse(null);
		long station = this.stations.insert(new NewStation(STATION, "Stadtpark Norderstedt, Eingang Ost",
				LocalTime.of(8, 0), LocalTime.of(20, 0), terminal, terminal != null));
		for (DemoItem item : ITEMS) {
			long compartment = this.stations.insertCompartment(station, new NewCompartment(item.number(),
					item.heightCm(), CompartmentSize.LARGE, CompartmentState.IN_SERVICE));
			this.stations.insertItem(new NewItem(compartment, item.type(), item.name(), ItemCondition.OK, null));
		}
		this.stations.addStaffByUsername(station, STAFF);
		log.info("Demo locker station '{}' with {} compartments", STATION, ITEMS.size());
	}

}
