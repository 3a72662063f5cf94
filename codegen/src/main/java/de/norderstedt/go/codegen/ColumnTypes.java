package de.norderstedt.go.codegen;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

import org.jooq.meta.jaxb.ForcedType;

import static java.util.Map.entry;

/**
 * The Java types of the portal's columns where jOOQ's defaults are not what the features
 * work with: every {@code timestamptz} is an {@link java.time.Instant}, every column with
 * a fixed set of values is the feature's enum, a time zone is a {@link java.time.ZoneId}.
 * Repositories then read and write these types as they are and convert nothing by hand.
 */
final class ColumnTypes {

	private static final String ACCOUNTS = "de.norderstedt.go.accounts.";

	private static final String COURSES = "de.norderstedt.go.courses.";

	private static final String DEVICES = "de.norderstedt.go.devices.";

	private static final String IDEAS = "de.norderstedt.go.ideas.";

	private static final String LOCKERS = "de.norderstedt.go.lockers.";

	private static final String NOTIFICATIONS = "de.norderstedt.go.notifications.";

	private static final String PRIVACY = "de.norderstedt.go.privacy.";

	/**
	 * Columns that store the names of an enum's constants, as {@code table.column} → the
	 * enum (jOOQ's {@code EnumConverter}).
	 */
	static final Map<String, String> ENUMS = Map.ofEntries(entry("account_role.role", ACCOUNTS + "Role"),
			entry("account_preferences.speech_rate", "de.norderstedt.go.accessibility.speech.SpeechRate"),
			entry("kiosk_device.kind", DEVICES + "DeviceKind"), entry("device_command.state", DEVICES + "CommandState"),
			entry("course.topic", COURSES + "CourseTopic"), entry("course.level", COURSES + "CourseLevel"),
			entry("booking.status", COURSES + "BookingStatus"),
			entry("locker_compartment.size", LOCKERS + "CompartmentSize"),
			entry("locker_compartment.state", LOCKERS + "CompartmentState"),
			entry("locker_item.type", LOCKERS + "ItemType"), entry("locker_item.condition", LOCKERS + "ItemCondition"),
			entry("locker_reservation.item_type", LOCKERS + "ItemType"),
			entry("locker_reservation.status", LOCKERS + "ReservationStatus"),
			entry("locker_reservation.return_condition", LOCKERS + "ItemCondition"),
			entry("locker_access_code.action", "de.norderstedt.go.kiosk.codes.CodeAction"),
			entry("locker_event.kind", LOCKERS + "StationEventKind"),
			entry("notification.category", NOTIFICATIONS + "NotificationCategory"),
			entry("notification_delivery.channel", NOTIFICATIONS + "Channel"),
			entry("notification_delivery.status", NOTIFICATIONS + "DeliveryStatus"),
			entry("idea.state", IDEAS + "IdeaState"), entry("idea.channel", IDEAS + "IdeaChannel"),
			entry("idea_transition.from_state", IDEAS + "IdeaState"),
			entry("idea_transition.to_state", IDEAS + "IdeaState"),
			entry("idea_transition_rule.from_state", IDEAS + "IdeaState"),
			entry("idea_transition_rule.to_state", IDEAS + "IdeaState"),
			entry("idea_round_item.decision", IDEAS + "IdeaState"),
			entry("workshop_audit.action", IDEAS + "WorkshopAction"), entry("audit_entry.kind", PRIVACY + "AuditKind"),
			entry("audit_entry.outcome", PRIVACY + "AuditOutcome"),
			entry("account_invitation.purpose", ACCOUNTS + "InvitationPurpose"));

	/** Arrays of an enum's constant names ({@code text[]}), as for {@link #ENUMS}. */
	static final Map<String, String> ENUM_ARRAYS = Map.of("kiosk_device.features", DEVICES + "DeviceFeature");

	/**
	 * Columns whose stored value the enum itself names (a language code, a percentage):
	 * {@code table.column} → enum, method that gives the stored value.
	 */
	static final Map<String, Mapped> MAPPED;

	static {
		Mapped language = new Mapped(ACCOUNTS + "Language", "java.lang.String", "code");
		Map<String, Mapped> mapped = new LinkedHashMap<>();
		for (String table : List.of("account_preferences", "accessibility_feedback", "kiosk_device", "kiosk_handoff",
				"mail_outbox", "idea_contact", "email_consent", "booking")) {
			mapped.put(table + ".language", language);
		}
		mapped.put("notification.contact_language", language);
		mapped.put("account_preferences.text_size", new Mapped(ACCOUNTS + "TextSize", "java.lang.Integer", "percent"));
		MAPPED = Map.copyOf(mapped);
	}

	/** A person's time zone, kept by its id ("Europe/Berlin"). */
	static final String ZONE_COLUMN = "notification_settings.zone";

	/**
	 * Columns with a fixed set of values that no feature treats as an enum: media types.
	 */
	static final Set<String> NOT_ENUMS = Set.of("locker_item.photo_type", "news_announcement.image_type",
			"idea.picture_type");

	private ColumnTypes() {
	}

	/** An enum whose method {@code storedAs} gives the value a column keeps. */
	record Mapped(String enumType, String databaseType, String storedAs) {

		String converter() {
			return "new org.jooq.impl.EnumConverter<%2$s, %1$s>(%2$s.class, %1$s.class, %1$s::%3$s)"
				.formatted(this.enumType, this.databaseType, this.storedAs);
		}

	}

	static List<ForcedType> forcedTypes() {
		List<ForcedType> types = new ArrayList<>();
		types.add(new ForcedType().withName("INSTANT")
			.withIncludeTypes("timestamp\\ with\\ time\\ zone|timestamptz")
			.withIncludeExpression(".*"));
		invert(ENUMS).forEach((enumType,
				columns) -> types.add(new ForcedType().withUserType(enumType)
					.withEnumConverter(true)
					.withIncludeExpression(columns(columns))));
		types.add(new ForcedType().withUserType("java.time.ZoneId")
			.withConverter(
					"org.jooq.Converter.ofNullable(String.class, java.time.ZoneId.class, java.time.ZoneId::of, java.time.ZoneId::getId)")
			.withIncludeExpression(columns(List.of(ZONE_COLUMN))));
		invert(ENUM_ARRAYS).forEach((enumType, columns) -> types.add(new ForcedType().withUserType(enumType + "[]")
			.withConverter("new org.jooq.impl.EnumConverter<java.lang.String, %1$s>(java.lang.String.class, %1$s.class)"
				.formatted(enumType) + ".forArrays()")
			.withIncludeExpression(columns(columns))));
		invert(MAPPED).forEach((mapped,
				columns) -> types.add(new ForcedType().withUserType(mapped.enumType())
					.withConverter(mapped.converter())
					.withIncludeExpression(columns(columns))));
		return types;
	}

	/**
	 * Fails when a column the schema restricts to a list of values ({@code CHECK (x IN
	 * (...))}) has no type here, or when a column named here does not exist: a new
	 * migration cannot slip a bare string past the features, and a typo cannot go
	 * unnoticed.
	 */
	static void verify(Connection connection) throws SQLException {
		Set<String> existing = new HashSet<>();
		Set<String> listed = new TreeSet<>();
		try (Statement statement = connection.createStatement()) {
			try (ResultSet columns = statement.executeQuery("""
					SELECT table_name || '.' || column_name FROM information_schema.columns
					WHERE table_schema = 'public'""")) {
				while (columns.next()) {
					existing.add(columns.getString(1));
				}
			}
			// PostgreSQL keeps "x IN ('A', 'B')" as "x = ANY (ARRAY['A', 'B'])"
			try (ResultSet checks = statement.executeQuery("""
					SELECT t.relname || '.' || a.attname
					FROM pg_constraint c
					JOIN pg_class t ON t.oid = c.conrelid
					JOIN pg_namespace n ON n.oid = t.relnamespace
					JOIN pg_attribute a ON a.attrelid = c.conrelid AND a.attnum = c.conkey[1]
					WHERE c.contype = 'c' AND n.nspname = 'public' AND cardinality(c.conkey) = 1
					  AND pg_get_constraintdef(c.oid) ~ '= ANY \\(\\(?ARRAY\\['""")) {
				while (checks.next()) {
					listed.add(checks.getString(1));
				}
			}
		}
		Set<String> known = new HashSet<>(ENUMS.keySet());
		known.addAll(ENUM_ARRAYS.keySet());
		known.addAll(MAPPED.keySet());
		Set<String> untyped = new TreeSet<>(listed);
		untyped.removeAll(known);
		untyped.removeAll(NOT_ENUMS);
		Set<String> missing = new TreeSet<>(known);
		missing.addAll(NOT_ENUMS);
		missing.add(ZONE_COLUMN);
		missing.removeAll(existing);
		if (!untyped.isEmpty() || !missing.isEmpty()) {
			throw new IllegalStateException("Column types out of step with the schema. Columns with a list of values"
					+ " but no enum in ColumnTypes: " + untyped + "; columns in ColumnTypes that do not exist: "
					+ missing);
		}
	}

	private static <K> Map<K, List<String>> invert(Map<String, K> byColumn) {
		return byColumn.entrySet()
			.stream()
			.sorted(Map.Entry.comparingByKey())
			.collect(Collectors.groupingBy(Map.Entry::getValue, LinkedHashMap::new,
					Collectors.mapping(Map.Entry::getKey, Collectors.toList())));
	}

	/**
	 * jOOQ matches the expression against the column's name with and without its schema.
	 */
	private static String columns(List<String> columns) {
		return "(?:.*\\.)?(?:"
				+ columns.stream().sorted().map(c -> c.replace(".", "\\.")).collect(Collectors.joining("|")) + ")";
	}

}
