package de.norderstedt.go.ideas;

import java.time.Clock;
import java.time.LocalDate;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.news.District;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.news.Topic;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Workshops and paper forms: staff create a workshop, then enter the ideas people gave
 * there, one by one or as a CSV file. Each idea is credited to the workshop and the
 * person named, never to the staff account, which is kept as who captured it; every step
 * goes into the workshop's audit trail. A file is checked row by row with the rules of
 * the portal's form and stored whole or not at all.
 */
@Service
@PreAuthorize("hasAnyRole('MODERATOR', 'ADMIN')")
public class WorkshopService {

	/** Largest CSV file accepted. */
	public static final int MAX_FILE_BYTES = 1024 * 1024;

	/** Most ideas in one CSV file. */
	public static final int MAX_ROWS = 500;

	public static final int MAX_PLACE_LENGTH = 200;

	public static final int MAX_NOTES_LENGTH = 2_000;

	/** Longest list of workshops shown at once. */
	public static final int MAX_LIST = 200;

	/** How far ahead a workshop may be planned, in years. */
	static final int MAX_YEARS_AHEAD = 2;

	private final WorkshopRepository workshops;

	private final IdeaService ideas;

	private final NewsService news;

	private final AccountService accounts;

	private final Clock clock;

	WorkshopService(WorkshopRepository workshops, IdeaService ideas, NewsService news, AccountService accounts,
			Clock clock) {
		this.workshops = workshops;
		this.ideas = ideas;
		this.news = news;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The workshops, the most recent first. */
	@Transactional(readOnly = true)
	public List<Workshop> workshops() {
		return this.workshops.all(MAX_LIST);
	}

	@Transactional(readOnly = true)
	public Optional<Workshop> workshop(long id) {
		return this.workshops.find(id);
	}

	/** The ideas entered for the workshop, in the order they were entered. */
	@Transactional(readOnly = true)
	public List<WorkshopIdea> ideas(long workshopId) {
		return this.workshops.ideas(workshopId);
	}

	/** Who did what with the workshop, oldest first. */
	@Transactional(readOnly = true)
	public List<WorkshopAuditEntry> trail(long workshopId) {
		return this.workshops.trail(workshopId);
	}

	/**
	 * Creates a workshop.
	 * @return its id
	 * @throws Refusal at the field it concerns ({@code title}, {@code heldOn},
	 * {@code place}, {@code notes}); then nothing is stored
	 */
	@Transactional
	public long create(NewWorkshop workshop) {
		String title = Input.required("title", workshop.title(), IdeaService.MAX_TITLE_LENGTH,
				"ideas.workshop.error.title-empty");
		if (title.codePointCount(0, title.length()) < IdeaService.MIN_TITLE_LENGTH) {
			throw Refusal.at("title", "ideas.workshop.error.title-short", IdeaService.MIN_TITLE_LENGTH);
		}
		LocalDate heldOn = workshop.heldOn();
		if (heldOn == null) {
			throw Refusal.at("heldOn", "ideas.workshop.error.day-missing");
		}
		LocalDate latest = CityTime.date(this.clock.instant()).plusYears(MAX_YEARS_AHEAD);
		if (heldOn.isAfter(latest) || heldOn.getYear() < 2000) {
			throw Refusal.at("heldOn", "ideas.workshop.error.day-range", MAX_YEARS_AHEAD);
		}
		String place = Input.required("place", workshop.place(), MAX_PLACE_LENGTH, "ideas.workshop.error.place-empty");
		String notes = Input.optionalLines("notes", workshop.notes(), MAX_NOTES_LENGTH);
		Long me = me();
		long id = this.workshops.insert(title, heldOn, place, notes, me, this.clock.instant());
		this.workshops.audit(id, WorkshopAction.CREATED, null, me, this.clock.instant());
		return id;
	}

	/**
	 * Stores one idea a person gave in the workshop or on a paper form.
	 * @throws Refusal at the field it concerns (those of {@link IdeaService#submit} and
	 * {@code person}); then nothing is stored
	 */
	@Transactional
	public SubmittedIdea capture(long workshopId, CapturedIdea idea) {
		locked(workshopId);
		List<Refusal> refusals = refusals(idea);
		if (!refusals.isEmpty()) {
			throw refusals.getFirst();
		}
		SubmittedIdea stored = store(workshopId, idea);
		this.workshops.audit(workshopId, WorkshopAction.IDEA_CAPTURED, stored.id(), me(), this.clock.instant());
		return stored;
	}

	/**
	 * Imports a CSV file of ideas (format in the README) for the workshop: every row is
	 * checked first; with any problem nothing is stored and the report lists each one by
	 * row and field.
	 * @param channel how the ideas came: {@link IdeaChannel#WORKSHOP} or
	 * {@link IdeaChannel#PAPER}
	 * @throws Refusal at field {@code file} when the file as a whole cannot be read (too
	 * large, too many rows, not UTF-8, not CSV, empty) or was imported before; at field
	 * {@code channel} for another channel
	 */
	@Transactional
	public ImportReport importCsv(long workshopId, byte[] file, IdeaChannel channel) {
		if (channel != IdeaChannel.WORKSHOP && channel != IdeaChannel.PAPER) {
			throw Refusal.at("channel", "ideas.workshop.error.channel");
		}
		locked(workshopId);
		WorkshopCsv.Read read = WorkshopCsv.read(file, MAX_FILE_BYTES, MAX_ROWS);
		// an upload sent twice (a double tap, a second person at the same pile) stores
		// nothing twice: the same file is refused under the workshop's lock
		String sha256 = sha256(file);
		this.workshops.importedAt(workshopId, sha256).ifPresent(at -> {
			throw Refusal.at("file", "ideas.workshop.csv.imported-before", CityTime.date(at),
					at.atZone(CityTime.ZONE).toLocalTime().truncatedTo(java.time.temporal.ChronoUnit.MINUTES));
		});
		List<ImportReport.Problem> problems = new ArrayList<>(read.problems());
		Choices choices = new Choices(this.news.districts(), this.ideas.groups(), this.news.topics());
		List<CapturedIdea> rows = new ArrayList<>();
		for (WorkshopCsv.Row row : read.rows()) {
			List<Refusal> refusals = new ArrayList<>();
			CapturedIdea idea = choices.idea(row, channel, refusals);
			refusals.addAll(refusals(idea));
			refusals.forEach(refusal -> problems.add(ImportReport.Problem.of(row.number(), refusal)));
			rows.add(idea);
		}
		if (!problems.isEmpty()) {
			problems.sort(java.util.Comparator.comparingInt(ImportReport.Problem::row));
			return new ImportReport(0, problems);
		}
		for (CapturedIdea idea : rows) {
			store(workshopId, idea);
		}
		this.workshops.auditImport(workshopId, rows.size(), sha256, me(), this.clock.instant());
		return new ImportReport(rows.size(), List.of());
	}

	private static String sha256(byte[] file) {
		try {
			return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(file));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java platform has SHA-256", ex);
		}
	}

	/** Every field's first refusal, in the order of the form. */
	private List<Refusal> refusals(CapturedIdea idea) {
		List<Refusal> refusals = new ArrayList<>();
		if (idea.channel() != IdeaChannel.WORKSHOP && idea.channel() != IdeaChannel.PAPER) {
			refusals.add(Refusal.at("channel", "ideas.workshop.error.channel"));
		}
		// the person first, as on the form: whose idea it is comes before what it is
		try {
			Input.required("person", idea.personName(), IdeaService.MAX_NAME_LENGTH,
					"ideas.workshop.error.person-empty");
		}
		catch (Refusal refusal) {
			refusals.add(refusal);
		}
		refusals.addAll(this.ideas.checkAll(newIdea(idea, null)).refusals());
		return refusals;
	}

	private SubmittedIdea store(long workshopId, CapturedIdea idea) {
		String person = Input.required("person", idea.personName(), IdeaService.MAX_NAME_LENGTH,
				"ideas.workshop.error.person-empty");
		IdeaService.Checked checked = this.ideas.checkAll(newIdea(idea, idea.nameShown() ? person : null));
		if (!checked.refusals().isEmpty()) {
			throw checked.refusals().getFirst();
		}
		return this.ideas.capture(checked.idea(), idea.channel(), me(), person, workshopId);
	}

	private static NewIdea newIdea(CapturedIdea idea, @Nullable String shownName) {
		return new NewIdea(idea.title(), idea.problem(), idea.proposal(), idea.beneficiaries(), idea.districtId(),
				idea.groupId(), idea.topicId(), null, shownName, null, false, "de");
	}

	private void locked(long workshopId) {
		if (!this.workshops.lock(workshopId)) {
			throw new Refusal("ideas.workshop.error.unknown");
		}
	}

	/** Staff enter ideas only when signed in: the service's authorization says so. */
	private long me() {
		return this.accounts.signedInAccountId().orElseThrow(() -> new Refusal("ideas.workshop.error.unknown"));
	}

	/**
	 * The districts, working groups and topics a file may name, in German or English or
	 * by their short name.
	 */
	private static final class Choices {

		private final List<District> districts;

		private final List<IdeaGroup> groups;

		private final List<Topic> topics;

		Choices(List<District> districts, List<IdeaGroup> groups, List<Topic> topics) {
			this.districts = districts;
			this.groups = groups;
			this.topics = topics;
		}

		CapturedIdea idea(WorkshopCsv.Row row, IdeaChannel channel, List<Refusal> refusals) {
			Long district = choice("district", row.value("district"), this.districts, District::id,
					d -> List.of(d.nameDe(), d.nameEn(), d.slug()), District::nameDe, refusals);
			Long group = choice("group", row.value("group"), this.groups, IdeaGroup::id,
					g -> List.of(g.nameDe(), g.nameEn(), g.slug()), IdeaGroup::nameDe, refusals);
			Long topic = choice("topic", row.value("topic"), this.topics, Topic::id,
					t -> List.of(t.nameDe(), t.nameEn(), t.slug()), Topic::nameDe, refusals);
			return new CapturedIdea(row.value("title"), row.value("problem"), row.value("proposal"),
					row.value("beneficiaries"), district, group, topic, row.value("person"),
					yes(row.value("nameShown"), refusals), channel);
		}

		private static <T> @Nullable Long choice(String field, String value, List<T> known, Function<T, Long> id,
				Function<T, List<String>> names, Function<T, String> shown, List<Refusal> refusals) {
			String name;
			try {
				name = Input.optional(field, value, IdeaService.MAX_TITLE_LENGTH);
			}
			catch (Refusal refusal) {
				refusals.add(refusal);
				return null;
			}
			if (name == null) {
				return null;
			}
			Optional<T> found = known.stream()
				.filter(choice -> names.apply(choice).stream().anyMatch(n -> n.equalsIgnoreCase(name)))
				.findFirst();
			if (found.isEmpty()) {
				refusals.add(Refusal.at(field, "ideas.workshop.csv.unknown-choice", name,
						known.stream().map(shown).collect(Collectors.joining(", "))));
				return null;
			}
			return id.apply(found.get());
		}

		private static boolean yes(String value, List<Refusal> refusals) {
			String answer = value.strip().toLowerCase(Locale.ROOT);
			return switch (answer) {
				case "ja", "yes", "j", "y", "x", "1" -> true;
				case "", "nein", "no", "n", "0" -> false;
				default -> {
					refusals.add(Refusal.at("nameShown", "ideas.workshop.csv.yes-no"));
					yield false;
				}
			};
		}

	}

}
