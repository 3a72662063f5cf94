package de.norderstedt.go.news;

/**
 * An announcement's picture with what it shows, in both languages.
 *
 * @param mediaType image/jpeg, image/png or image/webp
 */
public record NewsImage(byte[] data, String mediaType, String altDe, String altEn) {

	/** Larger pictures are refused (2 MB). */
	public static final int MAX_BYTES = 2_097_152;

}
