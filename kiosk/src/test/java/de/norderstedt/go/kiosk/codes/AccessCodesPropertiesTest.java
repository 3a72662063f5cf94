package de.norderstedt.go.kiosk.codes;

import java.security.KeyPair;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;

import org.instancio.Instancio;
import org.instancio.junit.InstancioExtension;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Properties of access codes over random codes and random texts (a failing case names its
 * seed; {@code @Seed} on the method repeats it): every code signed comes back as itself;
 * no text that was not signed, however it was made, is valid; and reading never fails
 * with an error, whatever a camera or keypad delivers.
 */
@ExtendWith(InstancioExtension.class)
class AccessCodesPropertiesTest {

	private static final KeyPair KEYS = AccessCodes.newKeyPair();

	private static final KeyPair OTHER_KEYS = AccessCodes.newKeyPair();

	private static final SigningKey SIGNING = new SigningKey(AccessCodes.keyId(KEYS.getPublic()), KEYS.getPrivate());

	/** Someone else's key under the station's key id: only the signature tells. */
	private static final SigningKey FORGER = new SigningKey(SIGNING.id(), OTHER_KEYS.getPrivate());

	private static final CodeKeys CHECK = CodeKeys.single(KEYS.getPublic());

	@Test
	void everySignedCodeVerifiesAsItself() {
		for (int i = 0; i < 300; i++) {
			AccessCode code = code();
			String text = AccessCodes.sign(code, SIGNING);
			assertThat(AccessCodes.verify(text, CHECK)).isEqualTo(new AccessCodes.Verification.Valid(code));
			assertThat(AccessCodes.verify(" " + text.toLowerCase(java.util.Locale.ROOT) + "\n", CHECK))
				.isEqualTo(new AccessCodes.Verification.Valid(code));
			assertThat(AccessCodes.verify(AccessCodes.sign(code, FORGER), CHECK))
				.isEqualTo(new AccessCodes.Verification.BadSignature());
			assertThat(AccessCodes.verify(text, CodeKeys.single(OTHER_KEYS.getPublic())))
				.isInstanceOf(AccessCodes.Verification.UnknownKey.class);
		}
	}

	@Test
	void changedCodesAreNeverValid() {
		for (int i = 0; i < 300; i++) {
			String text = AccessCodes.sign(code(), SIGNING);
			char[] changed = text.toCharArray();
			int changes = Instancio.gen().ints().range(1, 6).get();
			for (int c = 0; c < changes; c++) {
				int at = Instancio.gen().ints().range(AccessCodes.PREFIX.length(), changed.length - 1).get();
				changed[at] = Instancio.gen().oneOf(alphabet()).get();
			}
			String result = new String(changed);
			if (!result.equals(text)) {
				assertThat(AccessCodes.verify(result, CHECK)).as(result)
					.isNotInstanceOf(AccessCodes.Verification.Valid.class);
			}
		}
	}

	@Test
	void anyTextIsReadWithoutError() {
		List<String> texts = new ArrayList<>(Instancio.gen().string().length(0, 200).allowEmpty().unicode().list(500));
		texts.addAll(Instancio.gen().string().length(0, 160).allowEmpty().upperCase().list(500));
		for (String text : Instancio.gen().string().length(0, 150).allowEmpty().upperCase().list(500)) {
			texts.add(AccessCodes.PREFIX + text);
			texts.add(AccessCodes.LEGACY_PREFIX + text);
		}
		String signed = AccessCodes.sign(code(), SIGNING);
		for (int cut = 1; cut < signed.length(); cut += 7) {
			texts.add(signed.substring(0, signed.length() - cut));
			texts.add(signed + signed.substring(0, cut));
		}
		for (String text : texts) {
			assertThat(AccessCodes.verify(text, CHECK)).as(text).isNotInstanceOf(AccessCodes.Verification.Valid.class);
		}
	}

	private static AccessCode code() {
		long from = Instancio.gen().longs().range(0L, 0xFFFF_0000L).get();
		long until = from + Instancio.gen().longs().range(0L, 0xFFFFL).get();
		return new AccessCode(Instancio.gen().longs().get(), Instancio.gen().longs().range(0L, 0xFFFF_FFFFL).get(),
				Instancio.gen().ints().range(1, 255).get(), Instancio.gen().enumOf(CodeAction.class).get(),
				Instant.ofEpochSecond(from), Instant.ofEpochSecond(until));
	}

	private static List<Character> alphabet() {
		return "ABCDEFGHIJKLMNOPQRSTUVWXYZ234567".chars().mapToObj(c -> (char) c).toList();
	}

}
