package de.norderstedt.go.lockers;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;

import de.norderstedt.go.RunningPortalTest;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.devices.AgentGateway;
import de.norderstedt.go.devices.AgentRefused;
import de.norderstedt.go.devices.AgentReported;
import de.norderstedt.go.kiosk.codes.CodeAction;
import de.norderstedt.go.kiosk.protocol.AgentMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

/**
 * The portal's half of the trust chain, with the real gateway and an agent on the mock
 * board: cancelled codes reach the connected agent as revocations, so even the portal
 * itself cannot open with one any more; an agent's offline report counts only for its own
 * station.
 */
@RunningPortalTest
class AgentTrustTest {

	@Autowired
	TestLockers testLockers;

	@Autowired
	TestAccounts accounts;

	@Autowired
	LockerService lockers;

	@Autowired
	AgentGateway gateway;

	@Autowired
	AccessCodeRepository codes;

	@Autowired
	StationRepository stations;

	@Autowired
	ApplicationEventPublisher events;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_cancelled_reservations_code_reaches_the_connected_agent_as_a_revocation_and_opens_nothing() {
		TestLockers.TestStation station = this.testLockers.station("Revoked", 2, ItemType.ROLLATOR);
		Reservation reservation = this.testLockers.reserveNow("revoked-helga", station.id(), ItemType.ROLLATOR);
		AccessPass pass = this.testLockers.pass("revoked-helga", reservation.id());
		this.accounts.signIn("revoked-helga");
		this.lockers.cancel(reservation.id());
		this.accounts.signOut();

		// the command goes over the same connection after the revocation: as a hostile
		// portal would send it
		assertThatThrownBy(() -> this.gateway.open(station.deviceId(), reservation.compartmentNumber(), pass.qrText())
			.get(20, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
			.cause()
			.isInstanceOfSatisfying(AgentRefused.class, refused -> assertThat(refused.reason()).isEqualTo("REVOKED"));
		assertThat(this.testLockers.pulses(station.id())).isEmpty();
	}

	@Test
	void an_offline_report_of_another_stations_code_is_rejected_and_logged() {
		TestLockers.TestStation reporting = this.testLockers.station("Reporting", 1, ItemType.ROLLATOR);
		TestLockers.TestStation other = this.testLockers.station("Other", 1, ItemType.ROLLATOR);
		Reservation elsewhere = this.testLockers.reserveNow("elsewhere-aylin", other.id(), ItemType.ROLLATOR);
		AccessPass pass = this.testLockers.pass("elsewhere-aylin", elsewhere.id());
		AccessCodeRepository.StoredCode code = this.codes.find(elsewhere.id(), CodeAction.PICKUP).orElseThrow();

		this.events.publishEvent(new AgentReported(reporting.deviceId(), new AgentMessage.OfflineOpened(
				UUID.randomUUID().toString(), code.id(), pass.qrText(), elsewhere.compartmentNumber(), Instant.now())));

		assertThat(this.codes.find(elsewhere.id(), CodeAction.PICKUP).orElseThrow().usedAt()).isNull();
		assertThat(this.testLockers.reservation(elsewhere.id()).status()).isEqualTo(ReservationStatus.RESERVED);
		assertThat(this.stations.events(reporting.id())).anySatisfy(event -> {
			assertThat(event.kind()).isEqualTo(StationEventKind.REFUSED);
			assertThat(event.codeId()).isEqualTo(code.id());
			assertThat(event.reason()).isEqualTo("foreign-offline-report");
		});
		assertThat(this.stations.events(other.id()))
			.noneMatch(event -> code.id() == (event.codeId() == null ? 0 : event.codeId()));
	}

}
