package de.norderstedt.go.accessibility.checks;

/**
 * WCAG 2.x contrast ratio of two opaque sRGB colours, from 1 (same luminance) to 21
 * (black and white). Colours are {@code #rgb} or {@code #rrggbb} strings or
 * {@code 0xRRGGBB} ints.
 *
 * @see <a href="https://www.w3.org/TR/WCAG22/#dfn-contrast-ratio">WCAG 2.2 contrast
 * ratio</a>
 */
public final class ContrastRatio {

	/** Minimum for normal text at level AA (1.4.3). */
	public static final double AA_TEXT = 4.5;

	/** Minimum for large text at level AA (1.4.3) and for non-text contrast (1.4.11). */
	public static final double AA_LARGE_TEXT = 3.0;

	/** Minimum for normal text at level AAA (1.4.6). */
	public static final double AAA_TEXT = 7.0;

	/** Minimum for large text at level AAA (1.4.6). */
	public static final double AAA_LARGE_TEXT = 4.5;

	private ContrastRatio() {
	}

	/**
	 * Contrast ratio of two colours given as {@code #rgb} or {@code #rrggbb}; the order
	 * does not matter.
	 * @throws IllegalArgumentException when a colour is not in one of those forms
	 */
	public static double of(String colour, String otherColour) {
		return of(parse(colour), parse(otherColour));
	}

	/**
	 * Contrast ratio of two colours given as {@code 0xRRGGBB}; the order does not matter.
	 * @throws IllegalArgumentException when a value is outside {@code 0x000000..0xFFFFFF}
	 */
	public static double of(int rgb, int otherRgb) {
		double a = relativeLuminance(rgb);
		double b = relativeLuminance(otherRgb);
		return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
	}

	/**
	 * Relative luminance of a colour given as {@code #rgb} or {@code #rrggbb}: 0 for
	 * black, 1 for white.
	 */
	public static double relativeLuminance(String colour) {
		return relativeLuminance(parse(colour));
	}

	/**
	 * Relative luminance of a colour given as {@code 0xRRGGBB}: 0 for black, 1 for white.
	 */
	public static double relativeLuminance(int rgb) {
		requireRgb(rgb);
		return 0.2126 * linear((rgb >> 16) & 0xFF) + 0.7152 * linear((rgb >> 8) & 0xFF) + 0.0722 * linear(rgb & 0xFF);
	}

	/**
	 * The colour as {@code 0xRRGGBB}; {@code #rgb} doubles each digit as CSS does.
	 * @throws IllegalArgumentException when it is not {@code #rgb} or {@code #rrggbb}
	 */
	public static int parse(String colour) {
		String hex = colour.strip();
		if (!hex.startsWith("#") || (hex.length() != 4 && hex.length() != 7)) {
			throw new IllegalArgumentException("colour must be #rgb or #rrggbb: '" + colour + "'");
		}
		int value = 0;
		for (int i = 1; i < hex.length(); i++) {
			int digit = hexDigit(hex.charAt(i));
			if (digit < 0) {
				throw new IllegalArgumentException("colour must be #rgb or #rrggbb: '" + colour + "'");
			}
			value = (hex.length() == 4) ? (value << 8) | (digit << 4) | digit : (value << 4) | digit;
		}
		return value;
	}

	// ASCII only: Character.digit would also accept e.g. Arabic-Indic and full-width
	// digits
	private static int hexDigit(char c) {
		if (c >= '0' && c <= '9') {
			return c - '0';
		}
		if (c >= 'a' && c <= 'f') {
			return c - 'a' + 10;
		}
		if (c >= 'A' && c <= 'F') {
			return c - 'A' + 10;
		}
		return -1;
	}

	private static double linear(int channel) {
		double c = channel / 255.0;
		// the sRGB standard's threshold; WCAG's older 0.03928 gives the same result for
		// every 8-bit value, since none lies between the two
		return (c <= 0.04045) ? c / 12.92 : Math.pow((c + 0.055) / 1.055, 2.4);
	}

	private static void requireRgb(int rgb) {
		if (rgb < 0 || rgb > 0xFFFFFF) {
			throw new IllegalArgumentException("colour must be 0xRRGGBB without alpha: 0x" + Integer.toHexString(rgb));
		}
	}

}
