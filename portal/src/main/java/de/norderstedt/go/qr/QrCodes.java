package de.norderstedt.go.qr;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.imageio.ImageIO;

import org.jspecify.annotations.Nullable;

import com.google.zxing.BarcodeFormat;
import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.EncodeHintType;
import com.google.zxing.LuminanceSource;
import com.google.zxing.ReaderException;
import com.google.zxing.WriterException;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.BitMatrix;
import com.google.zxing.common.GlobalHistogramBinarizer;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;
import com.google.zxing.qrcode.QRCodeWriter;
import com.google.zxing.qrcode.decoder.ErrorCorrectionLevel;

/** Makes QR codes and reads them from pictures. */
public final class QrCodes {

	/** Camera frames larger than this are not decoded. */
	public static final int MAX_IMAGE_BYTES = 2 * 1024 * 1024;

	private static final int QUIET_ZONE = 4;

	private QrCodes() {
	}

	/**
	 * The modules of a QR code for the text (medium error correction, quiet zone of 4),
	 * checked to be found by ZXing's detector. The detector misses a few percent of
	 * codes, depending on their pattern (about 3 in 100 of our card texts); for those
	 * another mask pattern is chosen, which changes the pattern but not the content.
	 */
	public static BitMatrix matrix(String text) {
		BitMatrix first = encode(text, null);
		if (detectable(first)) {
			return first;
		}
		for (int mask = 0; mask < 8; mask++) {
			BitMatrix candidate = encode(text, mask);
			if (detectable(candidate)) {
				return candidate;
			}
		}
		return first;
	}

	private static BitMatrix encode(String text, @Nullable Integer mask) {
		Map<EncodeHintType, Object> hints = new EnumMap<>(EncodeHintType.class);
		hints.put(EncodeHintType.ERROR_CORRECTION, ErrorCorrectionLevel.M);
		hints.put(EncodeHintType.MARGIN, QUIET_ZONE);
		// ASCII needs no character set; an ECI header only makes the code denser
		if (!StandardCharsets.US_ASCII.newEncoder().canEncode(text)) {
			hints.put(EncodeHintType.CHARACTER_SET, "UTF-8");
		}
		if (mask != null) {
			hints.put(EncodeHintType.QR_MASK_PATTERN, mask);
		}
		try {
			// size 0 gives one pixel per module
			return new QRCodeWriter().encode(text, BarcodeFormat.QR_CODE, 0, 0, hints);
		}
		catch (WriterException ex) {
			throw new IllegalArgumentException("Text too long for a QR code", ex);
		}
	}

	/**
	 * Whether the detector finds the code in clean pictures of it, small and large (the
	 * detector's misses depend on the size too).
	 */
	private static boolean detectable(BitMatrix matrix) {
		for (int scale : new int[] { 3, 4, 5, 8 }) {
			if (read(image(matrix, scale)).isEmpty()) {
				return false;
			}
		}
		return true;
	}

	/**
	 * The QR code as a scalable SVG: black modules on white, one path, crisp at any size.
	 */
	public static String svg(String text) {
		BitMatrix matrix = matrix(text);
		StringBuilder path = new StringBuilder();
		for (int y = 0; y < matrix.getHeight(); y++) {
			int x = 0;
			while (x < matrix.getWidth()) {
				if (!matrix.get(x, y)) {
					x++;
					continue;
				}
				int start = x;
				while (x < matrix.getWidth() && matrix.get(x, y)) {
					x++;
				}
				path.append('M')
					.append(start)
					.append(' ')
					.append(y)
					.append('h')
					.append(x - start)
					.append("v1h-")
					.append(x - start)
					.append('z');
			}
		}
		return "<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 " + matrix.getWidth() + " " + matrix.getHeight()
				+ "\" shape-rendering=\"crispEdges\"><rect width=\"100%\" height=\"100%\" fill=\"#fff\"/><path d=\""
				+ path + "\" fill=\"#000\"/></svg>";
	}

	/** The QR code as a picture with {@code scale} pixels per module. */
	public static BufferedImage image(String text, int scale) {
		return image(matrix(text), scale);
	}

	private static BufferedImage image(BitMatrix matrix, int scale) {
		BufferedImage image = new BufferedImage(matrix.getWidth() * scale, matrix.getHeight() * scale,
				BufferedImage.TYPE_INT_RGB);
		for (int y = 0; y < image.getHeight(); y++) {
			for (int x = 0; x < image.getWidth(); x++) {
				image.setRGB(x, y, matrix.get(x / scale, y / scale) ? 0x000000 : 0xFFFFFF);
			}
		}
		return image;
	}

	/**
	 * The text of the QR code in a picture (JPEG, PNG), or empty when there is none or
	 * the picture cannot be read.
	 */
	public static Optional<String> read(byte[] picture) {
		if (picture.length == 0 || picture.length > MAX_IMAGE_BYTES) {
			return Optional.empty();
		}
		try {
			BufferedImage image = ImageIO.read(new ByteArrayInputStream(picture));
			return image == null ? Optional.empty() : read(image);
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/** The text of the QR code in the picture, or empty when there is none. */
	public static Optional<String> read(BufferedImage image) {
		LuminanceSource source = new BufferedImageLuminanceSource(image);
		Map<DecodeHintType, Object> hints = new EnumMap<>(DecodeHintType.class);
		hints.put(DecodeHintType.TRY_HARDER, Boolean.TRUE);
		hints.put(DecodeHintType.POSSIBLE_FORMATS, List.of(BarcodeFormat.QR_CODE));
		hints.put(DecodeHintType.CHARACTER_SET, "UTF-8");
		// The hybrid binarizer copes with uneven light; the global one with small, sharp
		// codes.
		for (BinaryBitmap bitmap : List.of(new BinaryBitmap(new HybridBinarizer(source)),
				new BinaryBitmap(new GlobalHistogramBinarizer(source)))) {
			try {
				return Optional.of(new QRCodeReader().decode(bitmap, hints).getText());
			}
			catch (ReaderException ex) {
				// damaged or partly visible code: try the next binarizer
			}
		}
		return Optional.empty();
	}

}
