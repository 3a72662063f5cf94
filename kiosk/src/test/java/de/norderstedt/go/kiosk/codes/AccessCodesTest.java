package de.norderstedt.go.kiosk.codes;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessCodesTest {

	private static final KeyPair KEYS = AccessCodes.newKeyPair();

	private static final SigningKey SIGNING = new SigningKey("0a1b2c3d", KEYS.getPrivate());

	private static final CodeKeys ONLY = new CodeKeys(Map.of("0a1b2c3d", KEYS.getPublic()), null);

	private static final AccessCode CODE = new AccessCode(0x8123_4567_89AB_CDEFL, 4_000_000_000L, 12, CodeAction.RETURN,
			Instant.parse("2030-05-01T10:00:00Z"), Instant.parse("2030-05-01T12:00:00Z"));

	@Test
	void aSignedCodeVerifiesToTheSameCode() {
		String text = AccessCodes.sign(CODE, SIGNING);
		assertThat(AccessCodes.verify(text, ONLY)).isEqualTo(new AccessCodes.Verification.Valid(CODE));
	}

	@Test
	void theTextHas150QrAlphanumericCharacters() {
		String text = AccessCodes.sign(CODE, SIGNING);
		assertThat(text).hasSize(150).startsWith(AccessCodes.PREFIX).matches("[0-9A-Z $%*+\\-./:]+");
	}

	@Test
	void everySingleCharacterChangeAtEveryPositionIsRejected() {
		String text = AccessCodes.sign(CODE, SIGNING);
		String replacements = "ABCDEFGHIJKLMNOPQRSTUVWXYZ2345670189:-_ ";
		int checked = 0;
		for (int i = 0; i < text.length(); i++) {
			for (char replacement : replacements.toCharArray()) {
				if (replacement == text.charAt(i)) {
					continue;
				}
				String changed = text.substring(0, i) + replacement + text.substring(i + 1);
				assertThat(AccessCodes.verify(changed, ONLY)).as("position %d -> %s", i, replacement)
					.isNotInstanceOf(AccessCodes.Verification.Valid.class);
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(150 * 30);
	}

	@Test
	void aChangedLastCharacterIsRejectedEvenIfOnlyItsPaddingBitsDiffer() {
		String text = AccessCodes.sign(CODE, SIGNING);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		int value = alphabet.indexOf(text.charAt(text.length() - 1));
		// 91 bytes fill 145 characters and three bits of the last; its low two bits are
		// padding
		String samePayloadBits = text.substring(0, text.length() - 1) + alphabet.charAt(value ^ 1);
		assertThat(AccessCodes.verify(samePayloadBits, ONLY)).isInstanceOf(AccessCodes.Verification.Malformed.class);
	}

	@Test
	void anotherKeyUnderTheSameIdGivesBadSignature() {
		String text = AccessCodes.sign(CODE, SIGNING);
		assertThat(
				AccessCodes.verify(text, new CodeKeys(Map.of("0a1b2c3d", AccessCodes.newKeyPair().getPublic()), null)))
			.isInstanceOf(AccessCodes.Verification.BadSignature.class);
	}

	@Test
	void garbageEmptyWrongPrefixAndTruncatedTextsAreMalformed() {
		String text = AccessCodes.sign(CODE, SIGNING);
		for (String bad : new String[] { "", "   ", "hello", "GO1:", "GO2:", "GO3:" + text.substring(4),
				"GO1:" + text.substring(4), "GO2" + text.substring(4), text.substring(0, text.length() - 1), text + "A",
				text.substring(4), "GO1:" + "A".repeat(140), "GO2:" + "A".repeat(146), "\u0000\u00ff" }) {
			assertThat(AccessCodes.verify(bad, ONLY)).as(bad).isInstanceOf(AccessCodes.Verification.Malformed.class);
		}
	}

	@Test
	void lowerCaseAndSurroundingWhitespaceAreAccepted() {
		String text = AccessCodes.sign(CODE, SIGNING);
		assertThat(AccessCodes.verify("  " + text.toLowerCase(Locale.ROOT) + "\r\n", ONLY))
			.isEqualTo(new AccessCodes.Verification.Valid(CODE));
	}

	@Test
	void keysSurviveTheirTextAndByteForms() {
		KeyPair keys = AccessCodes.newKeyPair();
		String text = AccessCodes.sign(CODE,
				new SigningKey("00000001", AccessCodes.privateKey(AccessCodes.encodePrivate(keys.getPrivate()))));
		assertThat(AccessCodes.verify(text,
				new CodeKeys(Map.of("00000001", AccessCodes.publicKey(AccessCodes.encode(keys.getPublic()))), null)))
			.isEqualTo(new AccessCodes.Verification.Valid(CODE));
	}

	@Test
	void duringARotationCodesOfEitherKeyOpenAndAnUnknownKeyIdOpensNothing() {
		KeyPair next = AccessCodes.newKeyPair();
		CodeKeys both = new CodeKeys(Map.of("0a1b2c3d", KEYS.getPublic(), "ffff0001", next.getPublic()), null);
		String old = AccessCodes.sign(CODE, SIGNING);
		String fresh = AccessCodes.sign(CODE, new SigningKey("ffff0001", next.getPrivate()));
		String stranger = AccessCodes.sign(CODE, new SigningKey("12345678", AccessCodes.newKeyPair().getPrivate()));

		assertThat(AccessCodes.verify(old, both)).isEqualTo(new AccessCodes.Verification.Valid(CODE));
		assertThat(AccessCodes.verify(fresh, both)).isEqualTo(new AccessCodes.Verification.Valid(CODE));
		assertThat(AccessCodes.verify(stranger, both)).isEqualTo(new AccessCodes.Verification.UnknownKey("12345678"));
		// once the old key is retired, its codes open nothing
		assertThat(AccessCodes.verify(old, new CodeKeys(Map.of("ffff0001", next.getPublic()), null)))
			.isEqualTo(new AccessCodes.Verification.UnknownKey("0a1b2c3d"));
	}

	@Test
	void aCodeCannotMoveToAnotherKeyIdEvenWhenBothKeysAreKnown() {
		KeyPair other = AccessCodes.newKeyPair();
		CodeKeys both = new CodeKeys(Map.of("0a1b2c3d", KEYS.getPublic(), "0a1b2c3e", other.getPublic()), null);
		String text = AccessCodes.sign(CODE, SIGNING);
		// "0a1b2c3d" -> "0a1b2c3e" changes bits inside the first base32 characters after
		// the version byte; re-encoding is easier than editing characters
		String moved = AccessCodes.sign(CODE, new SigningKey("0a1b2c3e", KEYS.getPrivate()));
		assertThat(AccessCodes.verify(text, both)).isInstanceOf(AccessCodes.Verification.Valid.class);
		assertThat(AccessCodes.verify(moved, both)).isInstanceOf(AccessCodes.Verification.BadSignature.class);
	}

	@Test
	void firstFormatCodesOpenWithTheLegacyKeyOnlyWhileItIsConfigured() {
		String legacy = AccessCodes.signLegacy(CODE, KEYS.getPrivate());
		KeyPair next = AccessCodes.newKeyPair();
		assertThat(legacy).hasSize(144).startsWith(AccessCodes.LEGACY_PREFIX);

		assertThat(AccessCodes.verify(legacy,
				new CodeKeys(Map.of("0a1b2c3d", KEYS.getPublic(), "ffff0001", next.getPublic()), "0a1b2c3d")))
			.isEqualTo(new AccessCodes.Verification.Valid(CODE));
		assertThat(AccessCodes.verify(legacy, ONLY)).isEqualTo(new AccessCodes.Verification.UnknownKey("legacy"));
		// the new key, named legacy by mistake, does not make an old code verify
		assertThat(AccessCodes.verify(legacy, new CodeKeys(Map.of("ffff0001", next.getPublic()), "ffff0001")))
			.isInstanceOf(AccessCodes.Verification.BadSignature.class);
	}

	@Test
	void aSingleKeyCarriesTheIdDerivedFromItAndIsTheLegacyKey() {
		CodeKeys single = CodeKeys.single(KEYS.getPublic());
		String id = AccessCodes.keyId(KEYS.getPublic());
		assertThat(id).matches("[0-9a-f]{8}");
		assertThat(single.legacyId()).isEqualTo(id);
		String text = AccessCodes.sign(CODE, new SigningKey(id, KEYS.getPrivate()));
		assertThat(AccessCodes.verify(text, single)).isEqualTo(new AccessCodes.Verification.Valid(CODE));
		assertThat(AccessCodes.verify(AccessCodes.signLegacy(CODE, KEYS.getPrivate()), single))
			.isEqualTo(new AccessCodes.Verification.Valid(CODE));
	}

}
