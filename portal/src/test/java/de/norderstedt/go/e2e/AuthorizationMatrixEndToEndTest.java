package de.norderstedt.go.e2e;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;

import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.web.Texts;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.web.context.WebApplicationContext;
import org.springframework.web.method.HandlerMethod;
import org.springframework.core.io.Resource;
import org.springframework.web.servlet.function.HandlerFunction;
import org.springframework.web.servlet.function.RequestPredicate;
import org.springframework.web.servlet.function.RouterFunction;
import org.springframework.web.servlet.function.RouterFunctions;
import org.springframework.web.servlet.function.ServerRequest;
import org.springframework.web.servlet.function.support.RouterFunctionMapping;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import com.microsoft.playwright.APIResponse;
import com.microsoft.playwright.Browser;
import com.microsoft.playwright.BrowserContext;
import com.microsoft.playwright.options.RequestOptions;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.router.RouteData;
import com.vaadin.flow.server.VaadinServletContext;
import com.vaadin.flow.server.startup.ApplicationRouteRegistry;

import static org.assertj.core.api.Assertions.fail;

/**
 * Who gets what from every address the portal answers: every route of Vaadin's route
 * registry and every Spring MVC endpoint of ours, for anonymous visitors, a resident,
 * each staff role and an enrolled kiosk device, over real HTTP with real sign-ins (the
 * staff roles with their passkey as second factor). A page is loaded as a browser loads
 * it (a GET for HTML, no redirect followed); what comes back is the HTTP status, where it
 * redirects to, and for a 200 whether it is the sign-in page or the "device not enrolled"
 * page instead of the page asked for.
 * <p>
 * The table below is the expected outcome. A route or endpoint without a row fails the
 * test, and so does a row without a route: adding a page means deciding who may see it.
 * When the table and the portal disagree, the failure lists the differences and the
 * portal's whole table in this file's notation.
 */
class AuthorizationMatrixEndToEndTest extends EndToEndTest {

	/** Who asks, in the order of the table's columns. */
	enum Who {

		ANONYMOUS, RESIDENT, TRAINER, MODERATOR, EDITOR, LOCKER_STAFF, ADMIN, DEVICE

	}

	/**
	 * What comes back: {@code 200} the page, {@code 403} refused with the access-denied
	 * page, {@code 404} not found (the sample id does not exist), {@code login} the
	 * sign-in page shown instead, {@code device} the "not enrolled" page shown instead,
	 * {@code NNN>/path} a redirect.
	 */
	private static final Map<String, Row> TABLE = table(
	// @formatter:off
		// route or endpoint, the request,
		//	anonymous, resident, trainer, moderator, editor, locker staff, admin, kiosk device
		"/", "GET /",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/admin/arbeitskreise", "GET /admin/arbeitskreise",
			"302>/anmelden", "403", "403", "403", "403", "403", "200", "302>/anmelden",
		"/admin/geraete", "GET /admin/geraete",
			"302>/anmelden", "403", "403", "403", "403", "403", "200", "302>/anmelden",
		"/admin/konten", "GET /admin/konten",
			"302>/anmelden", "403", "403", "403", "403", "403", "200", "302>/anmelden",
		"/admin/konten/:id([0-9]{1,18})", "GET /admin/konten/999999999",
			"302>/anmelden", "403", "403", "403", "403", "403", "200", "302>/anmelden",
		"/admin/konten/:id/loeschen", "GET /admin/konten/999999999/loeschen",
			"302>/anmelden", "403", "403", "403", "403", "403", "200", "302>/anmelden",
		"/admin/orte", "GET /admin/orte",
			"302>/anmelden", "403", "403", "403", "403", "403", "200", "302>/anmelden",
		"/admin/postausgang/:id?([0-9]{1,18})", "GET /admin/postausgang",
			"302>/anmelden", "403", "403", "403", "403", "403", "200", "302>/anmelden",
		"/admin/protokoll", "GET /admin/protokoll",
			"302>/anmelden", "403", "403", "403", "403", "403", "200", "302>/anmelden",
		"/admin/rueckmeldungen", "GET /admin/rueckmeldungen",
			"302>/anmelden", "403", "403", "403", "403", "403", "200", "302>/anmelden",
		"/admin/themen", "GET /admin/themen",
			"302>/anmelden", "403", "403", "403", "403", "403", "200", "302>/anmelden",
		"/als-app-installieren", "GET /als-app-installieren",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/anmelden", "GET /anmelden",
			"login", "200", "200", "200", "200", "200", "200", "login",
		"/anmelden/zweiter-schritt", "GET /anmelden/zweiter-schritt",
			"302>/anmelden", "200", "200", "200", "200", "200", "200", "302>/anmelden",
		"/barrierefreiheit", "GET /barrierefreiheit",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/benachrichtigungen", "GET /benachrichtigungen",
			"302>/anmelden", "200", "200", "200", "200", "200", "200", "302>/anmelden",
		"/buchung", "GET /buchung",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/datenschutz", "GET /datenschutz",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/e-mail/abmelden/:token", "GET /e-mail/abmelden/unbekannt",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/e-mail/bestaetigen/:token", "GET /e-mail/bestaetigen/unbekannt",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/einladung/:token", "GET /einladung/unbekannt",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/einrichten/:token", "GET /einrichten/unbekannt",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/einstellungen/benachrichtigungen", "GET /einstellungen/benachrichtigungen",
			"302>/anmelden", "200", "200", "200", "200", "200", "200", "302>/anmelden",
		"/einstellungskarte", "GET /einstellungskarte",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/geraet-nicht-angemeldet", "GET /geraet-nicht-angemeldet",
			"device", "device", "device", "device", "device", "device", "device", "device",
		"/ideen", "GET /ideen",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/ideen/:id", "GET /ideen/999999999",
			"404", "404", "404", "404", "404", "404", "404", "404",
		"/ideen/arbeitskreis", "GET /ideen/arbeitskreis",
			"302>/anmelden", "404", "404", "200", "404", "404", "200", "302>/anmelden",
		"/ideen/arbeitskreis/:id", "GET /ideen/arbeitskreis/999999999",
			"302>/anmelden", "404", "404", "404", "404", "404", "404", "302>/anmelden",
		"/ideen/beleg", "GET /ideen/beleg",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/ideen/entscheidungen/:id?", "GET /ideen/entscheidungen",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/ideen/meine/:id", "GET /ideen/meine/999999999",
			"302>/anmelden", "404", "404", "404", "404", "404", "404", "302>/anmelden",
		"/ideen/neu", "GET /ideen/neu",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/ideen/projektbuero", "GET /ideen/projektbuero",
			"302>/anmelden", "404", "404", "404", "404", "404", "200", "302>/anmelden",
		"/ideen/projektbuero/:id", "GET /ideen/projektbuero/999999999",
			"302>/anmelden", "404", "404", "404", "404", "404", "404", "302>/anmelden",
		"/ideen/projektbuero/neu/:idea", "GET /ideen/projektbuero/neu/999999999",
			"302>/anmelden", "404", "404", "404", "404", "404", "404", "302>/anmelden",
		"/ideen/projekte", "GET /ideen/projekte",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/ideen/projekte/:id", "GET /ideen/projekte/999999999",
			"404", "404", "404", "404", "404", "404", "404", "404",
		"/ideen/pruefen", "GET /ideen/pruefen",
			"302>/anmelden", "403", "403", "200", "403", "403", "200", "302>/anmelden",
		"/ideen/pruefen/:id", "GET /ideen/pruefen/999999999",
			"302>/anmelden", "403", "403", "404", "403", "403", "404", "302>/anmelden",
		"/ideen/runden", "GET /ideen/runden",
			"302>/anmelden", "200", "200", "200", "200", "200", "200", "302>/anmelden",
		"/ideen/runden/:id", "GET /ideen/runden/999999999",
			"302>/anmelden", "404", "404", "404", "404", "404", "404", "302>/anmelden",
		"/ideen/runden/:round/bewerten/:idea", "GET /ideen/runden/999999999/bewerten/999999999",
			"302>/anmelden", "404", "404", "404", "404", "404", "404", "302>/anmelden",
		"/ideen/trendradar", "GET /ideen/trendradar",
			"302>/anmelden", "403", "403", "200", "403", "403", "200", "302>/anmelden",
		"/ideen/uebersicht", "GET /ideen/uebersicht",
			"302>/anmelden", "403", "403", "200", "403", "403", "200", "302>/anmelden",
		"/ideen/werkstaetten", "GET /ideen/werkstaetten",
			"302>/anmelden", "403", "403", "200", "403", "403", "200", "302>/anmelden",
		"/ideen/werkstaetten/:id", "GET /ideen/werkstaetten/999999999",
			"302>/anmelden", "403", "403", "404", "403", "403", "404", "302>/anmelden",
		"/impressum", "GET /impressum",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/kiosk/datenschutz", "GET /kiosk/datenschutz",
			"403", "403", "403", "403", "403", "403", "403", "200",
		"/kiosk/idee", "GET /kiosk/idee",
			"403", "403", "403", "403", "403", "403", "403", "200",
		"/kiosk/impressum", "GET /kiosk/impressum",
			"403", "403", "403", "403", "403", "403", "403", "200",
		"/kiosk/karte", "GET /kiosk/karte",
			"403", "403", "403", "403", "403", "403", "403", "200",
		"/kiosk/kurse", "GET /kiosk/kurse",
			"403", "403", "403", "403", "403", "403", "403", "200",
		"/kiosk/lernen", "GET /kiosk/lernen",
			"403", "403", "403", "403", "403", "403", "403", "200",
		"/kiosk/lernen/:slug/:step?", "GET /kiosk/lernen/unbekannt",
			"403", "403", "403", "403", "403", "403", "403", "404",
		"/kiosk/lernen/fortsetzen", "GET /kiosk/lernen/fortsetzen",
			"403", "403", "403", "403", "403", "403", "403", "200",
		"/kiosk/locker", "GET /kiosk/locker",
			"403", "403", "403", "403", "403", "403", "403", "200",
		"/kiosk/neuigkeiten/:id([0-9]{1,18})", "GET /kiosk/neuigkeiten/999999999",
			"403", "403", "403", "403", "403", "403", "403", "200",
		"/kiosk/rueckmeldung", "GET /kiosk/rueckmeldung",
			"403", "403", "403", "403", "403", "403", "403", "200",
		"/kiosk/start", "GET /kiosk/start",
			"403", "403", "403", "403", "403", "403", "403", "200",
		"/konto", "GET /konto",
			"302>/anmelden", "200", "200", "200", "200", "200", "200", "302>/anmelden",
		"/konto-geloescht", "GET /konto-geloescht",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/konto/passkeys", "GET /konto/passkeys",
			"302>/anmelden", "200", "200", "200", "200", "200", "200", "302>/anmelden",
		"/kurse", "GET /kurse",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/kurse/:courseId([0-9]{1,18})", "GET /kurse/999999999",
			"404", "404", "404", "404", "404", "404", "404", "404",
		"/kurse/buchen/:dateId([0-9]{1,18})", "GET /kurse/buchen/999999999",
			"404", "404", "404", "404", "404", "404", "404", "404",
		"/leichte-sprache", "GET /leichte-sprache",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/lernen", "GET /lernen",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/lernen/:slug/:step?", "GET /lernen/unbekannt",
			"404", "404", "404", "404", "404", "404", "404", "404",
		"/lernen/fortsetzen", "GET /lernen/fortsetzen",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/lernen/gescannt/:token", "GET /lernen/gescannt/unbekannt",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/meine-buchungen", "GET /meine-buchungen",
			"302>/anmelden", "200", "200", "200", "200", "200", "200", "302>/anmelden",
		"/meine-daten", "GET /meine-daten",
			"302>/anmelden", "200", "200", "200", "200", "200", "200", "302>/anmelden",
		"/meine-reservierungen", "GET /meine-reservierungen",
			"302>/anmelden", "200", "200", "200", "200", "200", "200", "302>/anmelden",
		"/neuigkeiten", "GET /neuigkeiten",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/neuigkeiten/:id([0-9]{1,18})", "GET /neuigkeiten/999999999",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/neuigkeiten/einrichten", "GET /neuigkeiten/einrichten",
			"302>/anmelden", "200", "200", "200", "200", "200", "200", "302>/anmelden",
		"/redaktion", "GET /redaktion",
			"302>/anmelden", "403", "403", "403", "200", "403", "200", "302>/anmelden",
		"/redaktion/:id(neu|[0-9]{1,18})", "GET /redaktion/999999999",
			"302>/anmelden", "403", "403", "403", "200", "403", "200", "302>/anmelden",
		"/schliessfaecher", "GET /schliessfaecher",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/schliessfaecher/reservierung/:id([0-9]{1,18})", "GET /schliessfaecher/reservierung/999999999",
			"302>/anmelden", "200", "200", "200", "200", "200", "200", "302>/anmelden",
		"/schliessfaecher/ueberfaellig", "GET /schliessfaecher/ueberfaellig",
			"302>/anmelden", "403", "403", "403", "403", "200", "200", "302>/anmelden",
		"/schliessfaecher/verwaltung", "GET /schliessfaecher/verwaltung",
			"302>/anmelden", "403", "403", "403", "403", "200", "200", "302>/anmelden",
		"/schliessfaecher/verwaltung/:id([0-9]{1,18})", "GET /schliessfaecher/verwaltung/999999999",
			"302>/anmelden", "403", "403", "403", "403", "200", "200", "302>/anmelden",
		"/schliessfaecher/verwaltung/:id([0-9]{1,18})/faecher", "GET /schliessfaecher/verwaltung/999999999/faecher",
			"302>/anmelden", "403", "403", "403", "403", "200", "200", "302>/anmelden",
		"/ticket/:code([A-Za-z2-9 -]{1,20})", "GET /ticket/ABCD2345",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"/trainer", "GET /trainer",
			"302>/anmelden", "403", "200", "403", "403", "403", "200", "302>/anmelden",
		"/trainer/kurs/:courseId([0-9]{1,18})", "GET /trainer/kurs/999999999",
			"302>/anmelden", "403", "404", "403", "403", "403", "404", "302>/anmelden",
		"/trainer/kurs/neu", "GET /trainer/kurs/neu",
			"302>/anmelden", "403", "200", "403", "403", "403", "200", "302>/anmelden",
		"/trainer/lernen", "GET /trainer/lernen",
			"302>/anmelden", "403", "200", "403", "403", "403", "200", "302>/anmelden",
		"/trainer/termin/:dateId([0-9]{1,18})", "GET /trainer/termin/999999999",
			"302>/anmelden", "403", "404", "403", "403", "403", "404", "302>/anmelden",
		"/weitermachen", "GET /weitermachen",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"GET /app/kopie/neuigkeit/{id:[0-9]{1,18}}", "GET /app/kopie/neuigkeit/999999999",
			"404", "404", "404", "404", "404", "404", "404", "404",
		"GET /app/kopie/reservierung/{id:[0-9]{1,18}}", "GET /app/kopie/reservierung/999999999",
			"404", "404", "404", "404", "404", "404", "404", "404",
		"GET /app/kopie/ticket/{code}", "GET /app/kopie/ticket/ABCD2345",
			"404", "404", "404", "404", "404", "404", "404", "404",
		"GET /app/manifest.webmanifest", "GET /app/manifest.webmanifest",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"GET /app/ohne-verbindung", "GET /app/ohne-verbindung",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"GET /geraete/anmelden", "GET /geraete/anmelden",
			"303>/geraet-nicht-angemeldet?code=ungueltig", "303>/geraet-nicht-angemeldet?code=ungueltig", "303>/geraet-nicht-angemeldet?code=ungueltig", "303>/geraet-nicht-angemeldet?code=ungueltig", "303>/geraet-nicht-angemeldet?code=ungueltig", "303>/geraet-nicht-angemeldet?code=ungueltig", "303>/geraet-nicht-angemeldet?code=ungueltig", "303>/geraet-nicht-angemeldet?code=ungueltig",
		"GET /ideen/bilder/{id}", "GET /ideen/bilder/999999999",
			"404", "404", "404", "404", "404", "404", "404", "404",
		"GET /ideen/offene-daten.csv", "GET /ideen/offene-daten.csv",
			"200", "200", "200", "200", "200", "200", "200", "200",
		"GET /kiosk", "GET /kiosk",
			"303>/geraet-nicht-angemeldet", "303>/geraet-nicht-angemeldet", "303>/geraet-nicht-angemeldet", "303>/geraet-nicht-angemeldet", "303>/geraet-nicht-angemeldet", "303>/geraet-nicht-angemeldet", "303>/geraet-nicht-angemeldet", "200",
		"GET /lernen/bilder/{slug}/images/{file}", "GET /lernen/bilder/unbekannt/images/unbekannt.png",
			"404", "404", "404", "404", "404", "404", "404", "404",
		"GET /meine-daten/daten.json", "GET /meine-daten/daten.json",
			"302>/anmelden", "200", "200", "200", "200", "200", "200", "302>/anmelden",
		"GET /meine-daten/daten.pdf", "GET /meine-daten/daten.pdf",
			"302>/anmelden", "200", "200", "200", "200", "200", "200", "302>/anmelden",
		"GET /neu-verbunden", "GET /neu-verbunden",
			"303>/?neu-verbunden", "303>/?neu-verbunden", "303>/?neu-verbunden", "303>/?neu-verbunden",
			"303>/?neu-verbunden", "303>/?neu-verbunden", "303>/?neu-verbunden", "303>/?neu-verbunden",
		"GET /neuigkeiten/bilder/{id}", "GET /neuigkeiten/bilder/999999999",
			"404", "404", "404", "404", "404", "404", "404", "404",
		"GET /schliessfaecher/fotos/{itemId}", "GET /schliessfaecher/fotos/999999999",
			"404", "404", "404", "404", "404", "404", "404", "404",
		"GET /speech", "GET /speech",
			"405", "405", "405", "405", "405", "405", "405", "405",
		"GET /ticket/{code}/kalender.ics", "GET /ticket/ABCD2345/kalender.ics",
			"404", "404", "404", "404", "404", "404", "404", "404",
		"GET /weiter/{token}", "GET /weiter/unbekannt",
			"303>/weitermachen?grund=unknown", "303>/weitermachen?grund=unknown", "303>/weitermachen?grund=unknown", "303>/weitermachen?grund=unknown", "303>/weitermachen?grund=unknown", "303>/weitermachen?grund=unknown", "303>/weitermachen?grund=unknown", "303>/weitermachen?grund=unknown",
		"POST /csp-verstoss", "POST /csp-verstoss",
			"400", "400", "400", "400", "400", "400", "400", "400",
		"POST /e-mail/abmelden/{token}", "POST /e-mail/abmelden/unbekannt",
			"404", "404", "404", "404", "404", "404", "404", "404",
		"POST /geraete/lebenszeichen", "POST /geraete/lebenszeichen",
			"401", "401", "401", "401", "401", "401", "401", "204",
		"POST /kiosk/ende", "POST /kiosk/ende",
			"403", "403", "403", "403", "403", "403", "403", "204",
		"POST /speech", "POST /speech",
			"415", "415", "415", "415", "415", "415", "415", "415"
	);
	// @formatter:on

	record Row(String request, List<String> outcomes) {
	}

	private static Map<String, Row> table(String... cells) {
		Map<String, Row> rows = new LinkedHashMap<>();
		int width = 2 + Who.values().length;
		if (cells.length % width != 0) {
			throw new IllegalArgumentException("every row has " + width + " cells");
		}
		for (int i = 0; i < cells.length; i += width) {
			rows.put(cells[i], new Row(cells[i + 1], List.of(cells).subList(i + 2, i + width)));
		}
		return rows;
	}

	@Autowired
	WebApplicationContext spring;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping controllers;

	@Test
	void every_route_and_endpoint_answers_each_role_as_the_table_says() {
		Map<String, String> addresses = addresses();
		Set<String> missing = new TreeSet<>(addresses.keySet());
		missing.removeAll(TABLE.keySet());
		Set<String> stale = new TreeSet<>(TABLE.keySet());
		stale.removeAll(addresses.keySet());

		Map<Who, BrowserContext> sessions = sessions();
		Map<String, List<String>> actual = new TreeMap<>();
		List<String> differences = new ArrayList<>();
		for (Map.Entry<String, String> address : addresses.entrySet()) {
			Row row = TABLE.get(address.getKey());
			String request = row != null ? row.request() : sample(address.getValue());
			List<String> outcomes = new ArrayList<>();
			for (Who who : Who.values()) {
				String outcome = outcome(Objects.requireNonNull(sessions.get(who)), request);
				outcomes.add(outcome);
				if (row != null && !row.outcomes().get(who.ordinal()).equals(outcome)) {
					differences.add(address.getKey() + " (" + request + ") for " + who + ": expected "
							+ row.outcomes().get(who.ordinal()) + ", was " + outcome);
				}
			}
			actual.put(address.getKey(), List.of(request, String.join("|", outcomes)));
		}
		sessions.values().forEach(BrowserContext::close);
		if (!missing.isEmpty() || !stale.isEmpty() || !differences.isEmpty()) {
			fail("Routes without a row: " + missing + "\nRows without a route: " + stale + "\nDifferences:\n"
					+ String.join("\n", differences) + "\n\nThe portal's table:\n" + render(actual));
		}
	}

	/**
	 * Every address: Vaadin's route templates and our controllers' method and pattern,
	 * each with the template it came from.
	 */
	private Map<String, String> addresses() {
		Map<String, String> addresses = new TreeMap<>();
		RouteConfiguration routes = RouteConfiguration.forRegistry(ApplicationRouteRegistry
			.getInstance(new VaadinServletContext(Objects.requireNonNull(this.spring.getServletContext()))));
		for (RouteData route : routes.getAvailableRoutes()) {
			addresses.put("/" + route.getTemplate(), "GET /" + route.getTemplate());
		}
		for (Map.Entry<RequestMappingInfo, HandlerMethod> mapping : this.controllers.getHandlerMethods().entrySet()) {
			if (!mapping.getValue().getBeanType().getName().startsWith("de.norderstedt.go.")) {
				continue;
			}
			for (String pattern : mapping.getKey().getPatternValues()) {
				for (var method : mapping.getKey().getMethodsCondition().getMethods()) {
					addresses.put(method + " " + pattern, method + " " + pattern);
				}
			}
		}
		RouterFunction<?> functional = this.spring.getBean(RouterFunctionMapping.class).getRouterFunction();
		if (functional != null) {
			functional.accept(new RouterFunctions.Visitor() {

				@Override
				public void route(RequestPredicate predicate, HandlerFunction<?> handler) {
					// "(POST && /e-mail/abmelden/{token})"
					String route = predicate.toString().replaceAll("[()]", "").replace(" && ", " ");
					addresses.put(route, route);
				}

				@Override
				public void startNested(RequestPredicate predicate) {
				}

				@Override
				public void endNested(RequestPredicate predicate) {
				}

				@Override
				public void resources(Function<ServerRequest, Optional<Resource>> lookup) {
				}

				@Override
				public void attributes(Map<String, Object> attributes) {
				}

				@Override
				public void unknown(RouterFunction<?> routerFunction) {
					addresses.put("unknown " + routerFunction, "GET /");
				}

			});
		}
		return addresses;
	}

	/** A first guess of a request for a new row: parameters become 1. */
	private static String sample(String template) {
		String request = template.replaceAll(":[A-Za-z]+\\?(\\([^)]*\\))?", "")
			.replaceAll(":[A-Za-z]+(\\([^)]*\\))?", "999999999")
			.replaceAll("\\{[^}]+}", "999999999")
			.replaceAll("/+$", "");
		return request.endsWith(" ") ? request + "/" : request;
	}

	/**
	 * A signed-in browser for each role, a fresh one for anonymous, an enrolled kiosk.
	 */
	private Map<Who, BrowserContext> sessions() {
		Map<Who, BrowserContext> sessions = new LinkedHashMap<>();
		for (Who who : Who.values()) {
			BrowserContext browser = browser().newContext(new Browser.NewContextOptions().setLocale("de-DE"));
			if (who == Who.DEVICE) {
				enroll(browser, 600, "de");
			}
			else if (who != Who.ANONYMOUS) {
				String username = "matrix-" + who.name().toLowerCase(Locale.ROOT).replace('_', '-');
				this.accounts.ensure(username, Role.valueOf(who.name()));
				signIn(browser.newPage(), username);
			}
			sessions.put(who, browser);
		}
		return sessions;
	}

	private String outcome(BrowserContext browser, String request) {
		int space = request.indexOf(' ');
		String method = request.substring(0, space);
		String path = request.substring(space + 1);
		RequestOptions options = RequestOptions.create()
			.setMethod(method)
			.setMaxRedirects(0)
			.setHeader("Accept", "text/html,application/xhtml+xml")
			.setHeader("Sec-Fetch-Site", "same-origin")
			.setHeader("Accept-Language", "de-DE");
		APIResponse response = browser.request().fetch(url(path), options);
		int status = response.status();
		if (status >= 300 && status < 400) {
			String location = response.headers().getOrDefault("location", "");
			return status + ">" + location.replaceFirst("^https?://[^/]+", "");
		}
		if (status == 200 && response.headers().getOrDefault("content-type", "").startsWith("text/html")) {
			String body = response.text();
			if (body.contains("login-page")) {
				return "login";
			}
			if (body.contains(Texts.get("devices.not-enrolled.title", Locale.GERMAN))) {
				return "device";
			}
		}
		return String.valueOf(status);
	}

	private static String render(Map<String, List<String>> actual) {
		return actual.entrySet()
			.stream()
			.map(row -> "\"" + row.getKey() + "\", \"" + row.getValue().get(0) + "\", "
					+ java.util.Arrays.stream(row.getValue().get(1).split("\\|"))
						.map(cell -> "\"" + cell + "\"")
						.collect(Collectors.joining(", "))
					+ ",")
			.collect(Collectors.joining("\n"));
	}

}
