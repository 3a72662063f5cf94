package de.norderstedt.go.lockers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import de.norderstedt.go.kiosk.agent.CompartmentWiring;
import de.norderstedt.go.kiosk.agent.Pi4jHardware;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

/**
 * The demo's doors on Pi4J's mock board: a door the relay released closes by itself after
 * the set time, unless staff hold it open or moved it first on the live board.
 */
class SimulatedDoorsTest {

	private static final Duration CLOSES_AFTER = Duration.ofMillis(200);

	private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor();

	private final Pi4jHardware hardware = Pi4jHardware.mock(
			List.of(new CompartmentWiring(1, 2, 3, true), new CompartmentWiring(2, 4, 5, true)), Duration.ofMillis(50));

	@AfterEach
	void close() throws Exception {
		this.timer.shutdownNow();
		this.hardware.close();
	}

	@Test
	void a_door_the_relay_released_springs_open_and_closes_by_itself_after_the_set_time() {
		new SimulatedDoors(this.hardware, this.timer, CLOSES_AFTER);

		this.hardware.pulse(1);

		assertThat(this.hardware.isOpen(1)).isTrue();
		await().atMost(Duration.ofSeconds(10)).until(() -> !this.hardware.isOpen(1));
		assertThat(this.hardware.isOpen(2)).isFalse();
	}

	@Test
	void a_door_staff_hold_open_stays_open_and_one_they_closed_and_opened_again_too() throws Exception {
		SimulatedDoors doors = new SimulatedDoors(this.hardware, this.timer, CLOSES_AFTER);
		// staff hold door 2 open on the board when its relay pulses
		doors.move(2, true);
		this.hardware.pulse(2);
		// door 1 springs open, staff close it before its time and open it again
		this.hardware.pulse(1);
		doors.move(1, false);
		doors.move(1, true);

		afterEveryPendingClose();

		assertThat(this.hardware.isOpen(1)).isTrue();
		assertThat(this.hardware.isOpen(2)).isTrue();
		doors.move(1, false);
		assertThat(this.hardware.isOpen(1)).isFalse();
	}

	@Test
	void with_no_time_set_a_door_stays_open_until_someone_closes_it_on_the_board() throws Exception {
		SimulatedDoors doors = new SimulatedDoors(this.hardware, this.timer, Duration.ZERO);

		this.hardware.pulse(1);
		afterEveryPendingClose();

		assertThat(this.hardware.isOpen(1)).isTrue();
		doors.move(1, false);
		assertThat(this.hardware.isOpen(1)).isFalse();
	}

	/**
	 * Waits for a task of the doors' one timer thread that is due after every close
	 * scheduled so far: the closes have run (or did nothing) by then.
	 */
	private void afterEveryPendingClose() throws Exception {
		this.timer.schedule(() -> {
		}, CLOSES_AFTER.multipliedBy(2).toMillis(), TimeUnit.MILLISECONDS).get(10, TimeUnit.SECONDS);
	}

}
