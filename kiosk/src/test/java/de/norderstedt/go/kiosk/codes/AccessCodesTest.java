package de.norderstedt.go.kiosk.codes;

import java.security.KeyPair;
import java.time.Instant;
import java.util.Locale;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class AccessCodesTest {

	private static final KeyPair KEYS = AccessCodes.newKeyPair();

	private static final AccessCode CODE = new AccessCode(0x8123_4567_89AB_CDEFL, 4_000_000_000L, 12, CodeAction.RETURN,
			Instant.parse("2030-05-01T10:00:00Z"), Instant.parse("2030-05-01T12:00:00Z"));

	@Test
	void aSignedCodeVerifiesToTheSameCode() {
		String text = AccessCodes.sign(CODE, KEYS.getPrivate());
		assertThat(AccessCodes.verify(text, KEYS.getPublic())).isEqualTo(new AccessCodes.Verification.Valid(CODE));
	}

	@Test
	void theTextHas144QrAlphanumericCharacters() {
		String text = AccessCodes.sign(CODE, KEYS.getPrivate());
		assertThat(text).hasSize(144).startsWith(AccessCodes.PREFIX).matches("[0-9A-Z $%*+\\-./:]+");
	}

	@Test
	void everySingleCharacterChangeAtEveryPositionIsRejected() {
		String text = AccessCodes.sign(CODE, KEYS.getPrivate());
		String replacements = "ABCDEFGHIJKLMNOPQRSTUVWXYZ2345670189:-_ ";
		int checked = 0;
		for (int i = 0; i < text.length(); i++) {
			for (char replacement : replacements.toCharArray()) {
				if (replacement == text.charAt(i)) {
					continue;
				}
				String changed = text.substring(0, i) + replacement + text.substring(i + 1);
				assertThat(AccessCodes.verify(changed, KEYS.getPublic())).as("position %d -> %s", i, replacement)
					.isNotInstanceOf(AccessCodes.Verification.Valid.class);
				checked++;
			}
		}
		assertThat(checked).isGreaterThan(144 * 30);
	}

	@Test
	void aChangedLastCharacterIsRejectedEvenIfOnlyItsPaddingBitsDiffer() {
		String text = AccessCodes.sign(CODE, KEYS.getPrivate());
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567";
		int value = alphabet.indexOf(text.charAt(text.length() - 1));
		// 87 bytes fill 139 characters and one bit of the last; its low four bits are
		// padding
		String samePayloadBits = text.substring(0, text.length() - 1) + alphabet.charAt(value ^ 1);
		assertThat(AccessCodes.verify(samePayloadBits, KEYS.getPublic()))
			.isInstanceOf(AccessCodes.Verification.Malformed.class);
	}

	@Test
	void anotherKeyGivesBadSignature() {
		String text = AccessCodes.sign(CODE, KEYS.getPrivate());
		assertThat(AccessCodes.verify(text, AccessCodes.newKeyPair().getPublic()))
			.isInstanceOf(AccessCodes.Verification.BadSignature.class);
	}

	@Test
	void garbageEmptyWrongPrefixAndTruncatedTextsAreMalformed() {
		String text = AccessCodes.sign(CODE, KEYS.getPrivate());
		for (String bad : new String[] { "", "   ", "hello", "GO1:", "GO2:" + text.substring(4),
				"GO1" + text.substring(4), text.substring(0, text.length() - 1), text + "A", text.substring(4),
				"GO1:" + "A".repeat(140), "\u0000\u00ff" }) {
			assertThat(AccessCodes.verify(bad, KEYS.getPublic())).as(bad)
				.isInstanceOf(AccessCodes.Verification.Malformed.class);
		}
	}

	@Test
	void lowerCaseAndSurroundingWhitespaceAreAccepted() {
		String text = AccessCodes.sign(CODE, KEYS.getPrivate());
		assertThat(AccessCodes.verify("  " + text.toLowerCase(Locale.ROOT) + "\r\n", KEYS.getPublic()))
			.isEqualTo(new AccessCodes.Verification.Valid(CODE));
	}

	@Test
	void keysSurviveTheirTextAndByteForms() {
		KeyPair keys = AccessCodes.newKeyPair();
		String text = AccessCodes.sign(CODE, AccessCodes.privateKey(AccessCodes.encodePrivate(keys.getPrivate())));
		assertThat(AccessCodes.verify(text, AccessCodes.publicKey(AccessCodes.encode(keys.getPublic()))))
			.isEqualTo(new AccessCodes.Verification.Valid(CODE));
	}

}
