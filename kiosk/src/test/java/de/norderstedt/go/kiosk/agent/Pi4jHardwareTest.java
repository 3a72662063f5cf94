package de.norderstedt.go.kiosk.agent;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.pi4j.io.gpio.digital.DigitalState;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalArgumentException;

class Pi4jHardwareTest {

	private final Pi4jHardware hardware = Pi4jHardware.mock(
			List.of(new CompartmentWiring(1, 17, 27, true), new CompartmentWiring(2, 22, 23, false)),
			Duration.ofMillis(100));

	@AfterEach
	void close() {
		this.hardware.close();
	}

	@Test
	void doorsStartClosedWhicheverWayTheSensorIsWired() {
		assertThat(this.hardware.compartments()).containsExactlyInAnyOrder(1, 2);
		assertThat(this.hardware.isOpen(1)).isFalse();
		assertThat(this.hardware.isOpen(2)).isFalse();
	}

	@Test
	void aPulseSetsTheRelayHighThenLowAndOpensTheMockDoor() {
		List<DigitalState> relay = new CopyOnWriteArrayList<>();
		this.hardware.relay(1).addListener((event) -> relay.add(event.state()));
		List<Integer> pulsed = new CopyOnWriteArrayList<>();
		this.hardware.onPulse((compartment, at) -> pulsed.add(compartment));
		List<String> doors = new CopyOnWriteArrayList<>();
		this.hardware.onDoorChange((compartment, open) -> doors.add(compartment + "=" + open));

		this.hardware.pulse(1);

		Await.until(() -> relay.equals(List.of(DigitalState.HIGH, DigitalState.LOW)));
		assertThat(this.hardware.relay(1).state()).isEqualTo(DigitalState.LOW);
		assertThat(this.hardware.relay(2).state()).isEqualTo(DigitalState.LOW);
		assertThat(pulsed).containsExactly(1);
		assertThat(doors).containsExactly("1=true");
		assertThat(this.hardware.isOpen(1)).isTrue();
		assertThat(this.hardware.isOpen(2)).isFalse();
	}

	@Test
	void theDoorListenerFiresOnSimulatedDoors() {
		List<String> doors = new CopyOnWriteArrayList<>();
		this.hardware.onDoorChange((compartment, open) -> doors.add(compartment + "=" + open));
		this.hardware.simulateDoor(2, true);
		assertThat(this.hardware.isOpen(2)).isTrue();
		this.hardware.simulateDoor(2, false);
		this.hardware.simulateDoor(1, true);
		assertThat(doors).containsExactly("2=true", "2=false", "1=true");
	}

	@Test
	void unknownCompartmentsAreRejected() {
		assertThatIllegalArgumentException().isThrownBy(() -> this.hardware.pulse(3));
		assertThatIllegalArgumentException().isThrownBy(() -> this.hardware.isOpen(0));
	}

	@Test
	void pulseListenersGetTheInstantTheRelayWentOn() {
		List<Instant> at = new CopyOnWriteArrayList<>();
		this.hardware.onPulse((compartment, instant) -> at.add(instant));
		Instant before = Instant.now();
		this.hardware.pulse(2);
		assertThat(at).singleElement().satisfies((instant) -> assertThat(instant).isAfterOrEqualTo(before));
	}

}
