package de.norderstedt.go.shell;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import de.norderstedt.go.accessibility.speech.SpeechRate;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.ideas.IdeaChannel;
import de.norderstedt.go.ideas.IdeaSort;
import de.norderstedt.go.ideas.IdeaState;
import de.norderstedt.go.content.Level;
import de.norderstedt.go.content.Topic;
import de.norderstedt.go.courses.CourseLevel;
import de.norderstedt.go.courses.CourseTopic;
import de.norderstedt.go.devices.DeviceFeature;
import de.norderstedt.go.devices.DeviceKind;
import de.norderstedt.go.lockers.ItemType;
import de.norderstedt.go.notifications.Channel;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Every UI text exists in German and English, and every text the code asks for exists in
 * both: every key-shaped string literal in the main code (see {@link KeyLiterals}), and
 * every key the code completes at run time from a literal start ({@code "role." +
 * role.name()}), which must be listed in {@link #DYNAMIC_KEYS} with the keys it can
 * become.
 */
class TranslationKeysTest {

	private static final Path MAIN_SOURCES = Path.of("src/main/java");

	/**
	 * The literals the code completes at run time (or uses as the start of keys), each
	 * with every key it can become: enumerated from the enum the code takes the rest from
	 * where there is one, otherwise the values the code passes. A literal the scanner
	 * finds completed at run time but not listed here fails the test, and so does an
	 * entry no longer in the code.
	 */
	static final Map<String, Set<String>> DYNAMIC_KEYS = dynamicKeys();

	@Test
	void every_key_exists_in_german_and_in_english() throws IOException {
		Set<String> german = load("de").stringPropertyNames();
		Set<String> english = load("en").stringPropertyNames();
		assertThat(difference(german, english)).as("keys only in German").isEmpty();
		assertThat(difference(english, german)).as("keys only in English").isEmpty();
	}

	@Test
	void no_text_is_empty() throws IOException {
		for (String language : new String[] { "de", "en" }) {
			Properties texts = load(language);
			for (String key : texts.stringPropertyNames()) {
				assertThat(texts.getProperty(key)).as(language + " " + key).isNotBlank();
			}
		}
	}

	@Test
	void every_key_the_main_code_names_or_builds_has_a_text_in_german_and_in_english() throws IOException {
		Map<String, String> sources = new TreeMap<>();
		try (Stream<Path> files = Files.walk(MAIN_SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				sources.put(MAIN_SOURCES.relativize(file).toString(), Files.readString(file));
			}
		}
		Bundles bundles = Bundles.load();
		assertThat(literals(sources, bundles)).as("key-shaped literals in the main code").hasSizeGreaterThan(500);
		assertThat(problems(sources, bundles, DYNAMIC_KEYS)).isEmpty();
	}

	@Test
	void a_key_missing_in_the_bundles_is_reported_with_where_the_code_names_it() throws IOException {
		String snippet = """
				class Snippet {
					// "courses.error.in-a-comment" is no key
					String title() {
						return getTranslation("courses.error.no-such-text");
					}
					static final String KEPT = "lockers.error.no-such-text";
					void refuse() {
						throw new Refusal("courses.error.title");
					}
				}
				""";
		Bundles bundles = Bundles.load();
		assertThat(bundles.german()).contains("courses.error.title");

		List<String> problems = problems(Map.of("Snippet.java", snippet), bundles, Map.of());

		assertThat(problems).containsExactlyInAnyOrder(
				"\"courses.error.no-such-text\" (Snippet.java:4) is in neither bundle (de, en)",
				"\"lockers.error.no-such-text\" (Snippet.java:6) is in neither bundle (de, en)");
	}

	@Test
	void a_key_in_one_language_only_is_reported_for_the_other() {
		Bundles bundles = new Bundles(Set.of("courses.title", "courses.only-german"), Set.of("courses.title"));

		List<String> problems = problems(Map.of("Snippet.java", "String t = getTranslation(\"courses.only-german\");"),
				bundles, Map.of());

		assertThat(problems).containsExactly("\"courses.only-german\" (Snippet.java:1) is missing in en");
	}

	@Test
	void a_key_built_at_run_time_needs_an_entry_with_every_key_it_becomes() {
		Bundles bundles = new Bundles(Set.of("courses.level.beginner", "role.ADMIN"),
				Set.of("courses.level.beginner", "role.ADMIN"));
		String snippet = """
				String level(Level level) {
					return getTranslation("courses.level." + level.name().toLowerCase());
				}
				String role(Role role) {
					return getTranslation("role." + role.name());
				}
				""";

		List<String> problems = problems(Map.of("Snippet.java", snippet), bundles,
				Map.of("courses.level.", Set.of("courses.level.beginner", "courses.level.advanced"), "lockers.type.",
						Set.of("lockers.type.rollator")));

		assertThat(problems).containsExactlyInAnyOrder(
				"\"role.\" (Snippet.java:5) is completed at run time: list it in TranslationKeysTest.DYNAMIC_KEYS with every key it becomes",
				"courses.level. can become courses.level.advanced, which is in neither bundle (de, en)",
				"DYNAMIC_KEYS lists lockers.type., which the code no longer uses: remove it");
	}

	/**
	 * What is wrong with the keys the sources name or build: each problem in words, empty
	 * when all is well.
	 */
	static List<String> problems(Map<String, String> sources, Bundles bundles, Map<String, Set<String>> dynamicKeys) {
		List<String> problems = new ArrayList<>();
		Set<String> usedDynamic = new TreeSet<>();
		for (KeyLiterals.Literal literal : literals(sources, bundles)) {
			if (dynamicKeys.containsKey(literal.text())) {
				usedDynamic.add(literal.text());
			}
			else if (literal.completedAtRunTime()) {
				problems.add(literal
						+ " is completed at run time: list it in TranslationKeysTest.DYNAMIC_KEYS with every key it becomes");
			}
			else {
				missing(bundles, literal.text()).ifPresent(where -> problems.add(literal + " is " + where));
			}
		}
		for (Map.Entry<String, Set<String>> entry : new TreeMap<>(dynamicKeys).entrySet()) {
			if (!usedDynamic.contains(entry.getKey())) {
				problems.add("DYNAMIC_KEYS lists " + entry.getKey() + ", which the code no longer uses: remove it");
				continue;
			}
			if (entry.getValue().isEmpty()) {
				problems.add("DYNAMIC_KEYS lists no key for " + entry.getKey());
			}
			for (String key : new TreeSet<>(entry.getValue())) {
				missing(bundles, key)
					.ifPresent(where -> problems.add(entry.getKey() + " can become " + key + ", which is " + where));
			}
		}
		return problems;
	}

	private static List<KeyLiterals.Literal> literals(Map<String, String> sources, Bundles bundles) {
		Set<String> namespaces = Stream.concat(bundles.german().stream(), bundles.english().stream())
			.map(key -> key.substring(0, key.indexOf('.') < 0 ? key.length() : key.indexOf('.')))
			.collect(Collectors.toSet());
		return new TreeMap<>(sources).entrySet()
			.stream()
			.flatMap(source -> KeyLiterals.in(source.getKey(), source.getValue(), namespaces).stream())
			.toList();
	}

	private static java.util.Optional<String> missing(Bundles bundles, String key) {
		boolean german = bundles.german().contains(key);
		boolean english = bundles.english().contains(key);
		if (german && english) {
			return java.util.Optional.empty();
		}
		return java.util.Optional
			.of(!german && !english ? "in neither bundle (de, en)" : "missing in " + (german ? "en" : "de"));
	}

	/** The keys of both bundles. */
	record Bundles(Set<String> german, Set<String> english) {

		static Bundles load() throws IOException {
			return new Bundles(TranslationKeysTest.load("de").stringPropertyNames(),
					TranslationKeysTest.load("en").stringPropertyNames());
		}

	}

	private static Map<String, Set<String>> dynamicKeys() {
		Map<String, Set<String>> keys = new TreeMap<>();
		// AccountView, AccountsAdminView: a role's name and what it may do
		keys.put("role.", union(each("role.", Role.values(), Enum::name),
				each("role.", Role.values(), r -> r.name() + ".description")));
		// PreferenceTexts, MailOutboxView (Language.code()), DevicesAdminView ("de",
		// "en")
		keys.put("language.", each("language.", Language.values(), Language::code));
		// DeviceFeature.titleKey() and descriptionKey()
		keys.put("kiosk.offer.", union(each("kiosk.offer.", DeviceFeature.values(), TranslationKeysTest::kebab),
				each("kiosk.offer.", DeviceFeature.values(), f -> kebab(f) + ".text")));
		keys.put("devices.kind.", each("devices.kind.", DeviceKind.values(), Enum::name));
		keys.put("settings.speech-rate.",
				each("settings.speech-rate.", SpeechRate.values(), TranslationKeysTest::lower));
		keys.put("courses.topic.", each("courses.topic.", CourseTopic.values(), TranslationKeysTest::kebab));
		keys.put("courses.level.", each("courses.level.", CourseLevel.values(), TranslationKeysTest::lower));
		// DatesForm.Mode is the form's own (package-private) choice
		keys.put("trainer.dates.mode.", each("trainer.dates.mode.",
				constants("de.norderstedt.go.courses.ui.DatesForm$Mode"), TranslationKeysTest::lower));
		keys.put("tutorials.level.", each("tutorials.level.", Level.values(), TranslationKeysTest::lower));
		keys.put("tutorials.topic.", each("tutorials.topic.", Topic.values(), TranslationKeysTest::lower));
		// LockerTexts translates message arguments that start with "lockers." (the type
		// keys LockerTexts.typeKey() names)
		keys.put("lockers.", each("lockers.type.", ItemType.values(), TranslationKeysTest::lower));
		// LockerService.onePerType(): the refusal names the kind
		keys.put("lockers.error.one-per-type.",
				each("lockers.error.one-per-type.", ItemType.values(), TranslationKeysTest::lower));
		// NotificationSettingsView: a box per kind of notification and channel
		keys.put("notifications.settings.",
				union(each("notifications.settings.news.", Channel.values(), TranslationKeysTest::lower),
						each("notifications.settings.personal.", Channel.values(), TranslationKeysTest::lower)));
		// MessageTexts.message(prefix, ...) adds "title" and "body"; the kinds are those
		// BookingMessages and LockerMessages pass
		keys.put("notifications.message.booking.",
				message("notifications.message.booking.", "confirmed", "waiting", "promoted", "reminder"));
		keys.put("notifications.message.booking.message.", message("notifications.message.booking.message."));
		keys.put("notifications.message.booking.date-cancelled.",
				message("notifications.message.booking.date-cancelled."));
		keys.put("notifications.message.booking.date-moved.", message("notifications.message.booking.date-moved."));
		keys.put("notifications.message.locker.",
				message("notifications.message.locker.", "confirmed", "ending-soon", "overdue"));
		// IdeaMessages
		keys.put("notifications.message.idea.state.", message("notifications.message.idea.state."));
		keys.put("notifications.message.idea.supported-state.", message("notifications.message.idea.supported-state."));
		keys.put("notifications.message.idea.change.", message("notifications.message.idea.change."));
		keys.put("notifications.message.idea.merged.", message("notifications.message.idea.merged."));
		keys.put("notifications.message.idea.trend.", message("notifications.message.idea.trend."));
		keys.put("notifications.message.idea.milestone.", message("notifications.message.idea.milestone."));
		// EmailAddresses: the e-mail with the confirmation link
		keys.put("notifications.message.email-confirm.", message("notifications.message.email-confirm."));
		// IdeaState.messageKey(), IdeaChannel.messageKey()
		keys.put("ideas.state.", each("ideas.state.", IdeaState.values(), TranslationKeysTest::kebab));
		keys.put("ideas.channel.", each("ideas.channel.", IdeaChannel.values(), TranslationKeysTest::lower));
		keys.put("ideas.list.sort.", each("ideas.list.sort.", IdeaSort.values(), TranslationKeysTest::kebab));
		keys.put("ideas.moderation.done.", Set.of("ideas.moderation.done.publish", "ideas.moderation.done.reject",
				"ideas.moderation.done.ask-for-change", "ideas.moderation.done.merge"));
		keys.put("ideas.moderation.decision.",
				Set.of("ideas.moderation.decision.publish", "ideas.moderation.decision.reject",
						"ideas.moderation.decision.ask-for-change", "ideas.moderation.decision.merge"));
		// AnswerView: the answers a working group gives from its desk
		keys.put("ideas.answer.to.", Set.of("ideas.answer.to.stored", "ideas.answer.to.in-review",
				"ideas.answer.to.not-feasible", "ideas.answer.to.withdrawn"));
		// HomeView.OFFERS: a card each, its text possibly in simple language
		keys.put("home.offers.",
				Stream.of("learn", "courses", "lockers", "news", "ideas")
					.flatMap(offer -> Stream.of(".title", ".text").map(part -> "home.offers." + offer + part))
					.collect(Collectors.toSet()));
		// AnnouncementEditView: what was just done, from the query parameter it sets
		keys.put("news.done.",
				set("news.done.published", "news.done.planned", "news.done.saved", "news.done.withdrawn"));
		// MyDataService and MyDataView: the parts, kinds of entries, fields and values of
		// a
		// person's data (MyDataServiceTest checks that every field a part gives has a
		// text)
		keys.put("privacy.part.", set("privacy.part.account", "privacy.part.bookings", "privacy.part.reservations",
				"privacy.part.notifications", "privacy.part.news", "privacy.part.tutorials", "privacy.part.ideas",
				"privacy.part.feedback", "privacy.part.passkeys", "privacy.part.locker-stations"));
		keys.put("privacy.kind.",
				set("privacy.kind.settings", "privacy.kind.push-device", "privacy.kind.message", "privacy.kind.idea",
						"privacy.kind.support", "privacy.kind.comment", "privacy.kind.report",
						"privacy.kind.email-confirmation"));
		keys.put("privacy.field.", germanKeys("privacy.field."));
		keys.put("accounts.passkeys.outcome.", germanKeys("accounts.passkeys.outcome."));
		keys.put("login.passkey.outcome.", germanKeys("login.passkey.outcome."));
		keys.put("accounts.second-factor.outcome.", germanKeys("accounts.second-factor.outcome."));
		keys.put("privacy.value.", germanKeys("privacy.value."));
		// MessagePage: the error pages' heading and text
		for (String page : List.of("error.access-denied", "error.internal", "error.not-found")) {
			keys.put(page, set(page + ".title", page + ".text"));
		}
		return keys;
	}

	/** The German bundle's keys with this prefix: each must have an English text too. */
	private static Set<String> germanKeys(String prefix) {
		try {
			return load("de").stringPropertyNames()
				.stream()
				.filter(key -> key.startsWith(prefix))
				.collect(Collectors.toSet());
		}
		catch (IOException ex) {
			throw new java.io.UncheckedIOException(ex);
		}
	}

	private static Set<String> message(String prefix, String... kinds) {
		Set<String> keys = new TreeSet<>();
		for (String kind : kinds.length == 0 ? new String[] { "" } : kinds) {
			String start = kinds.length == 0 ? prefix : prefix + kind + ".";
			keys.add(start + "title");
			keys.add(start + "body");
		}
		return keys;
	}

	private static <T> Set<String> each(String prefix, T[] values, Function<T, String> rest) {
		return Arrays.stream(values).map(value -> prefix + rest.apply(value)).collect(Collectors.toSet());
	}

	@SafeVarargs
	private static Set<String> union(Set<String>... sets) {
		Set<String> all = new LinkedHashSet<>();
		for (Set<String> set : sets) {
			all.addAll(set);
		}
		return all;
	}

	private static Set<String> set(String... keys) {
		return Set.of(keys);
	}

	private static String lower(Enum<?> value) {
		return value.name().toLowerCase(Locale.ROOT);
	}

	private static String kebab(Enum<?> value) {
		return lower(value).replace('_', '-');
	}

	private static Enum<?>[] constants(String enumClass) {
		try {
			Object[] values = Class.forName(enumClass).getEnumConstants();
			assertThat(values).as(enumClass + " is an enum").isNotNull();
			return Arrays.copyOf(values, values.length, Enum[].class);
		}
		catch (ClassNotFoundException ex) {
			throw new AssertionError("DYNAMIC_KEYS names " + enumClass + ", which no longer exists", ex);
		}
	}

	private static Set<String> difference(Set<String> a, Set<String> b) {
		Set<String> result = new TreeSet<>(a);
		result.removeAll(b);
		return result;
	}

	private static Properties load(String language) throws IOException {
		Properties properties = new Properties();
		try (InputStream in = TranslationKeysTest.class
			.getResourceAsStream("/vaadin-i18n/translations_" + language + ".properties")) {
			assertThat(in).as("bundle " + language).isNotNull();
			properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
		}
		return properties;
	}

}
