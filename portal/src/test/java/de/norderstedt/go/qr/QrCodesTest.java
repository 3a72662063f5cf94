package de.norderstedt.go.qr;

import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class QrCodesTest {

	@Test
	void a_code_made_here_is_read_back_from_a_blurry_camera_like_jpeg() throws IOException {
		String text = "NGO1.de.200.CA.SLOW.abcdefghijklmnopqrstuv";
		BufferedImage code = QrCodes.image(text, 6);
		// like a camera frame: the code small in a grey picture, JPEG-compressed
		BufferedImage frame = new BufferedImage(800, 600, BufferedImage.TYPE_INT_RGB);
		Graphics2D g = frame.createGraphics();
		g.setColor(new java.awt.Color(0x80, 0x80, 0x80));
		g.fillRect(0, 0, 800, 600);
		g.drawImage(code, 250, 150, 260, 260, null);
		g.dispose();
		ByteArrayOutputStream jpeg = new ByteArrayOutputStream();
		ImageIO.write(frame, "jpeg", jpeg);

		assertThat(QrCodes.read(jpeg.toByteArray())).contains(text);
	}

	@Test
	void every_code_made_here_is_found_by_the_detector() {
		// ZXing's detector misses a few percent of codes by their pattern alone (seen
		// with Chromium's fake camera); QrCodes picks another mask for those
		java.util.Random random = new java.util.Random(1);
		String alphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-";
		for (int i = 0; i < 300; i++) {
			StringBuilder signature = new StringBuilder();
			for (int k = 0; k < 22; k++) {
				signature.append(alphabet.charAt(random.nextInt(alphabet.length())));
			}
			String text = "NGO1.de.150.C.SLOW." + signature;
			assertThat(QrCodes.read(QrCodes.image(text, 8))).as(text).contains(text);
		}
		assertThat(QrCodes.read(QrCodes.image("Grüße aus Norderstedt", 8))).contains("Grüße aus Norderstedt");
	}

	@Test
	void the_svg_is_one_path_of_black_modules_on_white() {
		String svg = QrCodes.svg("https://go.norderstedt.de/weiter/abc");
		assertThat(svg).startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\" viewBox=\"0 0 ");
		assertThat(svg).contains("fill=\"#fff\"").contains("fill=\"#000\"");
		assertThat(svg.split("<path").length).isEqualTo(2);
	}

	@Test
	void pictures_without_a_code_or_no_picture_at_all_give_nothing() throws IOException {
		BufferedImage empty = new BufferedImage(320, 240, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream png = new ByteArrayOutputStream();
		ImageIO.write(empty, "png", png);
		assertThat(QrCodes.read(png.toByteArray())).isEmpty();
		assertThat(QrCodes.read(new byte[] { 1, 2, 3 })).isEmpty();
		assertThat(QrCodes.read(new byte[0])).isEmpty();
		assertThat(QrCodes.read(new byte[QrCodes.MAX_IMAGE_BYTES + 1])).isEmpty();
	}

}
