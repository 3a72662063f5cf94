package de.norderstedt.go.lockers;

import java.time.Clock;
import java.time.Instant;
import java.util.Map;
import java.util.Optional;

import de.norderstedt.go.devices.AgentReported;
import de.norderstedt.go.kiosk.protocol.AgentMessage;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Stores what station agents report: door states, and what they did while the portal was
 * out of reach. The agent repeats a report until it is acknowledged, so each is recorded
 * once by its event id.
 */
@Component
class StationReports {

	private static final Logger log = LoggerFactory.getLogger(StationReports.class);

	private final StationRepository stations;

	private final ReservationRepository reservations;

	private final AccessCodeRepository codes;

	private final Handovers handovers;

	private final Clock clock;

	StationReports(StationRepository stations, ReservationRepository reservations, AccessCodeRepository codes,
			Handovers handovers, Clock clock) {
		this.stations = stations;
		this.reservations = reservations;
		this.codes = codes;
		this.handovers = handovers;
		this.clock = clock;
	}

	@EventListener
	@Transactional
	void on(AgentReported report) {
		this.stations.findByDevice(report.deviceId()).ifPresent(station -> {
			switch (report.message()) {
				case AgentMessage.Hello hello -> {
					Instant now = this.clock.instant();
					// the doors come in no particular order; updating them one by one
					// would lock compartments in that order, and a reservation locking
					// them by id at the same moment could deadlock with it
					this.stations.lockCompartments(station.id());
					for (Map.Entry<Integer, Boolean> door : hello.doorsOpen().entrySet()) {
						this.stations.setDoor(station.id(), door.getKey(), door.getValue(), now);
					}
				}
				case AgentMessage.DoorChanged changed -> {
					if (this.stations.recordEvent(station.id(), changed.compartment(),
							changed.open() ? StationEventKind.DOOR_OPENED : StationEventKind.DOOR_CLOSED,
							changed.eventId(), null, null, changed.at())) {
						this.stations.setDoor(station.id(), changed.compartment(), changed.open(), changed.at());
					}
				}
				case AgentMessage.OfflineOpened opened -> {
					if (this.stations.recordEvent(station.id(), opened.compartment(), StationEventKind.OFFLINE_OPENED,
							opened.eventId(), opened.codeId(), null, opened.at())) {
						usedOffline(station, opened);
					}
				}
				case AgentMessage.OfflineRefused refused -> this.stations.recordEvent(station.id(), null,
						StationEventKind.OFFLINE_REFUSED, refused.eventId(), null, refused.reason(), refused.at());
				case AgentMessage.Heartbeat heartbeat -> {
				}
				case AgentMessage.Pulsed pulsed -> {
				}
				case AgentMessage.OpenRefused refused -> {
				}
			}
		});
	}

	/**
	 * The agent opened for a code while offline: the code is used, and the reservation
	 * moves on as if it had happened online (unless it already has). Only a code of the
	 * reporting station's own compartment counts: an agent cannot use up or hand over
	 * another station's reservations.
	 */
	private void usedOffline(Station station, AgentMessage.OfflineOpened opened) {
		this.codes.lock(opened.codeId()).ifPresent(code -> {
			Optional<Reservation> reserved = this.reservations.find(code.reservationId());
			if (code.stationId() != station.id() || reserved.isEmpty()
					|| reserved.get().compartmentNumber() != opened.compartment()) {
				log.warn("Station {} reported a code of another station or compartment as used offline: rejected",
						station.id());
				this.stations.recordEvent(station.id(), null, StationEventKind.REFUSED, null, opened.codeId(),
						"foreign-offline-report", opened.at());
				return;
			}
			if (!this.codes.use(code.id(), opened.at(), true)) {
				return;
			}
			this.reservations.lock(code.reservationId())
				.ifPresent(reservation -> this.handovers.handOver(code.action(), reservation, opened.at()));
		});
	}

}
