package de.norderstedt.go.database;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyPair;
import java.security.KeyPairGenerator;
import java.security.spec.ECGenParameterSpec;
import java.util.Base64;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import de.norderstedt.go.kiosk.codes.AccessCodes;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The key folder as {@code bin/rotate-keys} writes it, read from files and from
 * environment variables, with clear refusals when it is incomplete.
 */
class KeyFilesTest {

	@TempDir
	Path folder;

	@Test
	void the_keys_bin_rotate_keys_writes_are_read_with_their_ids() throws Exception {
		RotateKeys.run(this.folder, "init");
		RotateKeys.run(this.folder, "stage", "all");
		KeyFiles files = KeyFiles.read(this.folder, Map.of());

		KeyRing<KeyPair> codes = files.pairs("locker-codes", "Ed25519");
		KeyRing<KeyPair> vapid = files.pairs("web-push-vapid", "EC");
		KeyRing<byte[]> cards = files.secrets("profile-card");
		assertThat(codes.byId()).hasSize(2).containsKey(codes.activeId());
		assertThat(vapid.byId()).hasSize(2);
		assertThat(cards.byId()).hasSize(2);
		assertThat(cards.active()).hasSize(32);
		assertThat(codes.legacyId()).isNull();
		assertThat(codes.toString()).doesNotContain("PRIVATE");
	}

	@Test
	void environment_variables_give_the_same_keys_as_the_files() throws IOException {
		RotateKeys.run(this.folder, "init");
		Map<String, String> environment = new HashMap<>();
		try (Stream<Path> files = Files.list(this.folder)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				environment.put("GO_KEY_" + name.toUpperCase(Locale.ROOT).replace('-', '_').replace('.', '_'),
						Files.readString(file));
			}
		}
		environment.put("PATH", "/usr/bin");
		KeyRing<KeyPair> fromFiles = KeyFiles.read(this.folder, Map.of()).pairs("locker-codes", "Ed25519");
		KeyFiles fromEnvironment = KeyFiles.read(null, environment);

		assertThat(fromEnvironment.isEmpty()).isFalse();
		KeyRing<KeyPair> ring = fromEnvironment.pairs("locker-codes", "Ed25519");
		assertThat(ring.activeId()).isEqualTo(fromFiles.activeId());
		assertThat(ring.active().getPublic()).isEqualTo(fromFiles.active().getPublic());
		assertThat(KeyFiles.fileName("LOCKER_CODES_0A1B2C3D_PEM")).isEqualTo("locker-codes-0a1b2c3d.pem");
		assertThat(KeyFiles.fileName("KEYS_PROPERTIES")).isEqualTo("keys.properties");
		assertThatThrownBy(() -> KeyFiles.read(this.folder, environment)).hasMessageContaining("both give");
	}

	@Test
	void a_folder_without_an_active_key_or_with_a_broken_file_is_refused_in_words() throws IOException {
		assertThat(KeyFiles.read(null, Map.of("HOME", "/root")).isEmpty()).isTrue();
		Files.writeString(this.folder.resolve("keys.properties"), "locker-codes.active=0a1b2c3d\n");
		assertThatThrownBy(() -> KeyFiles.read(this.folder, Map.of()).pairs("locker-codes", "Ed25519"))
			.hasMessageContaining("locker-codes-0a1b2c3d.pem is missing");
		assertThatThrownBy(() -> KeyFiles.read(this.folder, Map.of()).secrets("profile-card"))
			.hasMessageContaining("No active key for 'profile-card'")
			.hasMessageContaining("bin/rotate-keys");
		Files.writeString(this.folder.resolve("locker-codes-0a1b2c3d.pem"),
				"-----BEGIN PRIVATE KEY-----\nAAAA\n" + "-----END PRIVATE KEY-----\n");
		assertThatThrownBy(() -> KeyFiles.read(this.folder, Map.of()).pairs("locker-codes", "Ed25519"))
			.hasMessageContaining("locker-codes-0a1b2c3d.pem")
			.hasMessageContaining("PUBLIC KEY");
		assertThatThrownBy(() -> KeyFiles.read(this.folder.resolve("missing"), Map.of()))
			.hasMessageContaining("is not a folder");
	}

	@Test
	void a_key_the_database_kept_is_imported_as_the_legacy_key_under_the_id_the_server_derived() throws Exception {
		KeyPair codes = AccessCodes.newKeyPair();
		KeyPairGenerator ec = KeyPairGenerator.getInstance("EC");
		ec.initialize(new ECGenParameterSpec("secp256r1"));
		KeyPair vapid = ec.generateKeyPair();
		byte[] secret = new byte[32];
		new java.security.SecureRandom().nextBytes(secret);

		RotateKeys.run(this.folder, base64(stored(codes)), "import-legacy", "locker-codes");
		RotateKeys.run(this.folder, base64(stored(vapid)), "import-legacy", "web-push-vapid");
		RotateKeys.run(this.folder, base64(secret), "import-legacy", "profile-card");
		KeyFiles files = KeyFiles.read(this.folder, Map.of());

		KeyRing<KeyPair> codeRing = files.pairs("locker-codes", "Ed25519");
		assertThat(codeRing.legacyId()).isEqualTo(AccessCodes.keyId(codes.getPublic())).isEqualTo(codeRing.activeId());
		assertThat(codeRing.active().getPrivate()).isEqualTo(codes.getPrivate());
		assertThat(java.util.Objects.requireNonNull(files.pairs("web-push-vapid", "EC").legacy()).getPublic())
			.isEqualTo(vapid.getPublic());
		// the same ids the server derives for keys it keeps in the database
		ServerKeys database = new ServerKeys(new InMemory(Map.of("profile-card", secret)));
		assertThat(files.secrets("profile-card").legacyId()).isEqualTo(database.secrets("profile-card").activeId());
		assertThat(files.secrets("profile-card").legacy()).isEqualTo(secret);

		// a later rotation keeps the imported key as the legacy key until it is retired
		RotateKeys.run(this.folder, "stage", "locker-codes");
		RotateKeys.run(this.folder, "activate", "locker-codes");
		KeyRing<KeyPair> rotated = KeyFiles.read(this.folder, Map.of()).pairs("locker-codes", "Ed25519");
		assertThat(rotated.activeId()).isNotEqualTo(rotated.legacyId());
		assertThat(RotateKeys.attempt(this.folder, null, "retire", "locker-codes").output()).contains("more day(s)");
		RotateKeys.run(this.folder, "retire", "locker-codes", "--wait", "0");
		assertThat(KeyFiles.read(this.folder, Map.of()).pairs("locker-codes", "Ed25519").legacyId()).isNull();
	}

	@Test
	void the_script_says_why_it_fails() {
		assertThat(RotateKeys.attempt(this.folder, null, "stage", "locker-codes").output())
			.contains("has no active key yet: run init first");
		assertThat(RotateKeys.attempt(this.folder, null, "activate", "nothing").output())
			.contains("unknown purpose 'nothing'");
		RotateKeys.run(this.folder, "init");
		assertThat(RotateKeys.attempt(this.folder, null, "activate", "profile-card").output())
			.contains("no staged key: run stage first");
	}

	/** As the server keeps a pair in server_key. */
	private static byte[] stored(KeyPair pair) {
		return ServerKeys.encode(pair);
	}

	private static byte[] base64(byte[] bytes) {
		return (Base64.getMimeEncoder().encodeToString(bytes) + "\n").getBytes(StandardCharsets.US_ASCII);
	}

	/** server_key without a database, for the ids the server derives. */
	private static final class InMemory extends ServerKeyRepository {

		private final Map<String, byte[]> secrets;

		InMemory(Map<String, byte[]> secrets) {
			super(org.jooq.impl.DSL.using(org.jooq.SQLDialect.POSTGRES));
			this.secrets = secrets;
		}

		@Override
		byte[] getOrCreate(String purpose, byte[] candidate) {
			return this.secrets.getOrDefault(purpose, candidate);
		}

	}

}
