package de.norderstedt.go.web;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.zip.CRC32;

import javax.imageio.ImageIO;

/** Pictures for tests, made here byte by byte where a camera would add metadata. */
public final class TestPictures {

	/** The latitude written into {@link #jpegWithGps}: 53° 42' 12.34" N (Norderstedt). */
	public static final int[] LATITUDE = { 53, 1, 42, 1, 1234, 100 };

	private TestPictures() {
	}

	/**
	 * A JPEG (wider than high: 120 × 80) with an EXIF block as a phone writes it: an
	 * orientation and a GPS position.
	 */
	public static byte[] jpegWithGps(int orientation) {
		byte[] plain = encode(stripes(120, 80), "jpg");
		ByteBuffer tiff = ByteBuffer.allocate(92);
		tiff.put((byte) 'M').put((byte) 'M').putShort((short) 42).putInt(8);
		// IFD0: orientation and where the GPS block is
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0112).putShort((short) 3).putInt(1).putShort((short) orientation).putShort((short) 0);
		tiff.putShort((short) 0x8825).putShort((short) 4).putInt(1).putInt(38);
		tiff.putInt(0);
		// the GPS block: north, and the latitude as three fractions
		tiff.putShort((short) 2);
		tiff.putShort((short) 0x0001).putShort((short) 2).putInt(2).put((byte) 'N').put((byte) 0).putShort((short) 0);
		tiff.putShort((short) 0x0002).putShort((short) 5).putInt(3).putInt(68);
		tiff.putInt(0);
		for (int part : LATITUDE) {
			tiff.putInt(part);
		}
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(plain, 0, 2);
		int length = 2 + 6 + tiff.capacity();
		out.write(0xFF);
		out.write(0xE1);
		out.write(length >> 8);
		out.write(length & 0xFF);
		out.writeBytes("Exif\0\0".getBytes(StandardCharsets.US_ASCII));
		out.writeBytes(tiff.array());
		out.write(plain, 2, plain.length - 2);
		return out.toByteArray();
	}

	/** The first bytes of a PNG and then text: no picture. */
	public static byte[] pngHeaderOnText() {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		out.writeBytes("<html><script>alert(1)</script></html>".getBytes(StandardCharsets.US_ASCII));
		return out.toByteArray();
	}

	/**
	 * A PNG whose header declares the size given and whose pixel data is a few bytes: a
	 * decompression bomb's first bytes.
	 */
	public static byte[] pngDeclaring(int width, int height) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.writeBytes(new byte[] { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n' });
		ByteBuffer ihdr = ByteBuffer.allocate(13).putInt(width).putInt(height);
		ihdr.put((byte) 8).put((byte) 2).put((byte) 0).put((byte) 0).put((byte) 0);
		chunk(out, "IHDR", ihdr.array());
		chunk(out, "IDAT", new byte[] { 0x78, (byte) 0x9C, 0x03, 0x00, 0x00, 0x00, 0x00, 0x01 });
		chunk(out, "IEND", new byte[0]);
		return out.toByteArray();
	}

	/** Coloured stripes of the size given. */
	public static BufferedImage stripes(int width, int height) {
		BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = image.createGraphics();
		Color[] colours = { Color.RED, Color.ORANGE, Color.YELLOW, Color.GREEN, Color.BLUE };
		for (int i = 0; i < colours.length; i++) {
			g.setColor(colours[i]);
			g.fillRect(i * width / colours.length, 0, width / colours.length + 1, height);
		}
		g.dispose();
		return image;
	}

	static byte[] encode(BufferedImage image, String format) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			ImageIO.write(image, format, out);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
		return out.toByteArray();
	}

	/** Whether a JPEG has an APP1 segment (where EXIF and XMP live) before its pixels. */
	public static boolean hasApp1(byte[] jpeg) {
		int i = 2;
		while (i + 4 <= jpeg.length && (jpeg[i] & 0xFF) == 0xFF) {
			int marker = jpeg[i + 1] & 0xFF;
			if (marker == 0xE1) {
				return true;
			}
			if (marker == 0xDA) {
				return false;
			}
			i += 2 + (((jpeg[i + 2] & 0xFF) << 8) | (jpeg[i + 3] & 0xFF));
		}
		return false;
	}

	/** Whether the bytes contain the ASCII text anywhere. */
	public static boolean contains(byte[] bytes, String ascii) {
		return new String(bytes, StandardCharsets.ISO_8859_1).contains(ascii);
	}

	private static void chunk(ByteArrayOutputStream out, String type, byte[] data) {
		out.writeBytes(ByteBuffer.allocate(4).putInt(data.length).array());
		byte[] name = type.getBytes(StandardCharsets.US_ASCII);
		out.writeBytes(name);
		out.writeBytes(data);
		CRC32 crc = new CRC32();
		crc.update(name);
		crc.update(data);
		out.writeBytes(ByteBuffer.allocate(4).putInt((int) crc.getValue()).array());
	}

}
