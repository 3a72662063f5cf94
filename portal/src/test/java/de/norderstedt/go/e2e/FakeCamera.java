package de.norderstedt.go.e2e;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

import de.norderstedt.go.qr.QrCodes;

/**
 * A video for Chromium's fake camera ({@code --use-file-for-fake-video-capture}): a QR
 * code held in front of a grey background, as a Y4M file (planar YUV 4:2:0).
 */
final class FakeCamera {

	private static final int WIDTH = 640;

	private static final int HEIGHT = 480;

	private static final int FRAMES = 10;

	private FakeCamera() {
	}

	/** Writes a video showing a QR code of the text and returns its path. */
	static Path showing(String text) {
		BufferedImage frame = new BufferedImage(WIDTH, HEIGHT, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = frame.createGraphics();
		g.setColor(new Color(0x90, 0x90, 0x90));
		g.fillRect(0, 0, WIDTH, HEIGHT);
		BufferedImage code = QrCodes.image(text, 8);
		int size = 340;
		g.drawImage(code, (WIDTH - size) / 2, (HEIGHT - size) / 2, size, size, null);
		g.dispose();
		try {
			Path file = Files.createTempFile("fake-camera-", ".y4m");
			file.toFile().deleteOnExit();
			try (OutputStream out = Files.newOutputStream(file)) {
				out.write(("YUV4MPEG2 W" + WIDTH + " H" + HEIGHT + " F10:1 Ip A1:1 C420jpeg\n")
					.getBytes(StandardCharsets.US_ASCII));
				byte[] planes = yuv420(frame);
				for (int i = 0; i < FRAMES; i++) {
					out.write("FRAME\n".getBytes(StandardCharsets.US_ASCII));
					out.write(planes);
				}
			}
			return file;
		}
		catch (IOException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Luma from the picture; the chroma planes neutral (a grey picture). */
	private static byte[] yuv420(BufferedImage image) {
		int lumaSize = WIDTH * HEIGHT;
		byte[] planes = new byte[lumaSize + 2 * (WIDTH / 2) * (HEIGHT / 2)];
		for (int y = 0; y < HEIGHT; y++) {
			for (int x = 0; x < WIDTH; x++) {
				int rgb = image.getRGB(x, y);
				int r = (rgb >> 16) & 0xFF;
				int gr = (rgb >> 8) & 0xFF;
				int b = rgb & 0xFF;
				planes[y * WIDTH + x] = (byte) Math.round(0.299 * r + 0.587 * gr + 0.114 * b);
			}
		}
		for (int i = lumaSize; i < planes.length; i++) {
			planes[i] = (byte) 128;
		}
		return planes;
	}

}
