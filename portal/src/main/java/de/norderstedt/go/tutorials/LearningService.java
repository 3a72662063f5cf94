package de.norderstedt.go.tutorials;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.content.Tutorial;
import de.norderstedt.go.content.Tutorials;
import de.norderstedt.go.courses.CourseLearners;
import de.norderstedt.go.courses.ParticipantService;
import de.norderstedt.go.privacy.RetentionProperties;
import de.norderstedt.go.signals.SignalFanOut;
import de.norderstedt.go.signals.Signals;
import de.norderstedt.go.signals.Subscription;
import de.norderstedt.go.web.Codes;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The tutorials and each learner's way through them. Signed-in learners' progress is kept
 * with their account at every step; anonymous learners (at a kiosk) take a resume code to
 * continue elsewhere, and nothing else about them is stored.
 */
@Service
public class LearningService {

	/** Characters of a resume code. */
	public static final int RESUME_CODE_LENGTH = 6;

	/** How long a scan practice's code works on the learner's phone. */
	public static final Duration SCAN_CHECK_VALIDITY = Duration.ofMinutes(30);

	private final Tutorials tutorials;

	private final ProgressRepository progress;

	private final ResumeCodeRepository resumeCodes;

	private final ScanCheckRepository scanChecks;

	private final AccountService accounts;

	private final ParticipantService participants;

	private final RetentionProperties retention;

	private final Clock clock;

	/** The scan practices waiting for a phone, on this instance. */
	private final SignalFanOut scans;

	LearningService(Tutorials tutorials, ProgressRepository progress, ResumeCodeRepository resumeCodes,
			ScanCheckRepository scanChecks, AccountService accounts, ParticipantService participants,
			RetentionProperties retention, Clock clock, Signals signals) {
		this.tutorials = tutorials;
		this.progress = progress;
		this.resumeCodes = resumeCodes;
		this.scanChecks = scanChecks;
		this.accounts = accounts;
		this.participants = participants;
		this.retention = retention;
		this.clock = clock;
		this.scans = signals.fanOut(Signals.SCAN_CHECKS);
	}

	/** Every tutorial, in the catalogue's order. */
	public List<Tutorial> tutorials() {
		return this.tutorials.all();
	}

	public Optional<Tutorial> tutorial(String slug) {
		return this.tutorials.find(slug);
	}

	/** The bytes of a picture a tutorial uses. */
	public Optional<byte[]> image(String slug, String file) {
		return this.tutorials.image(slug, file);
	}

	/** Whether the learner's progress is kept: when signed in. */
	public boolean keepsProgress() {
		return this.accounts.currentAccount().isPresent();
	}

	/** The signed-in learner's progress by tutorial; empty for anonymous learners. */
	@Transactional(readOnly = true)
	public Map<String, Progress> myProgress() {
		return this.accounts.currentAccount()
			.map(account -> this.progress.of(account.id())
				.stream()
				.collect(Collectors.toMap(Progress::tutorial, Function.identity())))
			.orElse(Map.of());
	}

	/**
	 * Keeps the step the signed-in learner is at; does nothing for anonymous learners.
	 * Unknown tutorials and steps are ignored, so a stale page cannot store nonsense.
	 */
	@Transactional
	public void reached(String slug, String stepId) {
		Optional<Account> account = this.accounts.currentAccount();
		if (account.isEmpty() || !exists(slug, stepId)) {
			return;
		}
		this.progress.save(account.get().id(), slug, stepId, false, this.clock.instant());
	}

	/**
	 * Marks the tutorial finished for the signed-in learner; nothing for anonymous ones.
	 */
	@Transactional
	public void finished(String slug) {
		Optional<Account> account = this.accounts.currentAccount();
		Optional<Tutorial> tutorial = this.tutorials.find(slug);
		if (account.isEmpty() || tutorial.isEmpty()) {
			return;
		}
		// a validated tutorial has steps, each with an id
		String lastStep = Objects.requireNonNull(tutorial.get().stepsOrEmpty().getLast().id());
		this.progress.save(account.get().id(), slug, lastStep, true, this.clock.instant());
	}

	/**
	 * A new code to continue at this step on another device, valid for
	 * {@link RetentionProperties#tutorialResumeCodes()}.
	 * @throws IllegalArgumentException for an unknown tutorial or step
	 */
	@Transactional
	public ResumeCode resumeCode(String slug, String stepId) {
		if (!exists(slug, stepId)) {
			throw new IllegalArgumentException("no step " + stepId + " in tutorial " + slug);
		}
		// the database keeps microseconds: the code handed out is the code stored
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MICROS);
		while (true) {
			ResumeCode code = new ResumeCode(Codes.random(RESUME_CODE_LENGTH), slug, stepId,
					now.plus(this.retention.tutorialResumeCodes()));
			if (this.resumeCodes.insert(code, now)) {
				return code;
			}
		}
	}

	/**
	 * The tutorial and step of a code as typed ("k7m 3pq" works too); empty when the code
	 * is malformed, unknown, expired, or points at a step that no longer exists.
	 */
	@Transactional(readOnly = true)
	public Optional<ResumeCode> resume(String typed) {
		return Codes.parse(typed, RESUME_CODE_LENGTH)
			.flatMap(code -> this.resumeCodes.findValid(code, this.clock.instant()))
			.filter(found -> this.tutorials.find(found.tutorial()).isPresent());
	}

	/**
	 * A new token for a scan practice: its QR code opens {@code /lernen/gescannt/<token>}
	 * on the learner's own phone, and the practice sees the scan.
	 * @throws IllegalArgumentException for an unknown tutorial or step
	 */
	@Transactional
	public String scanCheck(String slug, String stepId) {
		if (!exists(slug, stepId)) {
			throw new IllegalArgumentException("no step " + stepId + " in tutorial " + slug);
		}
		String token = Codes.token(16);
		Instant now = this.clock.instant();
		this.scanChecks.insert(token, slug, stepId, now, now.plus(SCAN_CHECK_VALIDITY));
		return token;
	}

	/**
	 * The learner's phone opened a scan practice's link: the practice is done. Returns
	 * the tutorial and step, empty for an unknown or expired token.
	 */
	@Transactional
	public Optional<ScannedStep> scanned(String token) {
		if (!token.matches("[A-Za-z0-9_-]{22}")) {
			return Optional.empty();
		}
		Optional<ScanCheckRepository.Check> found = this.scanChecks.scan(token, this.clock.instant());
		// the practice may be open on another instance: told at commit
		found.ifPresent(c -> this.scans.send(List.of(signalKey(token))));
		return found.flatMap(check -> this.tutorials.find(check.tutorial())
			.flatMap(tutorial -> tutorial.indexOf(check.step())
				.map(index -> new ScannedStep(tutorial, tutorial.stepsOrEmpty().get(index)))));
	}

	/**
	 * Calls {@code scanned} (on a background thread: use {@code UI.access}) when a phone
	 * may have opened the scan practice's link, on any portal instance; check with
	 * {@link #wasScanned(String)}. Closing the subscription stops it.
	 */
	public Subscription whenScanned(String token, Runnable scanned) {
		return this.scans.listen(signalKey(token), scanned);
	}

	/**
	 * What a signal names of a scan practice: a hash of its token, never the token (which
	 * opens the link).
	 */
	static String signalKey(String token) {
		try {
			byte[] hash = MessageDigest.getInstance("SHA-256").digest(token.getBytes(StandardCharsets.UTF_8));
			return HexFormat.of().formatHex(hash, 0, 8);
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException("every Java has SHA-256", ex);
		}
	}

	/** Whether a phone has opened the scan practice's link. */
	@Transactional(readOnly = true)
	public boolean wasScanned(String token) {
		return this.scanChecks.scanned(token);
	}

	/**
	 * What the participants of the signed-in trainer's courses with a date today have
	 * done in the tutorials: only those who agreed, for that date, that their trainers
	 * see it (see {@link ParticipantService#learnersToday()}, which also says why admins
	 * see no more than trainers).
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("hasAnyRole('TRAINER', 'ADMIN')")
	public List<CourseProgress> learnersOfMyCourses() {
		List<CourseLearners> courses = this.participants.learnersToday();
		Set<Long> ids = new HashSet<>();
		courses.forEach(course -> course.learners().forEach(learner -> ids.add(learner.accountId())));
		Map<Long, List<Progress>> byAccount = ids.isEmpty() ? Map.of() : this.progress.of(ids);
		return courses.stream().map(course -> {
			List<LearnerProgress> learners = course.learners().stream().map(learner -> {
				Map<String, Progress> theirs = new LinkedHashMap<>();
				byAccount.getOrDefault(learner.accountId(), List.of()).forEach(p -> theirs.put(p.tutorial(), p));
				return new LearnerProgress(learner.name(), catalogued(theirs, true), catalogued(theirs, false));
			}).toList();
			return new CourseProgress(course.courseId(), course.courseTitle(), learners, course.notAgreed(),
					course.withoutAccount());
		}).toList();
	}

	/**
	 * Forgets resume codes and scan practice links that ended
	 * ({@link ResumeCodeRetention} every hour).
	 */
	@Transactional
	public void forgetExpiredResumeCodes() {
		this.resumeCodes.deleteExpired(this.clock.instant());
		this.scanChecks.deleteExpired(this.clock.instant());
	}

	private List<String> catalogued(Map<String, Progress> progress, boolean finished) {
		return this.tutorials.all()
			.stream()
			.map(Tutorial::slug)
			.filter(slug -> progress.containsKey(slug) && progress.get(slug).finished() == finished)
			.toList();
	}

	private boolean exists(String slug, String stepId) {
		return this.tutorials.find(slug).flatMap(t -> t.indexOf(stepId)).isPresent();
	}

}
