package de.norderstedt.go.ideas;

import java.text.Normalizer;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to which working group, and who chairs it; kept by admins. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class WorkingGroupService {

	/** The longest name of a group, in either language. */
	public static final int MAX_NAME_LENGTH = 80;

	/** The longest time a group may take for a first answer, in days. */
	public static final int MAX_FIRST_ANSWER_DAYS = 365;

	private final EvaluationRepository groups;

	private final IdeaRepository ideas;

	private final AccountService accounts;

	private final Clock clock;

	WorkingGroupService(EvaluationRepository groups, IdeaRepository ideas, AccountService accounts, Clock clock) {
		this.groups = groups;
		this.ideas = ideas;
		this.accounts = accounts;
		this.clock = clock;
	}

	/** The working groups in their order. */
	@Transactional(readOnly = true)
	public List<IdeaGroup> groups() {
		return this.ideas.groups();
	}

	/** The members of a group, chairs first. */
	@Transactional(readOnly = true)
	public List<GroupMember> members(long groupId) {
		Map<Long, Account> byId = this.accounts.listAccounts()
			.stream()
			.collect(Collectors.toMap(Account::id, Function.identity()));
		List<GroupMember> members = new ArrayList<>();
		this.groups.members(groupId).forEach((accountId, chair) -> {
			Account account = byId.get(accountId);
			if (account != null) {
				members.add(new GroupMember(accountId, account.displayName(), account.username(), chair));
			}
		});
		return members;
	}

	/** The accounts that may join a group (enabled ones). */
	@Transactional(readOnly = true)
	public List<Account> accounts() {
		return this.accounts.listAccounts().stream().filter(Account::enabled).toList();
	}

	/**
	 * Adds a member, or changes whether a member chairs the group.
	 * @throws Refusal at {@code account} when none or an unknown one is chosen
	 */
	@Transactional
	public void addMember(long groupId, @Nullable Long accountId, boolean chair) {
		if (this.groups.group(groupId).isEmpty()) {
			throw Refusal.at("group", "ideas.error.group-missing");
		}
		if (accountId == null || accounts().stream().noneMatch(a -> a.id() == accountId)) {
			throw Refusal.at("account", "ideas.error.member-missing");
		}
		this.groups.addMember(groupId, accountId, chair, this.clock.instant());
	}

	/**
	 * Adds a working group; it takes ideas and rounds from now on.
	 * @return the new group's id
	 * @throws Refusal at {@code name-de}, {@code name-en} or {@code days}
	 */
	@Transactional
	public long addGroup(@Nullable String nameDe, @Nullable String nameEn, @Nullable Integer firstAnswerDays) {
		GroupFields fields = GroupFields.of(nameDe, nameEn, firstAnswerDays);
		if (this.groups.groupNameTaken(fields.nameDe(), fields.nameEn(), null)) {
			throw Refusal.at("name-de", "ideas.error.group-name-taken");
		}
		return this.groups.insertGroup(freeSlug(fields.nameDe()), fields.nameDe(), fields.nameEn(), fields.days());
	}

	/**
	 * Renames a group or changes how long it has for a first answer (deadlines of ideas
	 * already waiting move with it).
	 * @throws Refusal at {@code name-de}, {@code name-en} or {@code days}; at
	 * {@code group} when it is unknown or retired
	 */
	@Transactional
	public void changeGroup(long groupId, @Nullable String nameDe, @Nullable String nameEn,
			@Nullable Integer firstAnswerDays) {
		GroupFields fields = GroupFields.of(nameDe, nameEn, firstAnswerDays);
		if (!this.groups.lockGroup(groupId)) {
			throw Refusal.at("group", "ideas.error.group-missing");
		}
		if (this.groups.groupNameTaken(fields.nameDe(), fields.nameEn(), groupId)) {
			throw Refusal.at("name-de", "ideas.error.group-name-taken");
		}
		this.groups.updateGroup(groupId, fields.nameDe(), fields.nameEn(), fields.days());
	}

	/**
	 * Retires a group: it takes no new ideas and no rounds. Only a group without open
	 * work retires, so no idea is left without a group that answers it; its decided ideas
	 * and closed rounds stay readable.
	 * @throws Refusal at {@code group} while it leads ideas not yet decided for good or
	 * has an open round
	 */
	@Transactional
	public void retireGroup(long groupId) {
		if (!this.groups.lockGroup(groupId)) {
			throw Refusal.at("group", "ideas.error.group-missing");
		}
		int open = this.groups.openWork(groupId);
		if (open > 0) {
			throw Refusal.at("group", "ideas.error.group-busy", open);
		}
		this.groups.retireGroup(groupId, this.clock.instant());
	}

	private String freeSlug(String name) {
		String base = Normalizer
			.normalize(name.toLowerCase(Locale.GERMAN)
				.replace("ä", "ae")
				.replace("ö", "oe")
				.replace("ü", "ue")
				.replace("ß", "ss"), Normalizer.Form.NFD)
			.replaceAll("\\p{M}", "")
			.replaceAll("[^a-z0-9]+", "-")
			.replaceAll("^-|-$", "");
		base = base.isEmpty() ? "arbeitskreis" : base.substring(0, Math.min(base.length(), 50));
		String slug = base;
		for (int n = 2; this.groups.slugTaken(slug); n++) {
			slug = base + "-" + n;
		}
		return slug;
	}

	/** A group's names and deadline as typed, checked. */
	private record GroupFields(String nameDe, String nameEn, int days) {

		static GroupFields of(@Nullable String nameDe, @Nullable String nameEn, @Nullable Integer days) {
			String de = Input.required("name-de", nameDe, MAX_NAME_LENGTH, "ideas.error.group-name-missing");
			String en = Input.required("name-en", nameEn, MAX_NAME_LENGTH, "ideas.error.group-name-missing");
			if (days == null || days < 1 || days > MAX_FIRST_ANSWER_DAYS) {
				throw Refusal.at("days", "ideas.error.group-days", MAX_FIRST_ANSWER_DAYS);
			}
			return new GroupFields(de, en, days);
		}

	}

	/** Takes a member out of a group (their handed-in sheets stay). */
	@Transactional
	public void removeMember(long groupId, long accountId) {
		this.groups.removeMember(groupId, accountId);
	}

}
