package de.norderstedt.go.web;

import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.AffineTransform;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;
import java.util.Arrays;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.ImageOutputStream;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * Pictures people add, made safe before anything keeps them: the kind is what the bytes
 * decode as, never the name or type the browser claims (a text file called
 * {@code photo.png} is no picture), and every picture is decoded and encoded anew, so
 * nothing of the file but its pixels survives: no EXIF (GPS position, camera, time), no
 * comments, no trailing data. The size in pixels is read from the header first and a
 * picture with too many is refused before its pixels are decoded (a small file can unpack
 * to gigabytes).
 */
public final class Pictures {

	/** The kinds of pictures people may add. */
	public static final List<String> TYPES = List.of("image/jpeg", "image/png");

	private static final byte[] JPEG = { (byte) 0xFF, (byte) 0xD8, (byte) 0xFF };

	private static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' };

	private static final float JPEG_QUALITY = 0.88f;

	private Pictures() {
	}

	/** Why a file cannot be kept as a picture. */
	public enum Problem {

		/** Not a JPEG or PNG that decodes. */
		NOT_A_PICTURE,

		/** More pixels than allowed. */
		TOO_MANY_PIXELS

	}

	/** A file that cannot be kept as a picture. */
	public static final class UnusablePicture extends RuntimeException {

		private final Problem problem;

		UnusablePicture(Problem problem) {
			super(problem.name(), null, false, false);
			this.problem = problem;
		}

		public Problem problem() {
			return this.problem;
		}

	}

	/**
	 * A picture decoded and encoded anew.
	 *
	 * @param data the new file: the pixels and nothing else
	 * @param type its media type, the kind it was decoded as
	 * @param width its width in pixels
	 * @param height its height in pixels
	 */
	public record Clean(byte[] data, String type, int width, int height) {
	}

	/** The width and height a picture's header declares, and its kind. */
	public record Header(String type, int width, int height) {

		public long pixels() {
			return (long) this.width * this.height;
		}

	}

	/** The media type the first bytes announce, if one of {@link #TYPES}. */
	public static Optional<String> typeOf(byte[] bytes) {
		if (startsWith(bytes, JPEG)) {
			return Optional.of("image/jpeg");
		}
		if (startsWith(bytes, PNG)) {
			return Optional.of("image/png");
		}
		return Optional.empty();
	}

	/**
	 * The header of a JPEG or PNG: its kind and size, read without decoding the pixels.
	 * Empty when the bytes are no readable picture of these kinds.
	 */
	public static Optional<Header> header(byte[] bytes) {
		Optional<String> type = typeOf(bytes);
		if (type.isEmpty()) {
			return Optional.empty();
		}
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = readerFor(type.get());
			try {
				reader.setInput(in, true, true);
				return Optional.of(new Header(type.get(), reader.getWidth(0), reader.getHeight(0)));
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			return Optional.empty();
		}
	}

	/**
	 * The picture decoded and encoded anew as the kind it decodes as, turned upright as
	 * its EXIF orientation says (the orientation goes with the rest of the metadata).
	 * @throws UnusablePicture when it is no JPEG or PNG that decodes, or has more than
	 * {@code maxPixels} pixels
	 */
	public static Clean clean(byte[] bytes, long maxPixels) {
		Header header = header(bytes).orElseThrow(() -> new UnusablePicture(Problem.NOT_A_PICTURE));
		if (header.width() <= 0 || header.height() <= 0) {
			throw new UnusablePicture(Problem.NOT_A_PICTURE);
		}
		if (header.pixels() > maxPixels) {
			throw new UnusablePicture(Problem.TOO_MANY_PIXELS);
		}
		BufferedImage decoded;
		try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
			ImageReader reader = readerFor(header.type());
			try {
				reader.setInput(in, true, true);
				decoded = reader.read(0);
			}
			finally {
				reader.dispose();
			}
		}
		catch (IOException | RuntimeException ex) {
			throw new UnusablePicture(Problem.NOT_A_PICTURE);
		}
		boolean jpeg = "image/jpeg".equals(header.type());
		BufferedImage upright = upright(decoded, jpeg ? Exif.orientation(bytes) : 1, !jpeg);
		return new Clean(encode(upright, header.type()), header.type(), upright.getWidth(), upright.getHeight());
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

	private static ImageReader readerFor(String type) {
		Iterator<ImageReader> readers = ImageIO.getImageReadersByMIMEType(type);
		if (!readers.hasNext()) {
			throw new IllegalStateException("no image reader for " + type);
		}
		return readers.next();
	}

	/**
	 * Drawn anew into a plain RGB (JPEG) or ARGB (PNG) image, turned as the EXIF
	 * orientation (1 to 8) says.
	 */
	private static BufferedImage upright(BufferedImage source, int orientation, boolean alpha) {
		int w = source.getWidth();
		int h = source.getHeight();
		boolean swap = orientation >= 5 && orientation <= 8;
		AffineTransform turn = new AffineTransform();
		switch (orientation) {
			case 2 -> turn.setTransform(-1, 0, 0, 1, w, 0);
			case 3 -> turn.setTransform(-1, 0, 0, -1, w, h);
			case 4 -> turn.setTransform(1, 0, 0, -1, 0, h);
			case 5 -> turn.setTransform(0, 1, 1, 0, 0, 0);
			case 6 -> turn.setTransform(0, 1, -1, 0, h, 0);
			case 7 -> turn.setTransform(0, -1, -1, 0, h, w);
			case 8 -> turn.setTransform(0, -1, 1, 0, 0, w);
			default -> {
			}
		}
		BufferedImage target = new BufferedImage(swap ? h : w, swap ? w : h,
				alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
		Graphics2D g = target.createGraphics();
		try {
			g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
			if (!alpha) {
				g.setColor(java.awt.Color.WHITE);
				g.fillRect(0, 0, target.getWidth(), target.getHeight());
			}
			g.drawImage(source, turn, null);
		}
		finally {
			g.dispose();
		}
		return target;
	}

	private static byte[] encode(BufferedImage image, String type) {
		Iterator<ImageWriter> writers = ImageIO.getImageWritersByMIMEType(type);
		if (!writers.hasNext()) {
			throw new IllegalStateException("no image writer for " + type);
		}
		ImageWriter writer = writers.next();
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try (ImageOutputStream stream = ImageIO.createImageOutputStream(out)) {
			writer.setOutput(stream);
			ImageWriteParam param = writer.getDefaultWriteParam();
			if ("image/jpeg".equals(type)) {
				param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
				param.setCompressionQuality(JPEG_QUALITY);
			}
			// no metadata given: the writer adds only what the format needs (JFIF)
			writer.write(null, new IIOImage(image, null, null), param);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		finally {
			writer.dispose();
		}
		return out.toByteArray();
	}

	private static boolean startsWith(byte[] bytes, byte[] prefix) {
		return bytes.length >= prefix.length && Arrays.equals(bytes, 0, prefix.length, prefix, 0, prefix.length);
	}

	/** The one EXIF field that matters once the rest is gone: which way is up. */
	static final class Exif {

		private Exif() {
		}

		/** The orientation (1 to 8) of a JPEG's EXIF block, 1 when there is none. */
		static int orientation(byte[] jpeg) {
			int i = 2;
			while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
				int marker = jpeg[i + 1] & 0xFF;
				if (marker == 0xDA || marker == 0xD9) {
					break;
				}
				int length = u16(jpeg, i + 2, true);
				if (length < 2 || i + 2 + length > jpeg.length) {
					break;
				}
				if (marker == 0xE1 && length >= 16
						&& "Exif".equals(new String(jpeg, i + 4, 4, java.nio.charset.StandardCharsets.US_ASCII))
						&& jpeg[i + 8] == 0 && jpeg[i + 9] == 0) {
					int found = fromTiff(jpeg, i + 10, i + 2 + length);
					if (found != 0) {
						return found;
					}
				}
				i += 2 + length;
			}
			return 1;
		}

		private static int fromTiff(byte[] b, int tiff, int end) {
			if (tiff + 8 > end) {
				return 0;
			}
			boolean bigEndian;
			if (b[tiff] == 'M' && b[tiff + 1] == 'M') {
				bigEndian = true;
			}
			else if (b[tiff] == 'I' && b[tiff + 1] == 'I') {
				bigEndian = false;
			}
			else {
				return 0;
			}
			long ifd = u32(b, tiff + 4, bigEndian);
			if (ifd < 8 || tiff + ifd + 2 > end) {
				return 0;
			}
			int at = (int) (tiff + ifd);
			int entries = u16(b, at, bigEndian);
			for (int n = 0; n < entries; n++) {
				int entry = at + 2 + n * 12;
				if (entry + 12 > end) {
					return 0;
				}
				if (u16(b, entry, bigEndian) == 0x0112) {
					int value = u16(b, entry + 8, bigEndian);
					return value >= 1 && value <= 8 ? value : 0;
				}
			}
			return 0;
		}

		private static int u16(byte[] b, int at, boolean bigEndian) {
			int first = b[at] & 0xFF;
			int second = b[at + 1] & 0xFF;
			return bigEndian ? (first << 8) | second : (second << 8) | first;
		}

		private static long u32(byte[] b, int at, boolean bigEndian) {
			long high = u16(b, bigEndian ? at : at + 2, bigEndian);
			long low = u16(b, bigEndian ? at + 2 : at, bigEndian);
			return (high << 16) | low;
		}

	}

}
