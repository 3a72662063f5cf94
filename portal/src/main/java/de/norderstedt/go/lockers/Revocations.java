package de.norderstedt.go.lockers;

import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

import de.norderstedt.go.devices.AgentGateway;
import de.norderstedt.go.devices.AgentReported;
import de.norderstedt.go.kiosk.protocol.AgentMessage;
import de.norderstedt.go.kiosk.protocol.PortalMessage;
import de.norderstedt.go.signals.Signals;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Tells station agents which codes were revoked (their reservation was cancelled), so an
 * agent refuses them even while the portal is out of reach: right after the cancellation
 * wherever the agent is connected (this instance at once, any other through the signal
 * bus), all of the station's revoked codes after every {@code Hello}, and those it has
 * not had yet with each heartbeat (so a cancellation reaches it within a heartbeat even
 * when the signal was lost).
 */
@Component
class Revocations {

	private final StationRepository stations;

	private final ReservationRepository reservations;

	private final AccessCodeRepository codes;

	private final AgentGateway gateway;

	private final Clock clock;

	private final TransactionTemplate transaction;

	private final Signals signals;

	/** Per device: the codes sent over its current connection to this instance. */
	private final Map<Long, Set<Long>> sent = new ConcurrentHashMap<>();

	Revocations(StationRepository stations, ReservationRepository reservations, AccessCodeRepository codes,
			AgentGateway gateway, Clock clock, PlatformTransactionManager transactions, Signals signals) {
		this.stations = stations;
		this.reservations = reservations;
		this.codes = codes;
		this.gateway = gateway;
		this.clock = clock;
		TransactionTemplate readOnly = new TransactionTemplate(transactions);
		readOnly.setReadOnly(true);
		this.transaction = readOnly;
		this.signals = signals;
		// a lost signal (the bus reconnected) is made good by the next heartbeat
		signals.subscribe(Signals.LOCKER_REVOCATIONS, this::signalled, () -> {
		});
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void cancelled(LockerEvents.ReservationCancelled cancelled) {
		Optional<String> agent = this.transaction.execute(status -> this.reservations.find(cancelled.reservationId())
			.flatMap(reservation -> this.stations.findById(reservation.stationId()))
			.flatMap(station -> {
				Long deviceId = station.deviceId();
				if (deviceId == null) {
					return Optional.empty();
				}
				sendNew(deviceId, station.id(), false);
				return Optional.of(deviceId + ":" + station.id());
			}));
		// outside the read-only transaction: a NOTIFY is a write
		if (agent != null) {
			agent.ifPresent(ids -> this.signals.send(Signals.LOCKER_REVOCATIONS, ids));
		}
	}

	/** Another instance (or this one) revoked codes of a station. */
	private void signalled(String payload) {
		String[] ids = payload.split(":");
		if (ids.length != 2) {
			return;
		}
		long deviceId = Long.parseLong(ids[0]);
		if (this.gateway.isConnected(deviceId)) {
			long stationId = Long.parseLong(ids[1]);
			this.transaction.executeWithoutResult(status -> sendNew(deviceId, stationId, false));
		}
	}

	@EventListener
	void reported(AgentReported report) {
		boolean hello = report.message() instanceof AgentMessage.Hello;
		if (!hello && !(report.message() instanceof AgentMessage.Heartbeat)) {
			return;
		}
		this.transaction.executeWithoutResult(status -> this.stations.findByDevice(report.deviceId())
			.ifPresent(station -> sendNew(report.deviceId(), station.id(), hello)));
	}

	private void sendNew(long deviceId, long stationId, boolean newConnection) {
		Map<Long, java.time.Instant> revoked = this.codes.revokedInWindow(stationId, this.clock.instant());
		Set<Long> known = newConnection ? ConcurrentHashMap.newKeySet()
				: this.sent.computeIfAbsent(deviceId, id -> ConcurrentHashMap.newKeySet());
		List<PortalMessage.RevokedCode> fresh = revoked.entrySet()
			.stream()
			.filter(code -> !known.contains(code.getKey()))
			.map(code -> new PortalMessage.RevokedCode(code.getKey(), code.getValue()))
			.toList();
		if (newConnection) {
			this.sent.put(deviceId, known);
		}
		if (this.gateway.revoke(deviceId, fresh)) {
			fresh.forEach(code -> known.add(code.codeId()));
		}
		// forget codes whose window ended
		known.retainAll(revoked.keySet());
	}

}
