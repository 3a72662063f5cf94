package de.norderstedt.go.ideas;

import static de.norderstedt.go.db.Tables.ACCOUNT;
import static de.norderstedt.go.db.Tables.IDEA;
import static de.norderstedt.go.db.Tables.IDEA_CONTACT;
import static de.norderstedt.go.db.Tables.IDEA_GROUP;
import static de.norderstedt.go.db.Tables.IDEA_KIOSK_SUPPORT;
import static de.norderstedt.go.db.Tables.IDEA_MERGE_INVITATION;
import static de.norderstedt.go.db.Tables.IDEA_MODERATION_NOTE;
import static de.norderstedt.go.db.Tables.IDEA_SUPPORT;
import static de.norderstedt.go.db.Tables.IDEA_TRANSITION;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

import de.norderstedt.go.accounts.Language;
import de.norderstedt.go.web.CityTime;
import org.jspecify.annotations.Nullable;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.springframework.stereotype.Repository;

@Repository
class IdeaRepository {

	/** Published and not hidden after reports: what everyone may see. */
	static final Condition PUBLIC = IDEA.PUBLISHED_AT.isNotNull().and(IDEA.HIDDEN_AT.isNull());

	/**
	 * The generated German full-text vector of title and texts (jOOQ has no type for it).
	 */
	private static final Field<Object> SEARCHABLE = DSL.field(DSL.name("idea", "searchable"));

	private final DSLContext dsl;

	IdeaRepository(DSLContext dsl) {
		this.dsl = dsl;
	}

	/** A checked new idea with everything about who gave it. */
	record Insert(String title, String problem, String proposal, String beneficiaries, @Nullable Long districtId,
			@Nullable Long topicId, @Nullable Long groupId, IdeaChannel channel, @Nullable Long authorId,
			@Nullable String authorName, @Nullable Long capturedBy, @Nullable String onBehalfOf,
			@Nullable String receiptCode, @Nullable IdeaPicture picture, @Nullable Long workshopId) {
	}

	long insert(Insert idea, Instant now) {
		IdeaPicture picture = idea.picture();
		return Objects.requireNonNull(this.dsl.insertInto(IDEA)
			.set(IDEA.TITLE, idea.title())
			.set(IDEA.PROBLEM, idea.problem())
			.set(IDEA.PROPOSAL, idea.proposal())
			.set(IDEA.BENEFICIARIES, idea.beneficiaries())
			.set(IDEA.DISTRICT_ID, idea.districtId())
			.set(IDEA.TOPIC_ID, idea.topicId())
			.set(IDEA.LEAD_GROUP_ID, idea.groupId())
			.set(IDEA.CHANNEL, idea.channel())
			.set(IDEA.AUTHOR_ID, idea.authorId())
			.set(IDEA.AUTHOR_NAME, idea.authorName())
			.set(IDEA.CAPTURED_BY, idea.capturedBy())
			.set(IDEA.ON_BEHALF_OF, idea.onBehalfOf())
			.set(IDEA.RECEIPT_CODE, idea.receiptCode())
			.set(IDEA.PICTURE, picture == null ? null : picture.bytes())
			.set(IDEA.PICTURE_TYPE, picture == null ? null : picture.type())
			.set(IDEA.PICTURE_ALT, picture == null ? null : picture.alt())
			.set(IDEA.WORKSHOP_ID, idea.workshopId())
			.set(IDEA.CREATED_AT, now)
			.set(IDEA.STATE_CHANGED_AT, now)
			.returning(IDEA.ID)
			.fetchSingle(IDEA.ID));
	}

	void insertContact(long ideaId, String email, String consentText, Language language, Instant now) {
		this.dsl.insertInto(IDEA_CONTACT)
			.set(IDEA_CONTACT.IDEA_ID, ideaId)
			.set(IDEA_CONTACT.EMAIL, email)
			.set(IDEA_CONTACT.CONSENT_TEXT, consentText)
			.set(IDEA_CONTACT.LANGUAGE, language)
			.set(IDEA_CONTACT.CONSENTED_AT, now)
			.execute();
	}

	/** Deletes the contacts of ideas that reached a final state before the time. */
	int deleteContactsDecidedBefore(Instant before) {
		return this.dsl.deleteFrom(IDEA_CONTACT)
			.where(IDEA_CONTACT.IDEA_ID.in(DSL.select(IDEA.ID)
				.from(IDEA)
				.where(IDEA.STATE.in(IdeaState.DONE, IdeaState.MERGED, IdeaState.NOT_FEASIBLE, IdeaState.WITHDRAWN))
				.and(IDEA.STATE_CHANGED_AT.lt(before))))
			.execute();
	}

	/** Whether the idea still has the e-mail address its author left. */
	Optional<IdeaContactAddress> contact(long ideaId) {
		return this.dsl.select(IDEA_CONTACT.IDEA_ID, IDEA_CONTACT.EMAIL, IDEA_CONTACT.LANGUAGE)
			.from(IDEA_CONTACT)
			.where(IDEA_CONTACT.IDEA_ID.eq(ideaId))
			.fetchOptional(r -> new IdeaContactAddress(r.value1(), r.value2(), r.value3()));
	}

	/**
	 * The addresses the authors of these ideas left, per idea (an address may come more
	 * than once: consent is per idea).
	 */
	List<IdeaContactAddress> contacts(Collection<Long> ideaIds) {
		return this.dsl.select(IDEA_CONTACT.IDEA_ID, IDEA_CONTACT.EMAIL, IDEA_CONTACT.LANGUAGE)
			.from(IDEA_CONTACT)
			.where(IDEA_CONTACT.IDEA_ID.in(ideaIds))
			.orderBy(IDEA_CONTACT.EMAIL, IDEA_CONTACT.IDEA_ID)
			.fetch(r -> new IdeaContactAddress(r.value1(), r.value2(), r.value3()));
	}

	boolean hasContact(long ideaId) {
		return this.dsl.fetchExists(IDEA_CONTACT, IDEA_CONTACT.IDEA_ID.eq(ideaId));
	}

	boolean receiptCodeTaken(String code) {
		return this.dsl.fetchExists(IDEA, IDEA.RECEIPT_CODE.eq(code));
	}

	/** The idea's state, its row locked until the transaction ends. */
	Optional<IdeaState> lockState(long ideaId) {
		return this.dsl.select(IDEA.STATE).from(IDEA).where(IDEA.ID.eq(ideaId)).forUpdate().fetchOptional(IDEA.STATE);
	}

	/** The state of a published idea, its row locked until the transaction ends. */
	Optional<IdeaState> lockPublicState(long ideaId) {
		return this.dsl.select(IDEA.STATE)
			.from(IDEA)
			.where(IDEA.ID.eq(ideaId).and(PUBLIC))
			.forUpdate()
			.fetchOptional(IDEA.STATE);
	}

	/**
	 * Locks a published idea, also one hidden after reports (a report sent while others
	 * hid it still counts).
	 */
	boolean lockPublished(long ideaId) {
		return this.dsl.select(IDEA.ID)
			.from(IDEA)
			.where(IDEA.ID.eq(ideaId).and(IDEA.PUBLISHED_AT.isNotNull()))
			.forUpdate()
			.fetchOptional()
			.isPresent();
	}

	/**
	 * Writes the timeline entry and moves the idea to its new state: the database refuses
	 * a step that is not allowed, and a change of state without this entry.
	 */
	long transition(long ideaId, @Nullable IdeaState from, IdeaState to, String justification, @Nullable Long decidedBy,
			Instant now) {
		return transition(ideaId, from, to, justification, decidedBy, null, now);
	}

	/**
	 * Writes the timeline entry and moves the idea. The lead group's first answer is its
	 * first step after the idea was published (publishing is the moderators').
	 * @param mergedInto the idea it continues in, exactly when it goes to MERGED
	 */
	long transition(long ideaId, @Nullable IdeaState from, IdeaState to, String justification, @Nullable Long decidedBy,
			@Nullable Long mergedInto, Instant now) {
		long id = Objects.requireNonNull(this.dsl.insertInto(IDEA_TRANSITION)
			.set(IDEA_TRANSITION.IDEA_ID, ideaId)
			.set(IDEA_TRANSITION.FROM_STATE, from)
			.set(IDEA_TRANSITION.TO_STATE, to)
			.set(IDEA_TRANSITION.JUSTIFICATION, justification)
			.set(IDEA_TRANSITION.DECIDED_BY, decidedBy)
			.set(IDEA_TRANSITION.AT, now)
			.returning(IDEA_TRANSITION.ID)
			.fetchSingle(IDEA_TRANSITION.ID));
		if (from != null) {
			this.dsl.update(IDEA)
				.set(IDEA.STATE, to)
				.set(IDEA.STATE_CHANGED_AT, now)
				.set(IDEA.FIRST_ANSWER_AT,
						from == IdeaState.SUBMITTED ? IDEA.FIRST_ANSWER_AT
								: DSL.coalesce(IDEA.FIRST_ANSWER_AT, DSL.val(now)))
				.set(IDEA.MERGED_INTO, mergedInto)
				// a Wiedervorlage belongs to the stay in the Ideenspeicher
				.set(IDEA.RESUBMIT_ON, to == IdeaState.STORED ? IDEA.RESUBMIT_ON : DSL.inline((LocalDate) null))
				.where(IDEA.ID.eq(ideaId))
				.execute();
		}
		return id;
	}

	void markPublished(long ideaId, long leadGroupId, Instant now) {
		this.dsl.update(IDEA)
			.set(IDEA.PUBLISHED_AT, now)
			.set(IDEA.LEAD_GROUP_ID, leadGroupId)
			.where(IDEA.ID.eq(ideaId))
			.execute();
	}

	Optional<IdeaDetails> find(long ideaId) {
		return findWhere(IDEA.ID.eq(ideaId));
	}

	Optional<IdeaDetails> findPublic(long ideaId) {
		return findWhere(IDEA.ID.eq(ideaId).and(PUBLIC));
	}

	Optional<IdeaDetails> findByReceiptCode(String code) {
		return findWhere(IDEA.RECEIPT_CODE.eq(code));
	}

	private Optional<IdeaDetails> findWhere(Condition condition) {
		return this.dsl
			.select(IDEA.ID, IDEA.TITLE, IDEA.PROBLEM, IDEA.PROPOSAL, IDEA.BENEFICIARIES, IDEA.DISTRICT_ID,
					IDEA.TOPIC_ID, IDEA.LEAD_GROUP_ID, IDEA.STATE, IDEA.CHANNEL, IDEA.AUTHOR_NAME, IDEA.SUPPORTS,
					IDEA.KIOSK_SUPPORTS, IDEA.MERGED_INTO, IDEA.PICTURE_ALT, IDEA.PUBLISHED_AT, IDEA.CREATED_AT, DSL
						.multiset(DSL
							.select(IDEA_TRANSITION.FROM_STATE, IDEA_TRANSITION.TO_STATE, IDEA_TRANSITION.JUSTIFICATION,
									IDEA_TRANSITION.AT)
							.from(IDEA_TRANSITION)
							.where(IDEA_TRANSITION.IDEA_ID.eq(IDEA.ID))
							.orderBy(IDEA_TRANSITION.AT, IDEA_TRANSITION.ID))
						.convertFrom(r -> r.map(t -> new TimelineEntry(t.value1(), Objects.requireNonNull(t.value2()),
								t.value3(), t.value4()))))
			.from(IDEA)
			.where(condition)
			.fetchOptional(r -> new IdeaDetails(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), r.value8(), r.value9(), r.value10(), r.value11(), r.value12(), r.value13(), r.value14(),
					r.value15(), r.value16(), r.value17(), r.value18()));
	}

	/**
	 * The account of everyone who supported the idea by then, other than its author (the
	 * message is handled later, when more may have joined).
	 */
	List<Long> supportersBy(long ideaId, @Nullable Long authorId, Instant by) {
		return this.dsl.select(IDEA_SUPPORT.ACCOUNT_ID)
			.from(IDEA_SUPPORT)
			.where(IDEA_SUPPORT.IDEA_ID.eq(ideaId).and(IDEA_SUPPORT.AT.le(by)))
			.and(authorId == null ? DSL.trueCondition() : IDEA_SUPPORT.ACCOUNT_ID.ne(authorId))
			.orderBy(IDEA_SUPPORT.ACCOUNT_ID)
			.fetch(IDEA_SUPPORT.ACCOUNT_ID);
	}

	/** The author's account (if any) and every account that supported the idea. */
	List<Long> people(long ideaId) {
		return people(List.of(ideaId));
	}

	/**
	 * The authors' accounts (if any) and every account that supported one of the ideas,
	 * each once, in the order of their ids.
	 */
	List<Long> people(Collection<Long> ideaIds) {
		return this.dsl.select(IDEA.AUTHOR_ID)
			.from(IDEA)
			.where(IDEA.ID.in(ideaIds).and(IDEA.AUTHOR_ID.isNotNull()))
			.union(DSL.select(IDEA_SUPPORT.ACCOUNT_ID).from(IDEA_SUPPORT).where(IDEA_SUPPORT.IDEA_ID.in(ideaIds)))
			.fetch(r -> Objects.requireNonNull(r.value1()))
			.stream()
			.sorted()
			.toList();
	}

	/**
	 * The idea and every idea merged into it, directly or through ideas merged in turn.
	 */
	Set<Long> withMergedInto(long ideaId) {
		Set<Long> ideas = new LinkedHashSet<>(List.of(ideaId));
		List<Long> next = List.of(ideaId);
		while (!next.isEmpty()) {
			next = this.dsl.select(IDEA.ID)
				.from(IDEA)
				.where(IDEA.MERGED_INTO.in(next))
				.fetch(IDEA.ID)
				.stream()
				.filter(ideas::add)
				.toList();
		}
		return ideas;
	}

	/**
	 * Asks each account whether it supports the idea the merged one continues in; those
	 * who support it already are not asked.
	 * @return how many were asked
	 */
	int inviteToMerged(long mergedIdeaId, long intoId, List<Long> accounts, Instant now) {
		int asked = 0;
		for (long account : accounts) {
			if (!supports(intoId, account)) {
				asked += this.dsl.insertInto(IDEA_MERGE_INVITATION)
					.set(IDEA_MERGE_INVITATION.MERGED_IDEA_ID, mergedIdeaId)
					.set(IDEA_MERGE_INVITATION.ACCOUNT_ID, account)
					.set(IDEA_MERGE_INVITATION.ASKED_AT, now)
					.onConflictDoNothing()
					.execute();
			}
		}
		return asked;
	}

	/** The accounts asked about the merged idea that have not answered yet. */
	List<Long> invited(long mergedIdeaId) {
		return this.dsl.select(IDEA_MERGE_INVITATION.ACCOUNT_ID)
			.from(IDEA_MERGE_INVITATION)
			.where(IDEA_MERGE_INVITATION.MERGED_IDEA_ID.eq(mergedIdeaId)
				.and(IDEA_MERGE_INVITATION.ANSWERED_AT.isNull()))
			.orderBy(IDEA_MERGE_INVITATION.ACCOUNT_ID)
			.fetch(IDEA_MERGE_INVITATION.ACCOUNT_ID);
	}

	/**
	 * The ideas merged into this one that ask the account for an answer, oldest first.
	 */
	List<MergeInvitation> openInvitations(long intoId, long accountId) {
		return this.dsl.select(IDEA.ID, IDEA.TITLE)
			.from(IDEA_MERGE_INVITATION)
			.join(IDEA)
			.on(IDEA.ID.eq(IDEA_MERGE_INVITATION.MERGED_IDEA_ID))
			.where(IDEA.MERGED_INTO.eq(intoId))
			.and(IDEA_MERGE_INVITATION.ACCOUNT_ID.eq(accountId))
			.and(IDEA_MERGE_INVITATION.ANSWERED_AT.isNull())
			.orderBy(IDEA.ID)
			.fetch(r -> new MergeInvitation(r.value1(), r.value2(), intoId));
	}

	/**
	 * Records the account's answer to every open question about ideas merged into this
	 * one: true when there was one to answer.
	 */
	boolean answerInvitations(long intoId, long accountId, boolean accepted, Instant now) {
		return this.dsl.update(IDEA_MERGE_INVITATION)
			.set(IDEA_MERGE_INVITATION.ANSWERED_AT, now)
			.set(IDEA_MERGE_INVITATION.ACCEPTED, accepted)
			.where(IDEA_MERGE_INVITATION.ACCOUNT_ID.eq(accountId))
			.and(IDEA_MERGE_INVITATION.ANSWERED_AT.isNull())
			.and(IDEA_MERGE_INVITATION.MERGED_IDEA_ID
				.in(DSL.select(IDEA.ID).from(IDEA).where(IDEA.MERGED_INTO.eq(intoId))))
			.execute() > 0;
	}

	/**
	 * The ideas on the desks of the groups (all groups for null): published, visible and
	 * in review, or parked and due again by the day. Overdue first, then by deadline.
	 */
	List<DeskItem> desk(@Nullable List<Long> groups, LocalDate today, int limit) {
		Condition inReview = IDEA.STATE.eq(IdeaState.IN_REVIEW);
		Condition due = IDEA.STATE.eq(IdeaState.STORED).and(IDEA.RESUBMIT_ON.le(today));
		return this.dsl
			.select(IDEA.ID, IDEA.TITLE, IDEA.STATE, IDEA.LEAD_GROUP_ID, IDEA.PUBLISHED_AT, IDEA.FIRST_ANSWER_AT,
					IDEA.RESUBMIT_ON, IDEA_GROUP.FIRST_ANSWER_DAYS)
			.from(IDEA)
			.join(IDEA_GROUP)
			.on(IDEA_GROUP.ID.eq(IDEA.LEAD_GROUP_ID))
			.where(PUBLIC.and(inReview.or(due)))
			.and(groups == null ? DSL.trueCondition() : IDEA.LEAD_GROUP_ID.in(groups))
			.orderBy(IDEA.PUBLISHED_AT)
			.limit(limit)
			.fetch(r -> {
				LocalDate resubmit = r.value7();
				LocalDate deadline = resubmit != null && r.value3() == IdeaState.STORED ? resubmit
						: CityTime.date(Objects.requireNonNull(r.value5())).plusDays(r.value8());
				boolean overdue = r.value6() == null && today.isAfter(deadline);
				return new DeskItem(r.value1(), r.value2(), r.value3(), Objects.requireNonNull(r.value4()), deadline,
						overdue, resubmit);
			})
			.stream()
			.sorted(Comparator.comparing((DeskItem i) -> !i.overdue()).thenComparing(DeskItem::deadline))
			.toList();
	}

	/** Whether the idea is published, visible and not decided for good. */
	boolean isOpenForMerge(long ideaId) {
		return this.dsl.fetchExists(IDEA, IDEA.ID.eq(ideaId)
			.and(PUBLIC)
			.and(IDEA.STATE.notIn(IdeaState.DONE, IdeaState.MERGED, IdeaState.NOT_FEASIBLE, IdeaState.WITHDRAWN)));
	}

	void resubmitOn(long ideaId, @Nullable LocalDate day) {
		this.dsl.update(IDEA).set(IDEA.RESUBMIT_ON, day).where(IDEA.ID.eq(ideaId)).execute();
	}

	Optional<IdeaPicture> picture(long ideaId) {
		return this.dsl.select(IDEA.PICTURE, IDEA.PICTURE_TYPE, IDEA.PICTURE_ALT)
			.from(IDEA)
			.where(IDEA.ID.eq(ideaId).and(PUBLIC).and(IDEA.PICTURE.isNotNull()))
			.fetchOptional(r -> new IdeaPicture(r.value1(), r.value2(), r.value3()));
	}

	/**
	 * Supports the idea once for the account: true when this is new. The count moves with
	 * the row, under the idea's lock.
	 */
	boolean support(long ideaId, long accountId, Instant now) {
		int added = this.dsl.insertInto(IDEA_SUPPORT)
			.set(IDEA_SUPPORT.IDEA_ID, ideaId)
			.set(IDEA_SUPPORT.ACCOUNT_ID, accountId)
			.set(IDEA_SUPPORT.AT, now)
			.onConflictDoNothing()
			.execute();
		if (added == 1) {
			this.dsl.update(IDEA).set(IDEA.SUPPORTS, IDEA.SUPPORTS.plus(1)).where(IDEA.ID.eq(ideaId)).execute();
		}
		return added == 1;
	}

	boolean supports(long ideaId, long accountId) {
		return this.dsl.fetchExists(IDEA_SUPPORT,
				IDEA_SUPPORT.IDEA_ID.eq(ideaId).and(IDEA_SUPPORT.ACCOUNT_ID.eq(accountId)));
	}

	/**
	 * One more support from a kiosk on a day, unless the device gave {@code limit} for
	 * this idea that day already: true when counted.
	 */
	boolean supportAtKiosk(long ideaId, long deviceId, LocalDate day, int limit) {
		Integer given = this.dsl.insertInto(IDEA_KIOSK_SUPPORT)
			.set(IDEA_KIOSK_SUPPORT.IDEA_ID, ideaId)
			.set(IDEA_KIOSK_SUPPORT.DEVICE_ID, deviceId)
			.set(IDEA_KIOSK_SUPPORT.DAY, day)
			.set(IDEA_KIOSK_SUPPORT.SUPPORTS, 1)
			.onConflict(IDEA_KIOSK_SUPPORT.IDEA_ID, IDEA_KIOSK_SUPPORT.DEVICE_ID, IDEA_KIOSK_SUPPORT.DAY)
			.doUpdate()
			.set(IDEA_KIOSK_SUPPORT.SUPPORTS, IDEA_KIOSK_SUPPORT.SUPPORTS.plus(1))
			.where(IDEA_KIOSK_SUPPORT.SUPPORTS.lt(limit))
			.returning(IDEA_KIOSK_SUPPORT.SUPPORTS)
			.fetchOptional(IDEA_KIOSK_SUPPORT.SUPPORTS)
			.orElse(null);
		if (given == null) {
			return false;
		}
		this.dsl.update(IDEA).set(IDEA.KIOSK_SUPPORTS, IDEA.KIOSK_SUPPORTS.plus(1)).where(IDEA.ID.eq(ideaId)).execute();
		return true;
	}

	/**
	 * Published ideas whose title is like the text (trigram word similarity, which also
	 * finds a title from a few typed words) or whose text shares a German word stem with
	 * it, the most alike first. Each way gives its best few candidates straight from its
	 * index (the nearest titles from the GiST index, the best-ranked stems from the GIN
	 * index), so a common word does not make the database rank every idea that has it.
	 */
	List<SimilarIdea> similar(String text, int limit) {
		customPlans();
		Field<String> typed = DSL.val(text);
		// any of the typed words, not all: a suggestion while typing
		Field<Object> anyWord = DSL.field("replace(plainto_tsquery('german', {0})::text, '&', '|')::tsquery",
				Object.class, typed);
		Condition open = PUBLIC.and(IDEA.STATE.ne(IdeaState.MERGED));
		Field<Double> distance = DSL.field("({0} <<-> {1})", SQLDataType.DOUBLE, typed, IDEA.TITLE);
		Field<Double> rank = DSL.field("ts_rank({0}, {1})", SQLDataType.DOUBLE, SEARCHABLE, anyWord);
		int candidates = Math.max(limit * 2, 10);
		var byTitle = DSL.select(IDEA.ID, DSL.inline(1.0).minus(distance).as("likeness"))
			.from(IDEA)
			.where(open.and(DSL.condition("{0} <% {1}", typed, IDEA.TITLE)))
			.orderBy(distance)
			.limit(candidates);
		var byWords = DSL.select(IDEA.ID, rank.as("likeness"))
			.from(IDEA)
			.where(open.and(DSL.condition("{0} @@ {1}", SEARCHABLE, anyWord)))
			.orderBy(rank.desc())
			.limit(candidates);
		Table<?> found = byTitle.unionAll(byWords).asTable("found");
		Field<Long> foundId = Objects.requireNonNull(found.field(IDEA.ID.getName(), Long.class));
		Field<Double> likeness = DSL.max(Objects.requireNonNull(found.field("likeness", Double.class)));
		return this.dsl.select(IDEA.ID, IDEA.TITLE, IDEA.STATE, IDEA.SUPPORTS.plus(IDEA.KIOSK_SUPPORTS))
			.from(found)
			.join(IDEA)
			.on(IDEA.ID.eq(foundId))
			.groupBy(IDEA.ID)
			.orderBy(likeness.desc(), IDEA.ID.desc())
			.limit(limit)
			.fetch(r -> new SimilarIdea(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	/**
	 * Plans the transaction's next searches for the words at hand. A plan made once for
	 * any words (what PostgreSQL switches to after a statement ran a few times) guesses
	 * how many ideas share them and, for a common word, reads thousands of rows instead
	 * of a few.
	 */
	private void customPlans() {
		this.dsl.execute("SET LOCAL plan_cache_mode = force_custom_plan");
	}

	/** Published ideas as the filter says. */
	List<IdeaSummary> published(IdeaFilter filter, int limit) {
		List<Condition> conditions = new ArrayList<>();
		conditions.add(PUBLIC);
		if (filter.state() != null) {
			conditions.add(IDEA.STATE.eq(filter.state()));
		}
		if (filter.groupId() != null) {
			conditions.add(IDEA.LEAD_GROUP_ID.eq(filter.groupId()));
		}
		if (filter.districtId() != null) {
			conditions.add(IDEA.DISTRICT_ID.eq(filter.districtId()));
		}
		if (filter.topicId() != null) {
			conditions.add(IDEA.TOPIC_ID.eq(filter.topicId()));
		}
		String text = filter.text();
		if (text != null) {
			customPlans();
			conditions.add(DSL.condition("{0} @@ websearch_to_tsquery('german', {1})", SEARCHABLE, DSL.val(text))
				.or(DSL.condition("{0} <% {1}", DSL.val(text), IDEA.TITLE)));
		}
		return summaries(DSL.and(conditions), order(filter.sort()), limit);
	}

	private List<IdeaSummary> summaries(Condition condition, List<SortField<?>> order, int limit) {
		return this.dsl
			.select(IDEA.ID, IDEA.TITLE, IDEA.STATE, IDEA.LEAD_GROUP_ID, IDEA.DISTRICT_ID, IDEA.TOPIC_ID,
					IDEA.SUPPORTS.plus(IDEA.KIOSK_SUPPORTS), IDEA.STATE_CHANGED_AT)
			.from(IDEA)
			.where(condition)
			.orderBy(order)
			.limit(limit)
			.fetch(r -> new IdeaSummary(r.value1(), r.value2(), r.value3(), r.value4(), r.value5(), r.value6(),
					r.value7(), r.value8()));
	}

	private static List<SortField<?>> order(IdeaSort sort) {
		return switch (sort) {
			case NEWEST -> List.of(IDEA.PUBLISHED_AT.desc(), IDEA.ID.desc());
			case MOST_SUPPORTED -> List.of(IDEA.SUPPORTS.plus(IDEA.KIOSK_SUPPORTS).desc(), IDEA.ID.desc());
			case RECENTLY_DECIDED -> List.of(IDEA.STATE_CHANGED_AT.desc(), IDEA.ID.desc());
		};
	}

	/** Ideas waiting for a moderator, oldest first. */
	List<IdeaSummary> waitingForModeration(int limit) {
		return summaries(IDEA.STATE.eq(IdeaState.SUBMITTED).and(IDEA.PUBLISHED_AT.isNull()),
				List.of(IDEA.CREATED_AT.asc(), IDEA.ID.asc()), limit);
	}

	long insertModerationNote(long ideaId, String note, @Nullable Long writtenBy, Instant now) {
		return Objects.requireNonNull(this.dsl.insertInto(IDEA_MODERATION_NOTE)
			.set(IDEA_MODERATION_NOTE.IDEA_ID, ideaId)
			.set(IDEA_MODERATION_NOTE.NOTE, note)
			.set(IDEA_MODERATION_NOTE.WRITTEN_BY, writtenBy)
			.set(IDEA_MODERATION_NOTE.AT, now)
			.returning(IDEA_MODERATION_NOTE.ID)
			.fetchSingle(IDEA_MODERATION_NOTE.ID));
	}

	Optional<StateChange> stateChange(long transitionId) {
		return this.dsl
			.select(IDEA.ID, IDEA.TITLE, IDEA_TRANSITION.TO_STATE, IDEA_TRANSITION.JUSTIFICATION, IDEA_TRANSITION.AT,
					IDEA.AUTHOR_ID)
			.from(IDEA_TRANSITION)
			.join(IDEA)
			.on(IDEA.ID.eq(IDEA_TRANSITION.IDEA_ID))
			.where(IDEA_TRANSITION.ID.eq(transitionId))
			.fetchOptional(r -> new StateChange(r.value1(), r.value2(), Objects.requireNonNull(r.value3()), r.value4(),
					r.value6(), supportersBy(r.value1(), r.value6(), r.value5())));
	}

	Optional<ChangeRequest> changeRequest(long noteId) {
		return this.dsl.select(IDEA.ID, IDEA.TITLE, IDEA_MODERATION_NOTE.NOTE, IDEA.AUTHOR_ID)
			.from(IDEA_MODERATION_NOTE)
			.join(IDEA)
			.on(IDEA.ID.eq(IDEA_MODERATION_NOTE.IDEA_ID))
			.where(IDEA_MODERATION_NOTE.ID.eq(noteId))
			.fetchOptional(r -> new ChangeRequest(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	/**
	 * Every request for a change a moderator sent the author of this idea, oldest first.
	 */
	List<ModerationNote> moderationNotes(long ideaId) {
		return this.dsl
			.select(IDEA_MODERATION_NOTE.ID, IDEA_MODERATION_NOTE.NOTE, IDEA_MODERATION_NOTE.AT,
					IDEA_MODERATION_NOTE.ANSWERED_AT)
			.from(IDEA_MODERATION_NOTE)
			.where(IDEA_MODERATION_NOTE.IDEA_ID.eq(ideaId))
			.orderBy(IDEA_MODERATION_NOTE.AT, IDEA_MODERATION_NOTE.ID)
			.fetch(r -> new ModerationNote(r.value1(), r.value2(), r.value3(), r.value4()));
	}

	/** The idea a receipt code belongs to. */
	Optional<Long> idByReceiptCode(String code) {
		return this.dsl.select(IDEA.ID).from(IDEA).where(IDEA.RECEIPT_CODE.eq(code)).fetchOptional(IDEA.ID);
	}

	boolean isAuthor(long ideaId, long accountId) {
		return this.dsl.fetchExists(IDEA, IDEA.ID.eq(ideaId).and(IDEA.AUTHOR_ID.eq(accountId)));
	}

	/**
	 * The author's new words for a waiting idea, and every open request marked answered.
	 */
	void revise(long ideaId, NewIdea text, Instant now) {
		this.dsl.update(IDEA)
			.set(IDEA.TITLE, text.title())
			.set(IDEA.PROBLEM, text.problem())
			.set(IDEA.PROPOSAL, text.proposal())
			.set(IDEA.BENEFICIARIES, text.beneficiaries())
			.where(IDEA.ID.eq(ideaId))
			.execute();
		this.dsl.update(IDEA_MODERATION_NOTE)
			.set(IDEA_MODERATION_NOTE.ANSWERED_AT, now)
			.where(IDEA_MODERATION_NOTE.IDEA_ID.eq(ideaId).and(IDEA_MODERATION_NOTE.ANSWERED_AT.isNull()))
			.execute();
	}

	List<IdeaGroup> groups() {
		return this.dsl.selectFrom(IDEA_GROUP)
			.where(IDEA_GROUP.RETIRED_AT.isNull())
			.orderBy(IDEA_GROUP.POSITION, IDEA_GROUP.ID)
			.fetch(r -> new IdeaGroup(r.getId(), r.getSlug(), r.getNameDe(), r.getNameEn(), r.getFirstAnswerDays()));
	}

	boolean anyIdea() {
		return this.dsl.fetchExists(IDEA);
	}

	/** Account ids by username (for the demo data). */
	Map<String, Long> accountIds(List<String> usernames) {
		return this.dsl.select(ACCOUNT.USERNAME, ACCOUNT.ID)
			.from(ACCOUNT)
			.where(ACCOUNT.USERNAME.in(usernames))
			.fetchMap(ACCOUNT.USERNAME, ACCOUNT.ID);
	}

	boolean groupExists(long groupId) {
		return this.dsl.fetchExists(IDEA_GROUP, IDEA_GROUP.ID.eq(groupId).and(IDEA_GROUP.RETIRED_AT.isNull()));
	}

}
