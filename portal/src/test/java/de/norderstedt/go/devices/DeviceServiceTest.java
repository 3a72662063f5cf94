package de.norderstedt.go.devices;

import java.time.Instant;
import java.util.Set;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.ApplicationModuleTest;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Only the devices module runs, with the accounts that sign admins in (and switch method
 * security on), the database and the signal bus.
 */
@ApplicationModuleTest(extraIncludes = { "accounts", "ratelimit", "database", "privacy", "web", "signals" },
		verifyAutomatically = false)
class DeviceServiceTest {

	@Autowired
	DeviceService devices;

	@Autowired
	DeviceRepository repository;

	@Autowired
	TestAccounts accounts;

	@BeforeEach
	void signInAsAdmin() {
		this.accounts.ensure("device-admin", Role.ADMIN);
		this.accounts.signIn("device-admin");
	}

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void an_enrollment_code_becomes_a_credential_exactly_once() {
		Enrollment enrollment = this.devices.enroll(kiosk("Einmal"));
		assertThat(enrollment.device().isEnrolled()).isFalse();
		String credential = this.devices.redeem(enrollment.code()).orElseThrow();
		assertThat(this.devices.redeem(enrollment.code())).isEmpty();
		Device device = this.devices.authenticate(credential).orElseThrow();
		assertThat(device.isEnrolled()).isTrue();
		assertThat(device.lastSeenAt()).isNotNull();
		// only a hash of the credential is stored
		assertThat(this.repository.findActiveByCredential(credential)).isEmpty();
	}

	@Test
	void expired_or_forged_codes_and_credentials_open_nothing() {
		Enrollment enrollment = this.devices.enroll(kiosk("Abgelaufen"));
		this.repository.setEnrollmentCode(enrollment.device().id(), Secrets.hash(enrollment.code()),
				Instant.now().minusSeconds(1));
		assertThat(this.devices.redeem(enrollment.code())).isEmpty();
		assertThat(this.devices.redeem("")).isEmpty();
		assertThat(this.devices.redeem("x".repeat(5_000))).isEmpty();
		assertThat(this.devices.authenticate("forged-credential")).isEmpty();
		assertThat(this.devices.authenticate("")).isEmpty();
	}

	@Test
	void a_revoked_device_loses_access_and_cannot_be_enrolled_again_with_its_code() {
		Enrollment enrollment = this.devices.enroll(kiosk("Gesperrt"));
		String credential = this.devices.redeem(enrollment.code()).orElseThrow();
		Enrollment second = this.devices.newEnrollmentCode(enrollment.device().id());
		this.devices.revoke(enrollment.device().id());
		assertThat(this.devices.authenticate(credential)).isEmpty();
		assertThat(this.devices.redeem(second.code())).isEmpty();
		assertThatThrownBy(() -> this.devices.newEnrollmentCode(enrollment.device().id())).isInstanceOf(Refusal.class);
		assertThat(this.devices.list()).filteredOn(d -> d.id() == enrollment.device().id())
			.singleElement()
			.matches(Device::isRevoked);
	}

	@Test
	void invalid_devices_are_refused_with_a_reason_and_nothing_is_stored() {
		int before = this.devices.list().size();
		assertRefused(
				new NewDevice(" ", "Ort", DeviceKind.LIBRARY_KIOSK, Language.DE, 120, Set.of(DeviceFeature.values())),
				"name", "devices.error.name");
		assertRefused(
				new NewDevice("Name", "", DeviceKind.LIBRARY_KIOSK, Language.DE, 120, Set.of(DeviceFeature.values())),
				"place", "devices.error.place");
		assertRefused(new NewDevice("Name", "O".repeat(201), DeviceKind.LIBRARY_KIOSK, Language.DE, 120, Set.of()),
				"place", Input.TOO_LONG);
		assertRefused(new NewDevice("Name", "Ort", DeviceKind.LIBRARY_KIOSK, Language.DE, 5, Set.of()),
				"idleTimeoutSeconds", "devices.error.idle-timeout");
		assertThat(this.devices.list()).hasSize(before);
	}

	@Test
	void only_admins_enroll_list_and_revoke_devices() {
		this.accounts.ensure("device-resident", Role.RESIDENT);
		this.accounts.signIn("device-resident");
		assertThatThrownBy(() -> this.devices.enroll(kiosk("Heimlich"))).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.devices.list()).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> this.devices.revoke(1)).isInstanceOf(AccessDeniedException.class);
	}

	@Test
	void a_device_that_stays_quiet_is_flagged_as_silent() {
		Device fresh = new Device(1, "a", "b", DeviceKind.LIBRARY_KIOSK, Language.DE, 120, Set.of(), Instant.now(),
				Instant.now(), null, null);
		Device quiet = new Device(2, "a", "b", DeviceKind.LIBRARY_KIOSK, Language.DE, 120, Set.of(), Instant.now(),
				Instant.now().minus(Device.SILENCE).minusSeconds(1), null, null);
		assertThat(fresh.isSilent(Instant.now())).isFalse();
		assertThat(quiet.isSilent(Instant.now())).isTrue();
	}

	private static NewDevice kiosk(String name) {
		return new NewDevice(name + " " + System.nanoTime(), "Stadtbücherei", DeviceKind.LIBRARY_KIOSK, Language.DE,
				120, Set.of(DeviceFeature.values()));
	}

	private void assertRefused(NewDevice device, String field, String key) {
		assertThatThrownBy(() -> this.devices.enroll(device)).isInstanceOfSatisfying(Refusal.class, ex -> {
			assertThat(ex.field()).contains(field);
			assertThat(ex.messageKey()).isEqualTo(key);
		});
	}

}
