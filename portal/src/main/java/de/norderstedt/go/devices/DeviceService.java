package de.norderstedt.go.devices;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.signals.InstanceProperties;

import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Admins enroll public touchscreens; a device proves itself with the credential it got in
 * exchange for its one-time enrollment code. Revoked devices lose access at their next
 * request.
 */
@Service
public class DeviceService {

	/** The name of the cookie that carries the device credential. */
	public static final String CREDENTIAL_COOKIE = "GO_DEVICE";

	/** How long an enrollment code can be used. */
	public static final Duration ENROLLMENT_VALIDITY = Duration.ofHours(24);

	private final DeviceRepository devices;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final ObjectProvider<TerminalAccess> terminalAccess;

	private final Clock clock = Clock.systemUTC();

	private final AgentConnectionRepository connections;

	private final String instance;

	DeviceService(DeviceRepository devices, AccountService accounts, ApplicationEventPublisher events,
			ObjectProvider<TerminalAccess> terminalAccess, AgentConnectionRepository connections,
			InstanceProperties instance) {
		this.connections = connections;
		this.instance = instance.instanceId();
		this.devices = devices;
		this.accounts = accounts;
		this.events = events;
		this.terminalAccess = terminalAccess;
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Enrollment enroll(NewDevice request) {
		NewDevice device = validate(request);
		long id = this.devices.insert(device);
		return issued(newCode(id));
	}

	/**
	 * A fresh enrollment code for an existing, not revoked device (the old credential
	 * stays valid until used).
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public Enrollment newEnrollmentCode(long deviceId) {
		Device device = this.devices.findById(deviceId).orElseThrow(() -> new Refusal("devices.error.unknown"));
		if (device.isRevoked()) {
			throw new Refusal("devices.error.revoked");
		}
		return issued(newCode(deviceId));
	}

	private Enrollment issued(Enrollment enrollment) {
		this.events.publishEvent(new DeviceEvents.EnrollmentIssued(UUID.randomUUID(), this.clock.instant(),
				enrollment.device().id(), enrollment.device().name(), this.accounts.signedInAccountId().orElse(null)));
		return enrollment;
	}

	Enrollment newCode(long deviceId) {
		String code = Secrets.newToken();
		Instant expires = this.clock.instant().plus(ENROLLMENT_VALIDITY);
		this.devices.setEnrollmentCode(deviceId, Secrets.hash(code), expires);
		return new Enrollment(this.devices.findById(deviceId).orElseThrow(), code, expires);
	}

	/**
	 * Exchanges an enrollment code for the device credential (to be stored in the
	 * device's cookie). Empty when the code is unknown, used, expired or the device
	 * revoked.
	 */
	@Transactional
	public Optional<String> redeem(String code) {
		if (code.isBlank() || code.length() > 100) {
			return Optional.empty();
		}
		String credential = Secrets.newToken();
		Instant now = this.clock.instant();
		return this.devices.redeem(Secrets.hash(code.strip()), Secrets.hash(credential), now).map(id -> {
			String name = this.devices.findById(id).map(Device::name).orElse("");
			this.events.publishEvent(new DeviceEvents.DeviceEnrolled(UUID.randomUUID(), now, id, name));
			return credential;
		});
	}

	/**
	 * The enrolled, not revoked device with this credential; counts as a sign of life.
	 */
	@Transactional
	public Optional<Device> authenticate(String credential) {
		if (credential.isBlank() || credential.length() > 100) {
			return Optional.empty();
		}
		Optional<Device> device = this.devices.findActiveByCredential(Secrets.hash(credential));
		device.ifPresent(d -> this.devices.touch(d.id(), this.clock.instant()));
		return device;
	}

	@Transactional(readOnly = true)
	@PreAuthorize("hasRole('ADMIN')")
	public List<Device> list() {
		return this.devices.findAll();
	}

	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void revoke(long deviceId) {
		Instant now = this.clock.instant();
		if (!this.devices.revoke(deviceId, now)) {
			return;
		}
		this.devices.findById(deviceId)
			.ifPresent(device -> this.events.publishEvent(new DeviceEvents.DeviceRevoked(UUID.randomUUID(), now,
					deviceId, device.name(), this.accounts.signedInAccountId().orElse(null))));
	}

	/** Sets the course place a device stands in (null: none, it offers all courses). */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void setPlace(long deviceId, @Nullable Long placeId) {
		if (!this.devices.setPlace(deviceId, placeId)) {
			throw new Refusal("devices.error.unknown");
		}
	}

	/**
	 * A new credential for the agent of a locker terminal (the program that drives its
	 * relays); the previous one stops working. Shown once to the admin or locker staff
	 * member who installs the agent: staff only for the terminal of a station they are
	 * assigned to ({@link TerminalAccess}).
	 */
	@Transactional
	@PreAuthorize("hasAnyRole('LOCKER_STAFF', 'ADMIN')")
	public String newAgentCredential(long deviceId) {
		TerminalAccess access = this.terminalAccess.getIfAvailable();
		if (access == null || !access.mayManageTerminal(deviceId)) {
			throw new Refusal("devices.error.unknown");
		}
		String credential = agentCredential(deviceId);
		this.devices.findById(deviceId)
			.ifPresent(device -> this.events.publishEvent(new DeviceEvents.AgentKeyRotated(UUID.randomUUID(),
					this.clock.instant(), deviceId, device.name(), this.accounts.signedInAccountId().orElse(null))));
		return credential;
	}

	/**
	 * The same for an agent the portal runs itself (a simulated station): server code
	 * only, never a screen.
	 */
	@Transactional
	public String agentCredentialForInProcessAgent(long deviceId) {
		return agentCredential(deviceId);
	}

	private String agentCredential(long deviceId) {
		Device device = this.devices.findById(deviceId).orElseThrow(() -> new Refusal("devices.error.unknown"));
		if (device.kind() != DeviceKind.LOCKER_TERMINAL) {
			throw new Refusal("devices.error.not-a-locker-terminal");
		}
		String credential = Secrets.newToken();
		if (!this.devices.setAgentCredential(deviceId, Secrets.hash(credential))) {
			throw new Refusal("devices.error.revoked");
		}
		return credential;
	}

	/** The enrolled, not revoked locker terminal whose agent has this credential. */
	@Transactional(readOnly = true)
	public Optional<Device> authenticateAgent(String credential) {
		if (credential.isBlank() || credential.length() > 100) {
			return Optional.empty();
		}
		return this.devices.findActiveByAgentCredential(Secrets.hash(credential))
			.filter(d -> d.kind() == DeviceKind.LOCKER_TERMINAL);
	}

	/** Whether the device's agent is connected now. */
	@Transactional(readOnly = true)
	public AgentStatus agentStatus(long deviceId) {
		return new AgentStatus(this.connections.isConnected(deviceId, AgentStatus.SILENCE),
				this.devices.agentSeenAt(deviceId).orElse(null));
	}

	/** A device by its name, without authority checks: for server code (demo data). */
	@Transactional(readOnly = true)
	public Optional<Device> deviceNamed(String name) {
		return this.devices.findByName(name);
	}

	/** A device, without authority checks: for server code that holds its id. */
	@Transactional(readOnly = true)
	public Optional<Device> device(long deviceId) {
		return this.devices.findById(deviceId);
	}

	/** The enrolled locker terminals (staff assign them to stations). */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('LOCKER_STAFF', 'ADMIN')")
	public List<Device> lockerTerminals() {
		return this.devices.findAll()
			.stream()
			.filter(d -> d.kind() == DeviceKind.LOCKER_TERMINAL && !d.isRevoked())
			.toList();
	}

	/**
	 * The agent connected to this instance, or its connection here ended (a connection
	 * another instance holds by now stays recorded).
	 */
	@Transactional
	void agentConnected(long deviceId, boolean connected) {
		if (connected) {
			this.connections.connected(deviceId, this.instance);
			this.devices.agentConnected(deviceId, this.clock.instant());
		}
		else if (this.connections.disconnected(deviceId, this.instance)) {
			this.devices.agentConnected(deviceId, null);
		}
	}

	/** The agents' connections to this instance are still open. */
	@Transactional
	void agentsStillConnected(List<Long> deviceIds) {
		this.connections.stillConnected(deviceIds, this.instance, AgentStatus.SILENCE);
	}

	/** This instance stops: none of its agent connections lasts. */
	@Transactional
	void allAgentsDisconnected() {
		this.connections.disconnectedAll(this.instance);
	}

	@Transactional
	void agentSeen(long deviceId) {
		this.devices.agentSeen(deviceId, this.clock.instant());
	}

	/**
	 * A refusal names the field it concerns: {@code name}, {@code place},
	 * {@code idleTimeoutSeconds}.
	 */
	private static NewDevice validate(NewDevice request) {
		String name = Input.required("name", request.name(), 100, "devices.error.name");
		String place = Input.required("place", request.place(), 200, "devices.error.place");
		if (request.idleTimeoutSeconds() < 30 || request.idleTimeoutSeconds() > 3600) {
			throw Refusal.at("idleTimeoutSeconds", "devices.error.idle-timeout");
		}
		return new NewDevice(name, place, request.kind(), request.language(), request.idleTimeoutSeconds(),
				Set.copyOf(request.features()));
	}

}
