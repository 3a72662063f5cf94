package de.norderstedt.go.ideas;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Who belongs to which working group, and who chairs it; kept by admins. */
@Service
@PreAuthorize("hasRole('ADMIN')")
public class WorkingGroupService {

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

	/** Takes a member out of a group (their handed-in sheets stay). */
	@Transactional
	public void removeMember(long groupId, long accountId) {
		this.groups.removeMember(groupId, accountId);
	}

}
