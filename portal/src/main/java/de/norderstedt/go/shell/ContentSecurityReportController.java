package de.norderstedt.go.shell;

import java.net.URI;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * Receives the violation reports of our Content Security Policy ({@code report-uri}; the
 * body is {@code application/csp-report}, or a Reporting API list), logs each without
 * query strings (a page address may carry a code) and publishes it as a
 * {@link ContentSecurityViolation}. A report is no proof of an attack (browser extensions
 * cause them too), so nothing else happens.
 */
@RestController
class ContentSecurityReportController {

	private static final Logger log = LoggerFactory.getLogger(ContentSecurityReportController.class);

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** A report is a few hundred bytes; more is not a report. */
	private static final int MAX_REPORT_CHARS = 16_384;

	private final ApplicationEventPublisher events;

	ContentSecurityReportController(ApplicationEventPublisher events) {
		this.events = events;
	}

	@PostMapping(SecurityHeaders.REPORT_PATH)
	ResponseEntity<Void> report(@RequestBody(required = false) String body) {
		if (body == null || body.length() > MAX_REPORT_CHARS) {
			return ResponseEntity.badRequest().build();
		}
		JsonNode root;
		try {
			root = JSON.readTree(body);
		}
		catch (JacksonException ex) {
			return ResponseEntity.badRequest().build();
		}
		if (root.has("csp-report")) {
			report(root.get("csp-report"), "effective-directive", "violated-directive", "blocked-uri", "document-uri");
		}
		else if (root.isArray()) {
			for (JsonNode entry : root) {
				if ("csp-violation".equals(entry.path("type").asString(""))) {
					report(entry.path("body"), "effectiveDirective", "effectiveDirective", "blockedURL", "documentURL");
				}
			}
		}
		return ResponseEntity.noContent().build();
	}

	private void report(JsonNode report, String directive, String fallbackDirective, String blocked, String document) {
		String directiveValue = report.path(directive).asString("");
		if (directiveValue.isEmpty()) {
			directiveValue = report.path(fallbackDirective).asString("");
		}
		ContentSecurityViolation violation = new ContentSecurityViolation(shorten(directiveValue),
				withoutQuery(report.path(blocked).asString("")), pathOf(report.path(document).asString("")));
		log.warn("Content Security Policy violation on page {}: {} blocked {}", violation.page(), violation.directive(),
				violation.blocked());
		this.events.publishEvent(violation);
	}

	private static String withoutQuery(String address) {
		int end = address.length();
		for (char stop : new char[] { '?', '#' }) {
			int at = address.indexOf(stop);
			if (at >= 0) {
				end = Math.min(end, at);
			}
		}
		return shorten(address.substring(0, end));
	}

	private static String pathOf(String address) {
		try {
			String path = URI.create(withoutQuery(address)).getPath();
			return path == null ? "" : shorten(path);
		}
		catch (IllegalArgumentException ex) {
			return "";
		}
	}

	private static String shorten(String text) {
		String printable = text.replaceAll("[^\\p{Print}]", "");
		return printable.length() > 200 ? printable.substring(0, 200) : printable;
	}

}
