package de.norderstedt.go.lockers;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyFactory;
import java.security.PrivateKey;
import java.security.spec.PKCS8EncodedKeySpec;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.HexFormat;
import java.util.List;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Preferences;
import de.norderstedt.go.accounts.ProfileCards;
import de.norderstedt.go.accounts.TestAccounts;
import de.norderstedt.go.database.RotateKeys;
import de.norderstedt.go.database.ServerKeys;
import de.norderstedt.go.kiosk.codes.AccessCode;
import de.norderstedt.go.kiosk.codes.AccessCodes;
import de.norderstedt.go.kiosk.codes.CodeAction;
import de.norderstedt.go.kiosk.codes.SigningKey;
import de.norderstedt.go.notifications.PushDevices;
import org.jooq.DSLContext;
import org.jooq.Record1;
import org.jooq.impl.DSL;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A portal whose keys come from a key folder written by {@code bin/rotate-keys}: codes
 * carry the key id; during a rotation a code signed with the former key still opens, one
 * signed with an unknown key opens nothing; after retiring, the former key's codes open
 * nothing; and no private key is in the database.
 */
@SpringBootTest(webEnvironment = SpringBootTest.WebEnvironment.RANDOM_PORT,
		properties = { "go.notifications.delivery.scheduled=false", "go.lockers.reminders=false" })
class KeysFromFilesTest {

	private static final Path KEYS = keyFolder();

	@DynamicPropertySource
	static void keys(DynamicPropertyRegistry registry) {
		registry.add("go.keys.directory", KEYS::toString);
	}

	@Autowired
	ServerKeys serverKeys;

	@Autowired
	AccessCodeKeys codeKeys;

	@Autowired
	LockerTerminal terminal;

	@Autowired
	TestLockers testLockers;

	@Autowired
	TestAccounts accounts;

	@Autowired
	ProfileCards cards;

	@Autowired
	PushDevices pushDevices;

	@Autowired
	DSLContext dsl;

	@AfterEach
	void signOut() {
		this.accounts.signOut();
	}

	@Test
	void a_code_of_the_former_key_opens_during_a_rotation_and_one_of_an_unknown_key_opens_nothing() throws Exception {
		assertThat(this.serverKeys.fromFiles()).isTrue();
		String first = state("locker-codes.active");
		TestLockers.TestStation station = this.testLockers.station("Rotation", 3, ItemType.ROLLATOR);
		Reservation before = this.testLockers.reserveNow("rotation-helga", station.id(), ItemType.ROLLATOR);
		Reservation beforeToo = this.testLockers.reserveNow("rotation-jens", station.id(), ItemType.ROLLATOR);
		String oldCode = this.testLockers.pass("rotation-helga", before.id()).qrText();
		String oldCodeToo = this.testLockers.pass("rotation-jens", beforeToo.id()).qrText();
		assertThat(keyIdOf(oldCode)).isEqualTo(first);

		rotateKeys("stage", "locker-codes");
		this.serverKeys.reload();
		String staged = state("locker-codes.next");
		// staged: published to agents, not yet signing
		assertThat(this.codeKeys.publicKeys().byId()).containsOnlyKeys(first, staged);
		assertThat(this.codeKeys.signing().id()).isEqualTo(first);

		rotateKeys("activate", "locker-codes");
		this.serverKeys.reload();
		// the agent gets the configuration with the new key, as staff would hand it out
		this.testLockers.stopAgent(station.id(), station.deviceId());
		this.testLockers.startAgent(station.id());
		Reservation after = this.testLockers.reserveNow("rotation-aylin", station.id(), ItemType.ROLLATOR);
		String newCode = this.testLockers.pass("rotation-aylin", after.id()).qrText();
		assertThat(keyIdOf(newCode)).isEqualTo(staged);

		assertThat(this.terminal.present(station.deviceId(), oldCode)).isInstanceOf(TerminalOutcome.Opened.class);
		assertThat(this.terminal.present(station.deviceId(), newCode)).isInstanceOf(TerminalOutcome.Opened.class);
		// the same grant, signed with a key nobody configured
		AccessCode grant = ((AccessCodes.Verification.Valid) AccessCodes.verify(oldCodeToo, this.codeKeys.publicKeys()))
			.code();
		String stranger = AccessCodes.sign(grant, new SigningKey("12345678", AccessCodes.newKeyPair().getPrivate()));
		assertThat(this.terminal.present(station.deviceId(), stranger))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.forged"));
		// nor does the former key open under the new key's id
		PrivateKey former = privateKey("locker-codes", first);
		assertThat(this.terminal.present(station.deviceId(), AccessCodes.sign(grant, new SigningKey(staged, former))))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.forged"));
		assertThat(this.testLockers.pulses(station.id())).containsExactly(before.compartmentNumber(),
				after.compartmentNumber());

		rotateKeys("retire", "locker-codes", "--force");
		this.serverKeys.reload();
		assertThat(Files.exists(KEYS.resolve("locker-codes-" + first + ".pem"))).isFalse();
		assertThat(this.codeKeys.publicKeys().byId()).containsOnlyKeys(staged);
		assertThat(this.terminal.present(station.deviceId(), oldCodeToo))
			.isEqualTo(new TerminalOutcome.Refused("lockers.terminal.refused.forged"));
		assertThat(this.testLockers.pulses(station.id())).hasSize(2);
		assertThat(this.testLockers.reservation(beforeToo.id()).status()).isEqualTo(ReservationStatus.RESERVED);
	}

	@Test
	void no_private_key_is_in_the_database_when_the_keys_come_from_files() throws Exception {
		// use every key: a locker code, a profile card, the Web Push key
		TestLockers.TestStation station = this.testLockers.station("Dump", 1, ItemType.HANDCART);
		Reservation reservation = this.testLockers.reserveNow("dump-helga", station.id(), ItemType.HANDCART);
		assertThat(this.testLockers.pass("dump-helga", reservation.id()).qrText()).startsWith(AccessCodes.PREFIX);
		String card = this.cards.issue(Preferences.DEFAULT);
		assertThat(card).startsWith("NGO2." + state("profile-card.active") + ".");
		assertThat(this.cards.read(card)).contains(Preferences.DEFAULT);
		assertThat(this.pushDevices.applicationServerKey()).isNotBlank();

		assertThat(this.dsl.fetchCount(DSL.table("server_key"))).isZero();
		// what a dump holds: every row of every table, as text (bytea as hex)
		StringBuilder dump = new StringBuilder();
		for (String table : this.dsl
			.fetch("SELECT quote_ident(table_schema) || '.' || quote_ident(table_name) FROM information_schema.tables "
					+ "WHERE table_type = 'BASE TABLE' AND table_schema NOT IN ('pg_catalog', 'information_schema')")
			.getValues(0, String.class)) {
			for (Record1<String> row : this.dsl.resultQuery("SELECT t::text FROM " + table + " t")
				.coerce(DSL.field("t", String.class))) {
				dump.append(row.value1()).append('\n');
			}
		}
		assertThat(dump.length()).isGreaterThan(1000);
		String text = dump.toString().toLowerCase(java.util.Locale.ROOT);
		for (byte[] secret : privateMaterial()) {
			// the last 32 bytes: the Ed25519 seed, the P-256 scalar's end, the whole
			// secret
			byte[] tail = java.util.Arrays.copyOfRange(secret, secret.length - 32, secret.length);
			assertThat(text).doesNotContain(HexFormat.of().formatHex(tail))
				.doesNotContain(HexFormat.of().formatHex(secret))
				.doesNotContain(Base64.getEncoder().encodeToString(secret).toLowerCase(java.util.Locale.ROOT));
		}
	}

	/** The private keys and secrets in the key folder, as bytes. */
	private static List<byte[]> privateMaterial() throws IOException {
		List<byte[]> material = new ArrayList<>();
		try (var files = Files.list(KEYS)) {
			for (Path file : files.toList()) {
				String name = file.getFileName().toString();
				String content = Files.readString(file);
				if (name.endsWith(".secret")) {
					material.add(Base64.getMimeDecoder().decode(content.strip()));
				}
				else if (name.endsWith(".pem")) {
					material.add(pem(content));
				}
			}
		}
		assertThat(material).hasSizeGreaterThanOrEqualTo(3);
		return material;
	}

	private static byte[] pem(String content) {
		Matcher matcher = Pattern.compile("-----BEGIN PRIVATE KEY-----([^-]+)-----END PRIVATE KEY-----")
			.matcher(content);
		assertThat(matcher.find()).isTrue();
		return Base64.getMimeDecoder().decode(matcher.group(1));
	}

	private static PrivateKey privateKey(String purpose, String id) throws Exception {
		byte[] der = pem(Files.readString(KEYS.resolve(purpose + "-" + id + ".pem")));
		return KeyFactory.getInstance("Ed25519").generatePrivate(new PKCS8EncodedKeySpec(der));
	}

	private static String keyIdOf(String code) {
		// GO2: + base32: the version byte, then the 4-byte key id
		String base32 = code.substring(AccessCodes.PREFIX.length(), AccessCodes.PREFIX.length() + 8);
		long bits = 0;
		for (char c : base32.toCharArray()) {
			bits = (bits << 5) | "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".indexOf(c);
		}
		// 40 bits: 8 of the version, 32 of the key id
		return HexFormat.of().toHexDigits((int) bits);
	}

	private static String state(String key) throws IOException {
		Properties properties = new Properties();
		try (var reader = Files.newBufferedReader(KEYS.resolve("keys.properties"))) {
			properties.load(reader);
		}
		return properties.getProperty(key, "");
	}

	static void rotateKeys(String... arguments) {
		RotateKeys.run(KEYS, arguments);
	}

	private static Path keyFolder() {
		try {
			Path folder = Files.createTempDirectory("go-keys-");
			RotateKeys.run(folder, "init");
			return folder;
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

}
