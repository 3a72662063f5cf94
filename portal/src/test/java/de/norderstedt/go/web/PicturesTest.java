package de.norderstedt.go.web;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class PicturesTest {

	@Test
	void a_jpeg_with_a_gps_position_comes_out_as_its_pixels_without_any_exif() throws IOException {
		byte[] photo = TestPictures.jpegWithGps(1);
		assertThat(TestPictures.hasApp1(photo)).isTrue();
		assertThat(Pictures.Exif.orientation(photo)).isEqualTo(1);

		Pictures.Clean clean = Pictures.clean(photo, 1_000_000);

		assertThat(clean.type()).isEqualTo("image/jpeg");
		assertThat(TestPictures.hasApp1(clean.data())).isFalse();
		assertThat(TestPictures.contains(clean.data(), "Exif")).isFalse();
		BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(clean.data()));
		assertThat(decoded.getWidth()).isEqualTo(120);
		assertThat(decoded.getHeight()).isEqualTo(80);
		// still the same picture: red on the left, blue on the right
		assertThat(new java.awt.Color(decoded.getRGB(5, 40)).getRed()).isGreaterThan(200);
		assertThat(new java.awt.Color(decoded.getRGB(115, 40)).getBlue()).isGreaterThan(200);
	}

	@Test
	void a_photo_taken_upright_is_turned_as_its_orientation_said_before_that_is_dropped() {
		Pictures.Clean clean = Pictures.clean(TestPictures.jpegWithGps(6), 1_000_000);
		assertThat(clean.width()).isEqualTo(80);
		assertThat(clean.height()).isEqualTo(120);
		assertThat(TestPictures.hasApp1(clean.data())).isFalse();
	}

	@Test
	void the_type_is_what_the_bytes_decode_as() {
		byte[] png = TestPictures.encode(TestPictures.stripes(40, 30), "png");
		assertThat(Pictures.clean(png, 10_000).type()).isEqualTo("image/png");
		assertThat(Pictures.header(png)).get().isEqualTo(new Pictures.Header("image/png", 40, 30));
	}

	@Test
	void a_png_header_on_something_else_is_no_picture() {
		byte[] fake = TestPictures.pngHeaderOnText();
		assertThat(Pictures.typeOf(fake)).hasValue("image/png");
		assertThat(Pictures.header(fake)).isEmpty();
		assertThatThrownBy(() -> Pictures.clean(fake, 1_000_000)).isInstanceOfSatisfying(Pictures.UnusablePicture.class,
				unusable -> assertThat(unusable.problem()).isEqualTo(Pictures.Problem.NOT_A_PICTURE));
		assertThatThrownBy(() -> Pictures.clean("GIF89a".getBytes(), 1_000_000))
			.isInstanceOf(Pictures.UnusablePicture.class);
		assertThatThrownBy(() -> Pictures.clean(new byte[0], 1_000_000)).isInstanceOf(Pictures.UnusablePicture.class);
	}

	@Test
	void a_picture_declaring_more_pixels_than_allowed_is_refused_from_its_header_alone() {
		// 50,000 × 50,000 pixels would take 10 GB once decoded; the file has 70 bytes
		byte[] bomb = TestPictures.pngDeclaring(50_000, 50_000);
		assertThat(bomb.length).isLessThan(100);
		assertThat(Pictures.header(bomb)).get().extracting(Pictures.Header::pixels).isEqualTo(2_500_000_000L);
		assertThatThrownBy(() -> Pictures.clean(bomb, 40_000_000)).isInstanceOfSatisfying(
				Pictures.UnusablePicture.class,
				unusable -> assertThat(unusable.problem()).isEqualTo(Pictures.Problem.TOO_MANY_PIXELS));
		byte[] small = TestPictures.encode(TestPictures.stripes(100, 100), "png");
		assertThatThrownBy(() -> Pictures.clean(small, 9_999)).isInstanceOf(Pictures.UnusablePicture.class);
		assertThat(Pictures.clean(small, 10_000).width()).isEqualTo(100);
	}

	@Test
	void exif_that_is_cut_short_or_odd_means_upright() {
		byte[] photo = TestPictures.jpegWithGps(6);
		byte[] cut = java.util.Arrays.copyOf(photo, 30);
		assertThat(Pictures.Exif.orientation(cut)).isEqualTo(1);
		assertThat(Pictures.Exif.orientation(TestPictures.jpegWithGps(9))).isEqualTo(1);
		assertThat(Pictures.Exif.orientation(new byte[] { (byte) 0xFF, (byte) 0xD8 })).isEqualTo(1);
	}

}
