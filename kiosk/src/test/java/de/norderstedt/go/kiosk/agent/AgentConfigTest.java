package de.norderstedt.go.kiosk.agent;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;

import de.norderstedt.go.kiosk.codes.AccessCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class AgentConfigTest {

	private static final String BASE = """
			portal=https://go.example.org/
			credential=secret
			stationId=7
			compartment.1.relayPin=17
			compartment.1.doorPin=27
			""";

	@TempDir
	Path folder;

	@Test
	void several_public_keys_are_read_by_their_ids_with_the_legacy_key_named() throws IOException {
		KeyPair current = AccessCodes.newKeyPair();
		KeyPair next = AccessCodes.newKeyPair();
		AgentConfig config = load(BASE + "publicKey.0000beef=" + AccessCodes.encode(current.getPublic()) + "\n"
				+ "publicKey.a1b2c3d4=" + AccessCodes.encode(next.getPublic()) + "\nlegacyKeyId=0000beef\n");

		assertThat(config.publicKeys().byId()).containsOnlyKeys("0000beef", "a1b2c3d4");
		assertThat(config.publicKeys().key("a1b2c3d4")).isEqualTo(next.getPublic());
		assertThat(config.publicKeys().legacy()).isEqualTo(current.getPublic());
	}

	@Test
	void a_file_from_before_key_ids_keeps_its_single_key_as_the_legacy_key_under_its_derived_id() throws IOException {
		KeyPair keys = AccessCodes.newKeyPair();
		AgentConfig config = load(BASE + "publicKey=" + AccessCodes.encode(keys.getPublic()) + "\n");

		assertThat(config.publicKeys().byId()).containsOnlyKeys(AccessCodes.keyId(keys.getPublic()));
		assertThat(config.publicKeys().legacy()).isEqualTo(keys.getPublic());
	}

	@Test
	void without_a_key_or_with_a_bad_key_id_the_message_names_the_key() {
		KeyPair keys = AccessCodes.newKeyPair();
		assertThatThrownBy(() -> load(BASE)).hasMessageContaining("publicKey.<key id>");
		assertThatThrownBy(() -> load(BASE + "publicKey.NEXT=" + AccessCodes.encode(keys.getPublic()) + "\n"))
			.hasMessageContaining("publicKey.NEXT");
		assertThatThrownBy(() -> load(
				BASE + "publicKey.0000beef=" + AccessCodes.encode(keys.getPublic()) + "\nlegacyKeyId=12345678\n"))
			.hasMessageContaining("legacyKeyId 12345678");
	}

	private AgentConfig load(String text) throws IOException {
		Path file = this.folder.resolve("agent.properties");
		Files.writeString(file, text);
		return AgentConfig.load(file);
	}

}
