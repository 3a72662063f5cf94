package de.norderstedt.go.lockers;

/**
 * A photo of an item with what it shows, in both languages.
 *
 * @param mediaType image/jpeg, image/png or image/webp
 */
public record ItemPhoto(byte[] data, String mediaType, String altDe, String altEn) {

	/** Larger photos are refused. */
	public static final int MAX_BYTES = 2_000_000;

}
