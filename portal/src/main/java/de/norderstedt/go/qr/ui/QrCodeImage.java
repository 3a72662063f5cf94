package de.norderstedt.go.qr.ui;

import java.nio.charset.StandardCharsets;
import java.util.Base64;

import de.norderstedt.go.qr.QrCodes;

import com.vaadin.flow.component.html.Image;

/** A QR code as a crisp SVG picture with a text alternative. */
public class QrCodeImage extends Image {

	public QrCodeImage() {
		addClassName("qr-code");
	}

	/**
	 * Shows a QR code of the text, described by {@code alt} for people who cannot see it.
	 */
	public void show(String text, String alt) {
		String svg = QrCodes.svg(text);
		setSrc("data:image/svg+xml;base64," + Base64.getEncoder().encodeToString(svg.getBytes(StandardCharsets.UTF_8)));
		setAlt(alt);
	}

}
