package de.norderstedt.go.privacy;

import java.util.Locale;

import de.norderstedt.go.web.Texts;
import jakarta.servlet.http.HttpServletResponse;
import org.jspecify.annotations.Nullable;

import org.springframework.http.HttpHeaders;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/**
 * The signed-in person's copy of their data as a file: JSON for a computer, PDF to print.
 * Nobody else's: the service reads the account of the request. Never kept by a cache.
 */
@RestController
class MyDataController {

	static final String JSON_PATH = "/meine-daten/daten.json";

	static final String PDF_PATH = "/meine-daten/daten.pdf";

	private final MyDataService data;

	MyDataController(MyDataService data) {
		this.data = data;
	}

	@GetMapping(JSON_PATH)
	void json(HttpServletResponse response) throws java.io.IOException {
		byte[] body = this.data.json();
		send(response, "application/json", "norderstedt-go-meine-daten.json", body);
	}

	@GetMapping(PDF_PATH)
	void pdf(@RequestParam(name = "sprache", required = false) @Nullable String language, HttpServletResponse response)
			throws java.io.IOException {
		Locale locale = "en".equals(language) ? Locale.ENGLISH : Locale.GERMAN;
		byte[] body = this.data.pdf(locale);
		send(response, "application/pdf", Texts.get("privacy.mine.pdf-file", locale), body);
	}

	private static void send(HttpServletResponse response, String type, String file, byte[] body)
			throws java.io.IOException {
		response.setContentType(type);
		response.setHeader(HttpHeaders.CONTENT_DISPOSITION, "attachment; filename=\"" + file + "\"");
		// personal: neither a shared cache nor the browser's keeps it
		response.setHeader(HttpHeaders.CACHE_CONTROL, "no-store");
		response.setContentLength(body.length);
		response.getOutputStream().write(body);
	}

}
