package de.norderstedt.go.privacy;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.PersonalDataPart;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.PdfLines;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.Texts;
import org.jspecify.annotations.Nullable;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * A person's rights over their data (DSGVO Art. 15, 17 and 20): everything the platform
 * holds about their account, readable, as JSON and as a printable PDF; and deleting the
 * account, with what each feature holds about it. Each feature contributes its part as a
 * {@link PersonalDataPart} bean; nothing here knows a feature's tables.
 */
@Service
public class MyDataService {

	/**
	 * The order of the parts: the account first, then what a person most often looks for.
	 */
	private static final List<String> ORDER = List.of("account", "bookings", "reservations", "notifications", "news",
			"tutorials", "ideas", "feedback");

	/**
	 * Fields whose values are states or kinds as the code names them ({@code PICKED_UP}).
	 */
	private static final Set<String> CONSTANT_FIELDS = Set.of("status", "item", "returnCondition", "category", "state",
			"roles", "speechRate");

	private static final JsonMapper JSON = JsonMapper.builder().enable(SerializationFeature.INDENT_OUTPUT).build();

	private final List<PersonalDataPart> parts;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	MyDataService(List<PersonalDataPart> parts, AccountService accounts, ApplicationEventPublisher events,
			Clock clock) {
		this.parts = parts.stream().sorted((a, b) -> Integer.compare(rank(a), rank(b))).toList();
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	private static int rank(PersonalDataPart part) {
		int index = ORDER.indexOf(part.part());
		return index < 0 ? ORDER.size() : index;
	}

	/** Everything held about the signed-in person. */
	@Transactional(readOnly = true)
	@PreAuthorize("isAuthenticated()")
	public MyData mine() {
		Account me = this.accounts.currentAccount().orElseThrow(() -> new Refusal("privacy.error.not-signed-in"));
		return read(me);
	}

	private MyData read(Account me) {
		List<MyData.Part> read = new ArrayList<>();
		for (PersonalDataPart part : this.parts) {
			read.add(new MyData.Part(part.part(), part.of(me.id())));
		}
		return new MyData(me.username(), this.clock.instant(), read);
	}

	/**
	 * The signed-in person's data as JSON (UTF-8): one key per part, a list of entries
	 * each; times in the city's zone (ISO 8601).
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public byte[] json() {
		Account me = this.accounts.currentAccount().orElseThrow(() -> new Refusal("privacy.error.not-signed-in"));
		MyData data = read(me);
		Map<String, Object> tree = new LinkedHashMap<>();
		tree.put("exportedAt", plain(data.at()));
		for (MyData.Part part : data.parts()) {
			tree.put(part.name(), part.entries().stream().map(entry -> {
				Map<String, Object> fields = new LinkedHashMap<>();
				entry.fields().forEach((name, value) -> fields.put(name, plain(value)));
				return fields;
			}).toList());
		}
		this.events
			.publishEvent(new PrivacyEvents.DataExported(UUID.randomUUID(), this.clock.instant(), me.id(), "json"));
		return JSON.writeValueAsBytes(tree);
	}

	/** The signed-in person's data as a printable PDF in their language. */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public byte[] pdf(Locale locale) {
		Account me = this.accounts.currentAccount().orElseThrow(() -> new Refusal("privacy.error.not-signed-in"));
		MyData data = read(me);
		Locale language = Texts.supported(locale);
		try (PdfLines pdf = new PdfLines(Texts.get("privacy.mine.title", language))) {
			pdf.heading(Texts.get("privacy.mine.title", language), 18);
			pdf.line(Texts.get("privacy.mine.as-of", language, me.username(), CityTime.medium(data.at(), language)));
			for (MyData.Part part : data.parts()) {
				pdf.space().heading(Texts.get("privacy.part." + part.name(), language), 14);
				if (part.entries().isEmpty()) {
					pdf.line(Texts.get("privacy.mine.nothing", language));
				}
				for (DataEntry entry : part.entries()) {
					entry.fields()
						.forEach((name, value) -> pdf.indented(
								Texts.get("privacy.field." + name, language) + ": " + readable(name, value, language)));
					pdf.space();
				}
			}
			this.events
				.publishEvent(new PrivacyEvents.DataExported(UUID.randomUUID(), this.clock.instant(), me.id(), "pdf"));
			return pdf.bytes();
		}
	}

	/**
	 * A value as a person reads it: times and days in the city's zone, yes and no, known
	 * states and kinds in words, lists joined.
	 */
	public static String readable(String field, Object value, Locale locale) {
		return switch (value) {
			case Instant instant -> CityTime.medium(instant, locale);
			case LocalDate day -> CityTime.day(day, locale);
			case LocalTime time -> CityTime.time(time, locale);
			case Boolean yes -> Texts.get(yes ? "privacy.value.yes" : "privacy.value.no", locale);
			case Collection<?> many -> many.isEmpty() ? "–"
					: String.join(", ", many.stream().map(one -> readable(field, one, locale)).toList());
			case String text when "kind".equals(field) -> Texts.get("privacy.kind." + text, locale);
			case String text when CONSTANT_FIELDS.contains(field) && Texts.has(constantKey(text)) ->
				Texts.get(constantKey(text), locale);
			default -> String.valueOf(value);
		};
	}

	private static String constantKey(String constant) {
		return "privacy.value." + constant.toLowerCase(Locale.ROOT).replace('_', '-');
	}

	private static Object plain(Object value) {
		return switch (value) {
			case Instant instant -> instant.atZone(CityTime.ZONE).toOffsetDateTime().toString();
			case LocalDate day -> day.toString();
			case LocalTime time -> time.toString();
			default -> value;
		};
	}

	/**
	 * Deletes the signed-in person's account and what each feature holds about it, in one
	 * transaction: nothing is deleted unless everything is.
	 * @param understood the person confirmed they read what is deleted (field
	 * {@code understood})
	 * @throws Refusal at {@code understood} or {@code password}; without a field when a
	 * feature cannot let the person go yet (a rollator out, a working group to leave, a
	 * staff account)
	 */
	@Transactional
	@PreAuthorize("isAuthenticated()")
	public void deleteMyAccount(@Nullable String password, boolean understood) {
		if (!understood) {
			throw Refusal.at("understood", "privacy.error.not-understood");
		}
		long deleted = this.accounts.deleteOwn(password, id -> {
			for (PersonalDataPart part : this.parts) {
				part.erase(id);
			}
		});
		this.events.publishEvent(new PrivacyEvents.AccountDeleted(UUID.randomUUID(), this.clock.instant(), deleted));
	}

	/**
	 * An admin deletes someone's account: the same erasure and anonymisation as when the
	 * person deletes it, audited with who did it.
	 * @throws Refusal without a field for the admin's own account or an unknown one
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void deleteAccount(long accountId) {
		long admin = this.accounts.deleteByAdmin(accountId, id -> {
			for (PersonalDataPart part : this.parts) {
				part.erase(id);
			}
		});
		this.events.publishEvent(
				new PrivacyEvents.AccountDeletedByAdmin(UUID.randomUUID(), this.clock.instant(), accountId, admin));
	}

	/** Whether the signed-in person may delete their account themself. */
	public boolean mayDeleteMyAccount() {
		return this.accounts.mayDeleteOwn();
	}

}
