package de.norderstedt.go.qr.ui;

import java.util.Base64;
import java.util.Optional;
import java.util.function.Consumer;

import de.norderstedt.go.qr.QrCodes;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.ClientCallable;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.dom.Element;

/**
 * Reads a QR code with the device camera: the browser shows the camera picture and sends
 * a frame a few times a second, the server reads it with ZXing. Every kiosk scans the
 * same way, whatever its browser supports.
 */
public class QrScanner extends Div {

	private static final String DENIED = "NotAllowedError";

	private final Element video = new Element("video");

	private final LiveRegion status = LiveRegion.status();

	private final Consumer<String> onCode;

	private String unavailableKey = "qr.scanner.no-camera";

	private String deniedKey = "qr.scanner.denied";

	private boolean scanning;

	/**
	 * @param onCode receives the text of the first QR code seen; the scanner stops then
	 */
	public QrScanner(Consumer<String> onCode) {
		this.onCode = onCode;
		addClassName("qr-scanner");
		this.video.setAttribute("muted", "");
		this.video.setAttribute("playsinline", "");
		this.video.setAttribute("aria-hidden", "true");
		getElement().appendChild(this.video);
		this.status.addClassName("qr-scanner-status");
		add(this.status);
	}

	/**
	 * The texts shown when there is no camera or it may not be used, for screens that
	 * offer another way (keys of UI texts).
	 */
	public QrScanner withoutCameraSay(String unavailableKey, String deniedKey) {
		this.unavailableKey = unavailableKey;
		this.deniedKey = deniedKey;
		return this;
	}

	/** Starts the camera (again). */
	public void start() {
		this.scanning = true;
		this.video.removeAttribute("hidden");
		this.status.setText(getTranslation("qr.scanner.starting"));
		getElement().executeJs("window.goQrScanner.start(this, $0)", this.video);
	}

	public void stop() {
		this.scanning = false;
		getElement().executeJs("window.goQrScanner && window.goQrScanner.stop(this)");
	}

	@Override
	protected void onAttach(AttachEvent event) {
		event.getUI().getPage().addJavaScript("context://scripts/qr-scanner.js");
		start();
	}

	@Override
	protected void onDetach(DetachEvent event) {
		this.scanning = false;
	}

	@ClientCallable
	private void cameraStarted() {
		this.status.setText(getTranslation("qr.scanner.hold"));
	}

	@ClientCallable
	private void cameraFailed(String reason) {
		this.scanning = false;
		// no black box where no picture will come
		this.video.setAttribute("hidden", true);
		// the browser names a refused permission NotAllowedError
		boolean refused = DENIED.equals(reason);
		this.status.setText(getTranslation(refused ? this.deniedKey : this.unavailableKey));
	}

	/**
	 * One camera frame as a data URL; answers whether the browser should stop sending.
	 */
	@ClientCallable
	private boolean frame(String dataUrl) {
		if (!this.scanning) {
			return true;
		}
		Optional<String> code = decode(dataUrl);
		if (code.isEmpty()) {
			return false;
		}
		this.scanning = false;
		this.onCode.accept(code.get());
		return true;
	}

	static Optional<String> decode(String dataUrl) {
		int comma = dataUrl.indexOf(',');
		if (!dataUrl.startsWith("data:image/") || comma < 0
				|| dataUrl.length() > QrCodes.MAX_IMAGE_BYTES * 4 / 3 + 100) {
			return Optional.empty();
		}
		try {
			return QrCodes.read(Base64.getDecoder().decode(dataUrl.substring(comma + 1)));
		}
		catch (IllegalArgumentException ex) {
			return Optional.empty();
		}
	}

}
