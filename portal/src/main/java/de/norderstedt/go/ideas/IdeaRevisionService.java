package de.norderstedt.go.ideas;

import java.time.Clock;
import java.util.Locale;
import java.util.Optional;

import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.web.Codes;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.Texts;
import org.jspecify.annotations.Nullable;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What the author of an idea can do with it themselves: send it back changed when a
 * moderator asked for a change, or take it back. The author is the signed-in account the
 * idea belongs to, or whoever holds its receipt code (the code is the only key a person
 * without an account has).
 */
@Service
public class IdeaRevisionService {

	private final IdeaRepository ideas;

	private final IdeaService checks;

	private final IdeaLifecycle lifecycle;

	private final AccountService accounts;

	private final Clock clock;

	IdeaRevisionService(IdeaRepository ideas, IdeaService checks, IdeaLifecycle lifecycle, AccountService accounts,
			Clock clock) {
		this.ideas = ideas;
		this.checks = checks;
		this.lifecycle = lifecycle;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** An idea of the signed-in person; empty for anybody else's. */
	@Transactional(readOnly = true)
	public Optional<OwnIdea> mine(long ideaId) {
		return myIdea(ideaId).flatMap(this::own);
	}

	/** The idea a receipt code belongs to, published or not. */
	@Transactional(readOnly = true)
	public Optional<OwnIdea> byCode(@Nullable String typed) {
		return codeIdea(typed).flatMap(this::own);
	}

	/**
	 * Sends the signed-in author's changed idea back to the moderators.
	 * @throws Refusal at the field it concerns (as when submitting), or when nobody asked
	 * for a change or the idea is no longer waiting; then nothing is changed
	 */
	@Transactional
	public OwnIdea reviseMine(long ideaId, IdeaText text) {
		return revise(myIdea(ideaId).orElseThrow(() -> new Refusal("ideas.error.unknown")), text);
	}

	/** As {@link #reviseMine}, for the holder of the receipt code. */
	@Transactional
	public OwnIdea reviseByCode(@Nullable String code, IdeaText text) {
		return revise(codeIdea(code).orElseThrow(() -> Refusal.at("code", "ideas.error.receipt-unknown")), text);
	}

	/**
	 * Takes the signed-in author's idea back: the author and every supporter read why.
	 * @param reason the author's words (field {@code reason}); none: a plain sentence in
	 * the author's language
	 * @throws Refusal when the idea cannot be withdrawn any more (it is selected, in
	 * progress or finished), or the reason is too long
	 */
	@Transactional
	public OwnIdea withdrawMine(long ideaId, @Nullable String reason, Locale language) {
		return withdraw(myIdea(ideaId).orElseThrow(() -> new Refusal("ideas.error.unknown")), reason, language);
	}

	/** As {@link #withdrawMine}, for the holder of the receipt code. */
	@Transactional
	public OwnIdea withdrawByCode(@Nullable String code, @Nullable String reason, Locale language) {
		return withdraw(codeIdea(code).orElseThrow(() -> Refusal.at("code", "ideas.error.receipt-unknown")), reason,
				language);
	}

	private OwnIdea revise(long ideaId, IdeaText text) {
		NewIdea checked = this.checks
			.check(new NewIdea(orEmpty(text.title()), orEmpty(text.problem()), orEmpty(text.proposal()),
					orEmpty(text.beneficiaries()), null, null, null, null, null, null, false, "de"));
		// locked: a moderator who publishes it meanwhile waits, and then sees the new
		// words
		this.ideas.lockState(ideaId);
		OwnIdea own = own(ideaId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		if (!own.mayRevise()) {
			throw new Refusal(own.idea().state() == IdeaState.SUBMITTED && !own.idea().isPublished()
					? "ideas.error.no-change-asked" : "ideas.error.not-waiting");
		}
		this.ideas.revise(ideaId, checked, this.clock.instant());
		return own(ideaId).orElseThrow();
	}

	private OwnIdea withdraw(long ideaId, @Nullable String reason, Locale language) {
		String words = Input.optionalLines("reason", reason, IdeaLifecycle.MAX_JUSTIFICATION_LENGTH);
		this.ideas.lockState(ideaId);
		OwnIdea own = own(ideaId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		if (!own.mayWithdraw()) {
			throw new Refusal("ideas.error.withdraw-too-late");
		}
		String justification = words != null ? words : Texts.get("ideas.own.withdrawn", Texts.supported(language));
		this.lifecycle.move(ideaId, IdeaState.WITHDRAWN, justification, this.accounts.signedInAccountId().orElse(null));
		return own(ideaId).orElseThrow();
	}

	private static String orEmpty(@Nullable String text) {
		return text == null ? "" : text;
	}

	private Optional<Long> myIdea(long ideaId) {
		return this.accounts.signedInAccountId().filter(me -> this.ideas.isAuthor(ideaId, me)).map(me -> ideaId);
	}

	private Optional<Long> codeIdea(@Nullable String typed) {
		return Codes.parse(typed, IdeaService.RECEIPT_CODE_LENGTH).flatMap(this.ideas::idByReceiptCode);
	}

	private Optional<OwnIdea> own(long ideaId) {
		return this.ideas.find(ideaId).map(idea -> new OwnIdea(idea, this.ideas.moderationNotes(ideaId)));
	}

}
