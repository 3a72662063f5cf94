package de.norderstedt.go.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.Signature;
import java.security.spec.ECGenParameterSpec;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;

/**
 * Key pairs kept in PostgreSQL: made once, and what another instance (another cache)
 * reads back signs and verifies like the original.
 */
@SpringBootTest
class ServerKeysTest {

	private static final byte[] MESSAGE = "Fach 3 öffnen".getBytes(StandardCharsets.UTF_8);

	@Autowired
	ServerKeys keys;

	@Autowired
	ServerKeyRepository repository;

	@Test
	void an_ec_pair_is_made_once_and_read_back_by_another_instance() throws GeneralSecurityException {
		KeyPair first = this.keys.keyPair("test-ec-pair", "EC", ServerKeysTest::newEcPair);
		KeyPair again = this.keys.keyPair("test-ec-pair", "EC", ServerKeysTest::newEcPair);
		KeyPair elsewhere = new ServerKeys(this.repository).keyPair("test-ec-pair", "EC", ServerKeysTest::newEcPair);

		assertThat(again.getPublic()).isEqualTo(first.getPublic());
		assertThat(elsewhere.getPublic()).isEqualTo(first.getPublic());
		assertThat(elsewhere.getPrivate()).isEqualTo(first.getPrivate());
		assertThat(verifies("SHA256withECDSA", first, elsewhere)).isTrue();
	}

	@Test
	void an_ed25519_pair_is_made_once_and_read_back_by_another_instance() throws GeneralSecurityException {
		KeyPair first = this.keys.keyPair("test-ed-pair", "Ed25519", ServerKeysTest::newEdPair);
		KeyPair elsewhere = new ServerKeys(this.repository).keyPair("test-ed-pair", "Ed25519",
				ServerKeysTest::newEdPair);

		assertThat(elsewhere.getPublic()).isEqualTo(first.getPublic());
		assertThat(verifies("Ed25519", first, elsewhere)).isTrue();
		assertThat(verifies("Ed25519", newEdPair(), elsewhere)).isFalse();
	}

	@Test
	void a_pair_read_with_the_wrong_algorithm_is_refused_with_its_purpose() {
		this.keys.keyPair("test-mixed-pair", "Ed25519", ServerKeysTest::newEdPair);

		assertThatThrownBy(
				() -> new ServerKeys(this.repository).keyPair("test-mixed-pair", "EC", ServerKeysTest::newEcPair))
			.isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("test-mixed-pair");
	}

	private static boolean verifies(String algorithm, KeyPair signer, KeyPair verifier)
			throws GeneralSecurityException {
		Signature sign = Signature.getInstance(algorithm);
		sign.initSign(signer.getPrivate());
		sign.update(MESSAGE);
		byte[] signature = sign.sign();
		Signature verify = Signature.getInstance(algorithm);
		verify.initVerify(verifier.getPublic());
		verify.update(MESSAGE);
		return verify.verify(signature);
	}

	private static KeyPair newEcPair() {
		try {
			KeyPairGenerator generator = KeyPairGenerator.getInstance("EC");
			generator.initialize(new ECGenParameterSpec("secp256r1"));
			return generator.generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

	private static KeyPair newEdPair() {
		try {
			return KeyPairGenerator.getInstance("Ed25519").generateKeyPair();
		}
		catch (GeneralSecurityException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
