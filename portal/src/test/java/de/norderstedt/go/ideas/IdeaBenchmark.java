package de.norderstedt.go.ideas;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import org.jooq.DSLContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * {@code bin/bench-ideas}: similar-idea suggestions while a title is typed, and the
 * filtered public list, over 10,000 published ideas in the embedded PostgreSQL, through
 * {@link IdeaService} as the pages call it. Not part of the test suite (the name does not
 * end in Test): a benchmark prints figures, it asserts nothing.
 */
@SpringBootTest
class IdeaBenchmark {

	private static final int IDEAS = 10_000;

	private static final int WARM_UP = 100;

	/**
	 * What people type as an idea's name; every prefix from three letters on is asked.
	 */
	private static final List<String> TYPED = List.of("Bank im Stadtpark", "WLAN in der Bücherei",
			"Lastenräder zum Ausleihen", "Sensoren für Parkplätze", "Trinkbrunnen am Rathaus", "Digitale Sprechstunde",
			"Busse nach Garstedt öfter", "Blumenwiese statt Rasen");

	@Autowired
	IdeaService ideas;

	@Autowired
	DSLContext dsl;

	@Autowired
	TransactionTemplate transactions;

	@Test
	void suggestions_while_typing_and_the_filtered_list_over_ten_thousand_ideas() {
		long made = System.nanoTime();
		this.transactions.executeWithoutResult(status -> fill());
		double fillSeconds = (System.nanoTime() - made) / 1e9;
		this.dsl.execute("ANALYZE idea");

		List<String> prefixes = new ArrayList<>();
		for (String title : TYPED) {
			for (int end = 3; end <= title.length(); end++) {
				prefixes.add(title.substring(0, end));
			}
		}
		for (int i = 0; i < WARM_UP; i++) {
			this.ideas.similar(prefixes.get(i % prefixes.size()));
		}
		List<Long> similar = new ArrayList<>();
		int found = 0;
		for (int round = 0; round < 3; round++) {
			for (String typed : prefixes) {
				long start = System.nanoTime();
				found += this.ideas.similar(typed).size();
				similar.add(System.nanoTime() - start);
			}
		}

		List<Long> groups = this.dsl.select(org.jooq.impl.DSL.field("id", Long.class))
			.from("idea_group")
			.fetch(org.jooq.Record1::value1);
		List<Long> districts = this.dsl.select(org.jooq.impl.DSL.field("id", Long.class))
			.from("news_district")
			.fetch(org.jooq.Record1::value1);
		List<IdeaFilter> filters = new ArrayList<>();
		for (IdeaSort sort : IdeaSort.values()) {
			filters.add(new IdeaFilter(null, null, null, null, null, sort));
			filters.add(new IdeaFilter(IdeaState.IN_REVIEW, null, null, null, null, sort));
			for (long group : groups) {
				filters.add(new IdeaFilter(null, group, null, null, null, sort));
			}
			for (long district : districts) {
				filters.add(new IdeaFilter(IdeaState.IN_REVIEW, null, district, null, null, sort));
			}
			for (String text : List.of("Bank", "WLAN Bücherei", "Parkplätze am Bahnhof", "Fahrrad")) {
				filters.add(new IdeaFilter(null, null, null, null, text, sort));
			}
		}
		for (int i = 0; i < WARM_UP; i++) {
			this.ideas.published(filters.get(i % filters.size()));
		}
		List<Long> lists = new ArrayList<>();
		int listed = 0;
		for (int round = 0; round < 5; round++) {
			for (IdeaFilter filter : filters) {
				long start = System.nanoTime();
				listed += this.ideas.published(filter).size();
				lists.add(System.nanoTime() - start);
			}
		}

		String result = String.format(Locale.ROOT,
				"""
						Ideas over %d published ideas (made in %.1f s), through IdeaService in this JVM, embedded PostgreSQL
						similar ideas while typing: %d calls (every prefix from 3 letters of %d titles, 3 times; %d suggestions)
						  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms   (goal: p95 <= 50 ms)
						filtered list (state, working group, district, words; 3 sorts; up to %d ideas): %d calls (%d ideas listed)
						  p50 %.1f ms  p95 %.1f ms  p99 %.1f ms  max %.1f ms   (goal: p95 <= 100 ms)
						""",
				IDEAS, fillSeconds, similar.size(), TYPED.size(), found, ms(similar, 0.50), ms(similar, 0.95),
				ms(similar, 0.99), ms(similar, 1.0), IdeaService.MAX_LIST, lists.size(), listed, ms(lists, 0.50),
				ms(lists, 0.95), ms(lists, 0.99), ms(lists, 1.0));
		System.out.println(result);
		try {
			Files.writeString(Path.of("target", "bench-ideas.txt"), result);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	/**
	 * Ten thousand published ideas in review, each with its two timeline entries (the
	 * database lets a state change only with one), their words drawn from city life.
	 */
	private void fill() {
		this.dsl.execute(
				"""
						INSERT INTO idea (title, problem, proposal, beneficiaries, district_id, lead_group_id, channel,
						                  created_at, published_at, state_changed_at, supports)
						SELECT (ARRAY['Bank', 'WLAN', 'Lastenrad', 'Sensor', 'Trinkbrunnen', 'Sprechstunde', 'Buslinie',
						              'Blumenwiese', 'Fahrradständer', 'Ladesäule', 'Spielplatz', 'Bücherschrank'])[1 + i % 12]
						       || ' ' || (ARRAY['im Stadtpark', 'in der Bücherei', 'am Bahnhof', 'am Rathaus', 'in Garstedt',
						              'in Harksheide', 'am Marktplatz', 'an der Schule', 'am Teich', 'im Quartier'])[1 + (i / 12) % 10]
						       || ' ' || i,
						       'Heute fehlt hier etwas, das viele brauchen. Nummer ' || i,
						       'Die Stadt sollte es einrichten und pflegen, zuerst als Versuch.',
						       'Alle, die hier wohnen oder unterwegs sind',
						       (SELECT id FROM news_district ORDER BY id LIMIT 1 OFFSET i % 5),
						       (SELECT id FROM idea_group ORDER BY id LIMIT 1 OFFSET i % 4),
						       'WEB', now() - i * interval '1 hour',
						       now() - i * interval '1 hour', now() - i * interval '1 hour', i % 37
						FROM generate_series(1, {count}) AS i
						"""
					.replace("{count}", String.valueOf(IDEAS)));
		this.dsl.execute("""
				INSERT INTO idea_transition (idea_id, from_state, to_state, justification, at)
				SELECT id, NULL, 'SUBMITTED', 'Eingereicht.', created_at FROM idea
				""");
		this.dsl.execute("""
				INSERT INTO idea_transition (idea_id, from_state, to_state, justification, at)
				SELECT id, 'SUBMITTED', 'IN_REVIEW', 'Veröffentlicht.', published_at FROM idea WHERE state = 'SUBMITTED'
				""");
		this.dsl.execute("UPDATE idea SET state = 'IN_REVIEW' WHERE state = 'SUBMITTED'");
	}

	private static double ms(List<Long> nanos, double quantile) {
		List<Long> sorted = new ArrayList<>(nanos);
		Collections.sort(sorted);
		int index = (int) Math.ceil(quantile * sorted.size()) - 1;
		return sorted.get(Math.max(0, Math.min(index, sorted.size() - 1))) / 1e6;
	}

}
