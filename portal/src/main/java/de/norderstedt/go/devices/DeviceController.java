package de.norderstedt.go.devices;

import java.time.Duration;
import java.util.Optional;

import jakarta.servlet.http.HttpServletRequest;
import org.jspecify.annotations.Nullable;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.CookieValue;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The two requests a device makes outside the UI: opening its enrollment link once, and
 * its heartbeat while the kiosk screen is shown.
 */
@RestController
class DeviceController {

	static final String NOT_ENROLLED_PAGE = "/geraet-nicht-angemeldet";

	private final DeviceService devices;

	DeviceController(DeviceService devices) {
		this.devices = devices;
	}

	@GetMapping("/geraete/anmelden")
	ResponseEntity<Void> enroll(@RequestParam(defaultValue = "") String code, HttpServletRequest request) {
		Optional<String> credential = this.devices.redeem(code);
		if (credential.isEmpty()) {
			return redirect(request, NOT_ENROLLED_PAGE + "?code=ungueltig").build();
		}
		// Not personal data: it identifies the screen, and survives the wipe after each
		// visitor.
		ResponseCookie cookie = ResponseCookie.from(DeviceService.CREDENTIAL_COOKIE, credential.get())
			.httpOnly(true)
			.secure(request.isSecure())
			.sameSite("Lax")
			.path("/")
			.maxAge(Duration.ofDays(3650))
			.build();
		return redirect(request, "/kiosk").header(HttpHeaders.SET_COOKIE, cookie.toString()).build();
	}

	@PostMapping("/geraete/lebenszeichen")
	ResponseEntity<Void> heartbeat(
			@CookieValue(name = DeviceService.CREDENTIAL_COOKIE, required = false) @Nullable String credential) {
		boolean known = credential != null && this.devices.authenticate(credential).isPresent();
		return ResponseEntity.status(known ? HttpStatus.NO_CONTENT : HttpStatus.UNAUTHORIZED).build();
	}

	private static ResponseEntity.HeadersBuilder<?> redirect(HttpServletRequest request, String path) {
		return ResponseEntity.status(HttpStatus.SEE_OTHER)
			.header(HttpHeaders.LOCATION, request.getContextPath() + path);
	}

}
