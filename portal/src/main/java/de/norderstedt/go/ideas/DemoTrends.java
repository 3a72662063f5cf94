package de.norderstedt.go.ideas;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import de.norderstedt.go.database.DemoData;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Demo entries of the Trendradar for the embedded default only, one of them linked to the
 * parked demo idea about parking sensors. Stored directly: no notification.
 */
@Component
@Order(51)
@DemoData
class DemoTrends implements ApplicationRunner {

	private final TrendRepository trends;

	private final Clock clock;

	DemoTrends(TrendRepository trends, Clock clock) {
		this.trends = trends;
		this.clock = clock;
	}

	@Override
	@Transactional
	public void run(ApplicationArguments args) {
		if (this.trends.any()) {
			return;
		}
		Instant now = this.clock.instant();
		long sensors = this.trends.insert("Günstige Funksensoren (LoRaWAN)",
				"Parkplatz- und Umweltsensoren mit LoRaWAN-Funk kosten inzwischen einen Bruchteil von früher; "
						+ "mehrere Städte im Norden betreiben eigene Netze.",
				null, now.minus(Duration.ofDays(14)));
		this.trends.parkedIdea("Sensoren für freie Parkplätze am Bahnhof")
			.ifPresent(idea -> this.trends.link(sensors, idea, null, now.minus(Duration.ofDays(13))));
		this.trends.insert("Sprachassistenten im Alltag älterer Menschen",
				"Viele ältere Menschen nutzen Sprachassistenten zu Hause. Städte bieten erste Auskünfte per Sprache an.",
				null, now.minus(Duration.ofDays(3)));
	}

}
