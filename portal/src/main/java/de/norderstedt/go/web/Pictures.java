package de.norderstedt.go.web;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * What kind of picture a file is, by its first bytes rather than by the name or type the
 * browser claims: a text file called {@code photo.png} is no picture.
 */
public final class Pictures {

	/** The kinds of pictures people may add. */
	public static final List<String> TYPES = List.of("image/jpeg", "image/png", "image/webp");

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private Pictures() {
	}

	/** The media type the bytes really are, if one of {@link #TYPES}. */
	public static Optional<String> typeOf(byte[] bytes) {
		if (startsWith(bytes, JPEG)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(bytes, PNG)) {
			return Optional.of("image/png");
		}
		if (bytes.length >= 12 && "RIFF".equals(ascii(bytes, 0)) && "WEBP".equals(ascii(bytes, 8))) {
			return Optional.of("image/webp");
		}
		return Optional.empty();
	}

	/** Whether the bytes are a picture of the claimed type. */
	public static boolean isImage(byte[] bytes, String claimedType) {
		return typeOf(bytes).map(claimedType::equals).orElse(false);
	}

	/**
	 * A picture as an HTTP response: of its type and never sniffed as anything else, kept
	 * by browsers only as long as given (a picture taken down should not linger).
	 */
	public static ResponseEntity<byte[]> response(byte[] data, String type, Duration maxAge) {
		return ResponseEntity.ok()
			.contentType(MediaType.parseMediaType(type))
			.cacheControl(CacheControl.maxAge(maxAge))
			.header("X-Content-Type-Options", "nosniff")
			.body(data);
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	private static String ascii(byte[] bytes, int offset) {
		return new String(bytes, offset, 4, StandardCharsets.US_ASCII);
	}

}
