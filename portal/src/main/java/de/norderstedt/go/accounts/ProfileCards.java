package de.norderstedt.go.accounts;

import java.nio.charset.StandardCharsets;
import java.security.InvalidKeyException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Arrays;
import java.util.Base64;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

import de.norderstedt.go.accessibility.speech.SpeechRate;
import de.norderstedt.go.database.KeyRing;
import de.norderstedt.go.database.ServerKeys;
import org.springframework.stereotype.Service;

/**
 * The accessibility profile card: a person's display and speech preferences in a short
 * signed text for a QR code ({@code NGO2.<key id>.de.200.CA.SLOW.<signature>}). Scanning
 * it at a kiosk applies the preferences to that visit only. It holds no name and no
 * account; the signature (HMAC-SHA-256 with a server secret, named by its key id) makes a
 * changed card fail instead of applying something odd. Cards of the first format
 * ({@code NGO1}, no key id) are read with the legacy secret while it is configured.
 */
@Service
public class ProfileCards {

	private static final String PREFIX = "NGO2";

	private static final String KEY_PURPOSE = "profile-card";

	private static final Pattern FORMAT = Pattern.compile("(?:NGO1|NGO2\\.([0-9a-f]{8}))"
			+ "\\.(de|en)\\.(100|125|150|200)\\.([CMSA]{1,4}|-)\\.(SLOW|NORMAL|FAST)\\.([A-Za-z0-9_-]{22})");

	private final ServerKeys keys;

	ProfileCards(ServerKeys keys) {
		this.keys = keys;
	}

	/** The card text for these preferences. */
	public String issue(Preferences preferences) {
		StringBuilder flags = new StringBuilder();
		if (preferences.highContrast()) {
			flags.append('C');
		}
		if (preferences.reducedMotion()) {
			flags.append('M');
		}
		if (preferences.simpleLanguage()) {
			flags.append('S');
		}
		if (preferences.autoRead()) {
			flags.append('A');
		}
		KeyRing<byte[]> secrets = this.keys.secrets(KEY_PURPOSE);
		String payload = String.join(".", PREFIX, secrets.activeId(), preferences.language().code(),
				String.valueOf(preferences.textSize().percent()), flags.isEmpty() ? "-" : flags.toString(),
				preferences.speechRate().name());
		return payload + "." + sign(payload, secrets.active());
	}

	/**
	 * The preferences on a card, or empty when the text is not a card of ours or was
	 * changed.
	 */
	public Optional<Preferences> read(String card) {
		Matcher matcher = FORMAT.matcher(card.strip());
		if (!matcher.matches()) {
			return Optional.empty();
		}
		KeyRing<byte[]> secrets = this.keys.secrets(KEY_PURPOSE);
		String keyId = matcher.group(1);
		byte[] secret = (keyId != null) ? secrets.get(keyId) : secrets.legacy();
		if (secret == null) {
			// signed with a secret that is not (or no longer) configured
			return Optional.empty();
		}
		String payload = card.strip().substring(0, card.strip().lastIndexOf('.'));
		byte[] expected = sign(payload, secret).getBytes(StandardCharsets.US_ASCII);
		byte[] given = matcher.group(6).getBytes(StandardCharsets.US_ASCII);
		if (!MessageDigest.isEqual(expected, given)) {
			return Optional.empty();
		}
		String flags = matcher.group(4);
		return Optional.of(new Preferences(Language.ofCode(matcher.group(2)),
				TextSize.ofPercent(Integer.parseInt(matcher.group(3))), flags.contains("C"), flags.contains("M"),
				SpeechRate.valueOf(matcher.group(5)), flags.contains("S"), flags.contains("A")));
	}

	/** 128 bits of HMAC-SHA-256, URL-safe base64 (22 characters). */
	static String sign(String payload, byte[] secret) {
		try {
			Mac mac = Mac.getInstance("HmacSHA256");
			mac.init(new SecretKeySpec(secret, "HmacSHA256"));
			byte[] full = mac.doFinal(payload.getBytes(StandardCharsets.UTF_8));
			return Base64.getUrlEncoder().withoutPadding().encodeToString(Arrays.copyOf(full, 16));
		}
		catch (NoSuchAlgorithmException | InvalidKeyException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
