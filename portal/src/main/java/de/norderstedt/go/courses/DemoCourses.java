package de.norderstedt.go.courses;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.temporal.TemporalAdjusters;
import java.util.List;

import de.norderstedt.go.database.DemoData;
import de.norderstedt.go.web.CityTime;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo places and courses for the embedded default only, created once (when there is no
 * course yet), with dates in the coming weeks run by the demo trainer Jens, and a few
 * bookings so that lists show free places, a full date and a waiting list.
 */
@Component
@DemoData
@Order(10)
class DemoCourses implements ApplicationRunner {

	/** The place of the demo library kiosk (devices look it up by this name). */
	static final String LIBRARY = "Stadtbücherei Norderstedt-Mitte";

	private static final Logger log = LoggerFactory.getLogger(DemoCourses.class);

	private final CourseRepository courses;

	private final BookingRepository bookings;

	private final Clock clock;

	DemoCourses(CourseRepository courses, BookingRepository bookings, Clock clock) {
		this.courses = courses;
		this.bookings = bookings;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.courses.anyCourse()) {
			return;
		}
		long library = place(new NewPlace(LIBRARY, "Rathausallee 50, 22846 Norderstedt", true, true, true, 14));
		long garstedt = place(
				new NewPlace("Stadtteilbücherei Garstedt", "Europaallee 44, 22850 Norderstedt", true, false, true, 10));
		long harksheide = place(new NewPlace("Begegnungsstätte Harksheide", "Falkenbergstraße 25, 22844 Norderstedt",
				false, true, false, 20));
		LocalDate today = LocalDate.now(this.clock.withZone(CityTime.ZONE));
		LocalDate monday = today.with(TemporalAdjusters.next(DayOfWeek.MONDAY));

		course(new CourseDetails("Das Smartphone kennenlernen",
				"Wir zeigen Ihnen in Ruhe, wie Ihr Smartphone funktioniert: tippen, wischen, anrufen und Fotos ansehen. "
						+ "Sie brauchen keine Vorkenntnisse. Wir üben in kleinen Gruppen, und niemand wird gehetzt.",
				CourseTopic.SMARTPHONE, CourseLevel.BEGINNER, "Ihr Smartphone, geladen, und Ihre PIN", library, 8, 0),
				NewCourse.Slot.weekly(monday.plusDays(1), LocalTime.of(10, 0), LocalTime.of(11, 30), 4), 7, 0);
		course(new CourseDetails("Sicher im Internet: Betrug erkennen",
				"Falsche Paketnachrichten, angebliche Enkel am Telefon, E-Mails von der „Bank“: Wir zeigen echte "
						+ "Beispiele und üben, woran Sie Betrug erkennen und was Sie dann tun.",
				CourseTopic.SAFETY, CourseLevel.BEGINNER, null, library, 12, 0),
				List.of(NewCourse.Slot.on(monday.plusDays(3), LocalTime.of(14, 0), LocalTime.of(15, 30))), 12, 2);
		course(new CourseDetails("Videoanrufe mit der Familie",
				"Sie lernen, wie Sie mit WhatsApp oder Signal Ihre Familie sehen und hören. Bringen Sie gern eine "
						+ "Telefonnummer mit, die Sie anrufen möchten.",
				CourseTopic.COMMUNICATION, CourseLevel.BEGINNER, "Ihr Smartphone oder Tablet", garstedt, 6, 0),
				NewCourse.Slot.weekly(monday.plusDays(2), LocalTime.of(15, 0), LocalTime.of(16, 30), 2), 2, 0);
		course(new CourseDetails("Digitale Sprechstunde",
				"Sie haben eine Frage zu Handy, Tablet oder Computer? Kommen Sie vorbei. Digital-Patinnen und "
						+ "-Paten helfen Ihnen einzeln weiter.",
				CourseTopic.OTHER, CourseLevel.BEGINNER, "Ihr Gerät und Ihre Fragen", harksheide, 10, 0),
				NewCourse.Slot.weekly(monday, LocalTime.of(16, 0), LocalTime.of(18, 0), 4), 0, 0);
		course(new CourseDetails("Online-Termine bei der Stadt buchen",
				"Ob Personalausweis oder Wohnsitz: Viele Termine im Rathaus buchen Sie online. Wir zeigen Schritt für "
						+ "Schritt, wie das geht.",
				CourseTopic.CITY_SERVICES, CourseLevel.ADVANCED, null, library, 10, 500),
				List.of(NewCourse.Slot.on(monday.plusDays(8), LocalTime.of(10, 0), LocalTime.of(12, 0))), 3, 0);
		log.info("Demo courses created at {}, Stadtteilbücherei Garstedt and Begegnungsstätte Harksheide", LIBRARY);
	}

	private long place(NewPlace place) {
		return this.courses.insertPlace(place);
	}

	/**
	 * A course with its dates; the first date gets {@code booked} bookings and
	 * {@code waiting} more.
	 */
	private void course(CourseDetails details, List<NewCourse.Slot> slots, int booked, int waiting) {
		long courseId = this.courses.insertCourse(details);
		this.courses.accountId("jens").ifPresent(jens -> this.courses.addTrainer(courseId, jens));
		for (NewCourse.Slot slot : slots) {
			this.courses.insertDate(courseId, slot.startsAt(), slot.endsAt());
		}
		long first = this.courses.dateIds(courseId).get(0);
		for (int i = 0; i < booked + waiting; i++) {
			BookingStatus status = i < booked ? BookingStatus.CONFIRMED : BookingStatus.WAITING;
			this.bookings.insert(first, BookingService.newCode(), status, DEMO_NAMES.get(i % DEMO_NAMES.size()),
					"040 5000 " + (100 + i), null, null, null);
		}
	}

	private static final List<String> DEMO_NAMES = List.of("Gisela Brandt", "Horst Wiese", "Renate Koch",
			"Dieter Lange", "Ursula Peters", "Manfred Krüger", "Inge Schulz", "Werner Voß", "Hannelore Fink",
			"Klaus Möller", "Erika Sommer", "Günter Haas", "Brigitte Ahrens", "Peter Jansen");

}
