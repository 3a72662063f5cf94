package de.norderstedt.go.ideas;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Codes;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.PictureCleaner;
import de.norderstedt.go.web.Pictures;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.Texts;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Residents' ideas: submitting one (signed in, or without an account with a receipt code
 * to follow it), finding similar ones while typing, the public list and page, supports.
 */
@Service
public class IdeaService {

	public static final int MIN_TITLE_LENGTH = 3;

	public static final int MAX_TITLE_LENGTH = 120;

	/** Longest problem and proposal. */
	public static final int MAX_TEXT_LENGTH = 2_000;

	public static final int MAX_BENEFICIARIES_LENGTH = 1_000;

	public static final int MAX_NAME_LENGTH = 100;

	public static final int MAX_ALT_LENGTH = 300;

	public static final int MAX_PICTURE_BYTES = 2 * 1024 * 1024;

	public static final int MAX_EMAIL_LENGTH = 254;

	/** How many similar ideas are suggested while typing. */
	public static final int SIMILAR_LIMIT = 5;

	/** Longest list of ideas shown at once. */
	public static final int MAX_LIST = 200;

	/**
	 * Supports one touchscreen gives one idea per day (anyone may tap; not everyone
	 * twice).
	 */
	public static final int KIOSK_SUPPORTS_PER_DAY = 20;

	/** Characters of a receipt code. */
	public static final int RECEIPT_CODE_LENGTH = 10;

	/**
	 * The sentence a person agrees to when leaving an e-mail address (key of the text).
	 */
	public static final String CONSENT_KEY = "ideas.submit.email.consent";

	private static final Pattern EMAIL = Pattern.compile("^[^@\\s]+@[^@\\s]+\\.[^@\\s]+$");

	private final PictureCleaner pictures;

	private final IdeaRepository ideas;

	private final IdeaLifecycle lifecycle;

	private final AccountService accounts;

	private final NewsService news;

	private final Clock clock;

	IdeaService(IdeaRepository ideas, IdeaLifecycle lifecycle, AccountService accounts, NewsService news, Clock clock,
			PictureCleaner pictures) {
		this.pictures = pictures;
		this.ideas = ideas;
		this.lifecycle = lifecycle;
		this.accounts = accounts;
		this.news = news;
		this.clock = clock;
	}

	/**
	 * Stores an idea typed on the portal. A signed-in person follows it with their
	 * account; anyone else gets a receipt code.
	 * @throws Refusal at the field it concerns ({@code title}, {@code problem},
	 * {@code proposal}, {@code beneficiaries}, {@code district}, {@code group},
	 * {@code topic}, {@code picture}, {@code pictureAlt}, {@code name}, {@code email},
	 * {@code consent}); then nothing is stored
	 */
	@Transactional
	public SubmittedIdea submit(NewIdea idea) {
		Long author = this.accounts.currentAccount().map(Account::id).orElse(null);
		return store(check(idea), IdeaChannel.WEB, author);
	}

	/**
	 * Stores an idea typed at a public touchscreen: nobody is signed in there, so the
	 * person follows it with the receipt code.
	 * @throws Refusal as {@link #submit}
	 */
	@Transactional
	public SubmittedIdea submitAtKiosk(NewIdea idea) {
		return store(check(idea), IdeaChannel.KIOSK, null);
	}

	/** Whether someone is signed in: then their account follows the ideas they submit. */
	public boolean signedIn() {
		return this.accounts.signedInAccountId().isPresent();
	}

	/**
	 * Checks an idea as submitting would, without storing it: a form that asks one thing
	 * at a time refuses a mistake on the step where it was made.
	 * @return the idea as it would be stored
	 * @throws Refusal at the field it concerns
	 */
	@Transactional(readOnly = true)
	public NewIdea check(NewIdea idea) {
		Checked checked = checkAll(idea);
		if (!checked.refusals().isEmpty()) {
			throw checked.refusals().getFirst();
		}
		return checked.idea();
	}

	/**
	 * An idea checked field by field: every field's first refusal, in the order of the
	 * form, and (when there is none) the idea as it would be stored.
	 */
	record Checked(NewIdea idea, List<Refusal> refusals) {

		Checked {
			refusals = List.copyOf(refusals);
		}

	}

	/**
	 * Checks every field of an idea with the rules of {@link #check}, not stopping at the
	 * first refusal: a file of many ideas is reported on in full.
	 */
	Checked checkAll(NewIdea idea) {
		List<Refusal> refusals = new ArrayList<>();
		String title = checked(refusals, () -> {
			String text = Input.required("title", idea.title(), MAX_TITLE_LENGTH, "ideas.error.title-empty");
			if (text.codePointCount(0, text.length()) < MIN_TITLE_LENGTH) {
				throw Refusal.at("title", "ideas.error.title-short", MIN_TITLE_LENGTH);
			}
			// the name is shown everywhere, in lists and messages: no phone number or
			// address
			if (!ContactData.in(text).isEmpty()) {
				throw Refusal.at("title", "ideas.error.title-contact");
			}
			return text;
		});
		String problem = checked(refusals,
				() -> Input.requiredLines("problem", idea.problem(), MAX_TEXT_LENGTH, "ideas.error.problem-empty"));
		String proposal = checked(refusals,
				() -> Input.requiredLines("proposal", idea.proposal(), MAX_TEXT_LENGTH, "ideas.error.proposal-empty"));
		String beneficiaries = checked(refusals, () -> Input.requiredLines("beneficiaries", idea.beneficiaries(),
				MAX_BENEFICIARIES_LENGTH, "ideas.error.beneficiaries-empty"));
		Long district = idea.districtId();
		if (district != null && this.news.districts().stream().noneMatch(d -> d.id() == district)) {
			refusals.add(Refusal.at("district", "ideas.error.unknown-choice"));
		}
		Long group = idea.groupId();
		if (group != null && !this.ideas.groupExists(group)) {
			refusals.add(Refusal.at("group", "ideas.error.unknown-choice"));
		}
		Long topic = idea.topicId();
		if (topic != null && this.news.topics().stream().noneMatch(t -> t.id() == topic)) {
			refusals.add(Refusal.at("topic", "ideas.error.unknown-choice"));
		}
		IdeaPicture picture = checked(refusals, () -> checkedPicture(idea.picture()));
		String name = checked(refusals, () -> Input.optional("name", idea.authorName(), MAX_NAME_LENGTH));
		String email = checked(refusals, () -> {
			String address = Input.optional("email", idea.email(), MAX_EMAIL_LENGTH);
			if (address != null && !EMAIL.matcher(address).matches()) {
				throw Refusal.at("email", "ideas.error.email-invalid");
			}
			return address;
		});
		if (email != null && !idea.emailConsent()) {
			refusals.add(Refusal.at("consent", "ideas.error.consent-missing"));
		}
		String language = "en".equals(idea.language()) ? "en" : "de";
		if (!refusals.isEmpty()) {
			return new Checked(idea, refusals);
		}
		return new Checked(new NewIdea(Objects.requireNonNull(title), Objects.requireNonNull(problem),
				Objects.requireNonNull(proposal), Objects.requireNonNull(beneficiaries), district, group, topic,
				picture, name, email, email != null, language), List.of());
	}

	/** The checked value, or null with the refusal added. */
	private static <T> @Nullable T checked(List<Refusal> refusals, Supplier<@Nullable T> check) {
		try {
			return check.get();
		}
		catch (Refusal refusal) {
			refusals.add(refusal);
			return null;
		}
	}

	/**
	 * The picture as it is kept: decoded and encoded anew (no EXIF, no GPS position), of
	 * the kind it decodes as, whatever type the browser claimed.
	 */
	private @Nullable IdeaPicture checkedPicture(@Nullable IdeaPicture picture) {
		if (picture == null) {
			return null;
		}
		if (picture.bytes().length > MAX_PICTURE_BYTES) {
			throw Refusal.at("picture", "ideas.error.picture-size", MAX_PICTURE_BYTES / (1024 * 1024));
		}
		Pictures.Clean clean = this.pictures.clean(picture.bytes(), "picture", "ideas.error.picture-type");
		String alt = Input.required("pictureAlt", picture.alt(), MAX_ALT_LENGTH, "ideas.error.picture-alt-empty");
		return new IdeaPicture(clean.data(), clean.type(), alt);
	}

	private SubmittedIdea store(NewIdea idea, IdeaChannel channel, @Nullable Long author) {
		return store(idea, channel, author, null, null, null);
	}

	/**
	 * Stores a checked idea that staff typed in for the person named, from a workshop or
	 * a paper form: credited to that person and the workshop, never to the staff account,
	 * which is kept as who captured it. The person follows it with the receipt code.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	SubmittedIdea capture(NewIdea checked, IdeaChannel channel, long capturedBy, String onBehalfOf, long workshopId) {
		if (!channel.isCaptured()) {
			throw new IllegalArgumentException("not a channel of captured ideas: " + channel);
		}
		return store(checked, channel, null, capturedBy, onBehalfOf, workshopId);
	}

	private SubmittedIdea store(NewIdea idea, IdeaChannel channel, @Nullable Long author, @Nullable Long capturedBy,
			@Nullable String onBehalfOf, @Nullable Long workshopId) {
		String receipt = author == null ? newReceiptCode() : null;
		long id = this.ideas.insert(new IdeaRepository.Insert(idea.title(), idea.problem(), idea.proposal(),
				idea.beneficiaries(), idea.districtId(), idea.topicId(), idea.groupId(), channel, author,
				idea.authorName(), capturedBy, onBehalfOf, receipt, idea.picture(), workshopId), this.clock.instant());
		String email = idea.email();
		if (email != null) {
			Language language = Language.ofCode(idea.language());
			this.ideas.insertContact(id, email, Texts.get(CONSENT_KEY, language.locale()), language,
					this.clock.instant());
		}
		this.lifecycle.started(id, Texts.get("ideas.timeline.submitted", Language.DE.locale()), author);
		return new SubmittedIdea(id, receipt);
	}

	private String newReceiptCode() {
		String code;
		do {
			code = Codes.random(RECEIPT_CODE_LENGTH);
		}
		while (this.ideas.receiptCodeTaken(code));
		return code;
	}

	/**
	 * Published ideas that sound like what is being typed, the most alike first; nothing
	 * for fewer than three letters.
	 */
	@Transactional(readOnly = true)
	public List<SimilarIdea> similar(@Nullable String typed) {
		String text = Input.blankToNull(typed);
		if (text == null || text.length() < MIN_TITLE_LENGTH) {
			return List.of();
		}
		// a suggestion looks at what a title could hold, not at a pasted essay
		String probe = text.length() > MAX_TITLE_LENGTH * 2 ? text.substring(0, MAX_TITLE_LENGTH * 2) : text;
		return this.ideas.similar(probe, SIMILAR_LIMIT);
	}

	/** Published ideas as the filter says, at most {@link #MAX_LIST}. */
	@Transactional(readOnly = true)
	public List<IdeaSummary> published(IdeaFilter filter) {
		String text = Input.blankToNull(filter.text());
		if (text != null && text.length() > MAX_TITLE_LENGTH * 2) {
			throw Refusal.at("search", "ideas.error.search-too-long", MAX_TITLE_LENGTH * 2, text.length());
		}
		return this.ideas.published(new IdeaFilter(filter.state(), filter.groupId(), filter.districtId(),
				filter.topicId(), text, filter.sort()), MAX_LIST);
	}

	/** A published idea with its timeline. */
	@Transactional(readOnly = true)
	public Optional<IdeaDetails> publishedIdea(long id) {
		return this.ideas.findPublic(id);
	}

	/**
	 * The idea a receipt code belongs to, published or not: the person who holds the code
	 * sees where it stands.
	 */
	@Transactional(readOnly = true)
	public Optional<IdeaDetails> byReceiptCode(@Nullable String typed) {
		return Codes.parse(typed, RECEIPT_CODE_LENGTH).flatMap(this.ideas::findByReceiptCode);
	}

	/** The picture of a published idea. */
	@Transactional(readOnly = true)
	public Optional<IdeaPicture> picture(long ideaId) {
		return this.ideas.picture(ideaId);
	}

	/**
	 * The signed-in person supports a published idea; a second time changes nothing.
	 * @return whether the support is new
	 * @throws Refusal when nobody is signed in, or the idea is not open for supports
	 */
	@Transactional
	public boolean support(long ideaId) {
		long account = this.accounts.signedInAccountId().orElseThrow(() -> new Refusal("ideas.error.support-sign-in"));
		openForSupport(ideaId);
		return this.ideas.support(ideaId, account, this.clock.instant());
	}

	/** Whether the signed-in person supports the idea. */
	@Transactional(readOnly = true)
	public boolean supportedByMe(long ideaId) {
		return this.accounts.signedInAccountId().map(account -> this.ideas.supports(ideaId, account)).orElse(false);
	}

	/**
	 * A support given at a public touchscreen, counted apart from those of accounts.
	 * @throws Refusal when the idea is not open for supports, or the touchscreen gave as
	 * many today as it may
	 */
	@Transactional
	public void supportAtKiosk(long ideaId, long deviceId) {
		openForSupport(ideaId);
		LocalDate today = CityTime.date(this.clock.instant());
		if (!this.ideas.supportAtKiosk(ideaId, deviceId, today, KIOSK_SUPPORTS_PER_DAY)) {
			throw new Refusal("ideas.error.kiosk-support-limit");
		}
	}

	private void openForSupport(long ideaId) {
		IdeaState state = this.ideas.lockPublicState(ideaId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		if (state.isFinal()) {
			throw new Refusal("ideas.error.support-closed");
		}
	}

	/**
	 * The ideas merged into this one whose author or supporter the signed-in person is,
	 * and who has not said yet whether they support this one.
	 */
	@Transactional(readOnly = true)
	public List<MergeInvitation> mergeQuestions(long intoId) {
		return this.accounts.signedInAccountId()
			.map(account -> this.ideas.openInvitations(intoId, account))
			.orElse(List.of());
	}

	/**
	 * The signed-in person's answer to the merge questions about this idea: with yes,
	 * they support it (the count changes only now); with no, nothing changes.
	 * @return whether there was a question to answer
	 * @throws Refusal when nobody is signed in, or (for yes) the idea is closed
	 */
	@Transactional
	public boolean answerMerge(long intoId, boolean support) {
		long account = this.accounts.signedInAccountId().orElseThrow(() -> new Refusal("ideas.error.support-sign-in"));
		if (support) {
			openForSupport(intoId);
		}
		boolean answered = this.ideas.answerInvitations(intoId, account, support, this.clock.instant());
		if (answered && support) {
			this.ideas.support(intoId, account, this.clock.instant());
		}
		return answered;
	}

	/**
	 * After a merge: who to ask about the idea it continues in (for the notifications).
	 */
	@Transactional(readOnly = true)
	public Optional<MergeQuestion> mergeToTell(long mergedId) {
		return this.ideas.find(mergedId).flatMap(merged -> {
			Long into = merged.mergedInto();
			return into == null ? Optional.empty()
					: this.ideas.find(into)
						.map(target -> new MergeQuestion(mergedId, merged.title(), into, target.title(),
								this.ideas.invited(mergedId)));
		});
	}

	/**
	 * A change of state to tell the idea's author and supporters (for the notifications).
	 */
	@Transactional(readOnly = true)
	public Optional<StateChange> stateChangeToTell(long transitionId) {
		return this.ideas.stateChange(transitionId);
	}

	/**
	 * The e-mail address the author without an account left, if they did and it is still
	 * kept (for the notifications).
	 */
	@Transactional(readOnly = true)
	public Optional<IdeaContactAddress> contactToTell(long ideaId) {
		return this.ideas.contact(ideaId);
	}

	/** A moderator's request to tell the author (for the notifications). */
	@Transactional(readOnly = true)
	public Optional<ChangeRequest> changeRequestToTell(long noteId) {
		return this.ideas.changeRequest(noteId);
	}

	/** The working groups that are not retired, in their order. */
	@Transactional(readOnly = true)
	public List<IdeaGroup> groups() {
		return this.ideas.groups();
	}

}
