package de.norderstedt.go.devices;

import static de.norderstedt.go.db.Tables.KIOSK_DEVICE;

import java.time.Instant;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import de.norderstedt.go.db.tables.records.KioskDeviceRecord;
import org.jooq.DSLContext;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Repository;

@Repository
class DeviceRepository {

	private final DSLContext dsl;

	DeviceRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	long insert(NewDevice device) {
		return Objects.requireNonNull(this.dsl.insertInto(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.NAME, device.name())
			.set(KIOSK_DEVICE.PLACE, device.place())
			.set(KIOSK_DEVICE.KIND, device.kind())
			.set(KIOSK_DEVICE.LANGUAGE, device.language())
			.set(KIOSK_DEVICE.IDLE_TIMEOUT_SECONDS, device.idleTimeoutSeconds())
			.set(KIOSK_DEVICE.FEATURES, array(device.features()))
			.returning(KIOSK_DEVICE.ID)
			.fetchSingle(KIOSK_DEVICE.ID));
	}

	boolean setPlace(long id, @Nullable Long placeId) {
		return this.dsl.update(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.PLACE_ID, placeId)
			.where(KIOSK_DEVICE.ID.eq(id))
			.execute() == 1;
	}

	boolean setFeatures(long id, Set<DeviceFeature> features) {
		return this.dsl.update(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.FEATURES, array(features))
			.where(KIOSK_DEVICE.ID.eq(id))
			.execute() == 1;
	}

	void setEnrollmentCode(long id, String codeHash, Instant expiresAt) {
		this.dsl.update(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.ENROLLMENT_CODE_HASH, codeHash)
			.set(KIOSK_DEVICE.ENROLLMENT_EXPIRES_AT, expiresAt)
			.where(KIOSK_DEVICE.ID.eq(id))
			.execute();
	}

	/**
	 * Exchanges a valid enrollment code for a credential in one statement: a code works
	 * once, even when two browsers open the link at the same moment.
	 */
	Optional<Long> redeem(String codeHash, String credentialHash, Instant now) {
		return this.dsl.update(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.CREDENTIAL_HASH, credentialHash)
			.setNull(KIOSK_DEVICE.ENROLLMENT_CODE_HASH)
			.setNull(KIOSK_DEVICE.ENROLLMENT_EXPIRES_AT)
			.set(KIOSK_DEVICE.ENROLLED_AT, now)
			.set(KIOSK_DEVICE.LAST_SEEN_AT, now)
			.where(KIOSK_DEVICE.ENROLLMENT_CODE_HASH.eq(codeHash))
			.and(KIOSK_DEVICE.ENROLLMENT_EXPIRES_AT.gt(now))
			.and(KIOSK_DEVICE.REVOKED_AT.isNull())
			.returning(KIOSK_DEVICE.ID)
			.fetchOptional(KIOSK_DEVICE.ID);
	}

	Optional<Device> findActiveByCredential(String credentialHash) {
		return this.dsl.selectFrom(KIOSK_DEVICE)
			.where(KIOSK_DEVICE.CREDENTIAL_HASH.eq(credentialHash))
			.and(KIOSK_DEVICE.REVOKED_AT.isNull())
			.fetchOptional(DeviceRepository::toDevice);
	}

	Optional<Device> findById(long id) {
		return this.dsl.selectFrom(KIOSK_DEVICE)
			.where(KIOSK_DEVICE.ID.eq(id))
			.fetchOptional(DeviceRepository::toDevice);
	}

	Optional<Device> findByName(String name) {
		return this.dsl.selectFrom(KIOSK_DEVICE)
			.where(KIOSK_DEVICE.NAME.eq(name))
			.orderBy(KIOSK_DEVICE.ID)
			.limit(1)
			.fetchOptional(DeviceRepository::toDevice);
	}

	List<Device> findAll() {
		return this.dsl.selectFrom(KIOSK_DEVICE)
			.orderBy(KIOSK_DEVICE.PLACE, KIOSK_DEVICE.NAME, KIOSK_DEVICE.ID)
			.fetch(DeviceRepository::toDevice);
	}

	/**
	 * Records a sign of life, at most every few seconds per device (each kiosk request
	 * would do).
	 */
	Optional<Device> findActiveByAgentCredential(String credentialHash) {
		return this.dsl.selectFrom(KIOSK_DEVICE)
			.where(KIOSK_DEVICE.AGENT_CREDENTIAL_HASH.eq(credentialHash))
			.and(KIOSK_DEVICE.REVOKED_AT.isNull())
			.fetchOptional(DeviceRepository::toDevice);
	}

	boolean setAgentCredential(long id, String credentialHash) {
		return this.dsl.update(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.AGENT_CREDENTIAL_HASH, credentialHash)
			.where(KIOSK_DEVICE.ID.eq(id))
			.and(KIOSK_DEVICE.REVOKED_AT.isNull())
			.execute() == 1;
	}

	void agentConnected(long id, @Nullable Instant now) {
		this.dsl.update(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.AGENT_CONNECTED_AT, now)
			.set(KIOSK_DEVICE.AGENT_SEEN_AT, now == null ? KIOSK_DEVICE.AGENT_SEEN_AT : org.jooq.impl.DSL.val(now))
			.where(KIOSK_DEVICE.ID.eq(id))
			.execute();
	}

	void agentSeen(long id, Instant now) {
		this.dsl.update(KIOSK_DEVICE).set(KIOSK_DEVICE.AGENT_SEEN_AT, now).where(KIOSK_DEVICE.ID.eq(id)).execute();
	}

	/** The agent's last sign of life (a connection or a heartbeat). */
	Optional<Instant> agentSeenAt(long id) {
		return Optional.ofNullable(this.dsl.select(KIOSK_DEVICE.AGENT_SEEN_AT)
			.from(KIOSK_DEVICE)
			.where(KIOSK_DEVICE.ID.eq(id))
			.fetchOne(KIOSK_DEVICE.AGENT_SEEN_AT));
	}

	void touch(long id, Instant now) {
		this.dsl.update(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.LAST_SEEN_AT, now)
			.where(KIOSK_DEVICE.ID.eq(id))
			.and(KIOSK_DEVICE.LAST_SEEN_AT.isNull().or(KIOSK_DEVICE.LAST_SEEN_AT.lt(now.minusSeconds(5))))
			.execute();
	}

	/**
	 * @return whether the device was revoked now (not before)
	 */
	boolean revoke(long id, Instant now) {
		return this.dsl.update(KIOSK_DEVICE)
			.set(KIOSK_DEVICE.REVOKED_AT, now)
			.setNull(KIOSK_DEVICE.ENROLLMENT_CODE_HASH)
			.setNull(KIOSK_DEVICE.ENROLLMENT_EXPIRES_AT)
			.where(KIOSK_DEVICE.ID.eq(id))
			.and(KIOSK_DEVICE.REVOKED_AT.isNull())
			.execute() == 1;
	}

	private static DeviceFeature[] array(Set<DeviceFeature> features) {
		return features.stream().sorted().toArray(DeviceFeature[]::new);
	}

	private static Set<DeviceFeature> set(DeviceFeature[] features) {
		Set<DeviceFeature> set = EnumSet.noneOf(DeviceFeature.class);
		set.addAll(Arrays.asList(features));
		return set;
	}

	private static Device toDevice(KioskDeviceRecord r) {
		return new Device(r.getId(), r.getName(), r.getPlace(), r.getKind(), r.getLanguage(), r.getIdleTimeoutSeconds(),
				set(r.getFeatures()), r.getEnrolledAt(), r.getLastSeenAt(), r.getRevokedAt(), r.getPlaceId());
	}

}
