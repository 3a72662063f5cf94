package de.norderstedt.go.ideas;

import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;

import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * From idea to project: a selected idea becomes a project (the idea goes to "In
 * Umsetzung" with a justification), which has milestones and a share done; finishing it
 * makes the idea "Umgesetzt". Each milestone reached is one event, which reaches the
 * authors and supporters of the idea and of the ideas merged into it. Admins and the
 * members of the idea's lead working group run projects; everyone reads them.
 */
@Service
@PreAuthorize("isAuthenticated()")
public class ProjectService {

	/** Longest summary and milestone description. */
	public static final int MAX_TEXT_LENGTH = 2_000;

	/** A milestone lies at most this many years ahead. */
	public static final int MAX_DUE_YEARS = 10;

	/** Longest list of projects shown at once. */
	public static final int MAX_LIST = 200;

	private final ProjectRepository projects;

	private final IdeaRepository ideas;

	private final EvaluationRepository groups;

	private final IdeaLifecycle lifecycle;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	ProjectService(ProjectRepository projects, IdeaRepository ideas, EvaluationRepository groups,
			IdeaLifecycle lifecycle, AccountService accounts, ApplicationEventPublisher events, Clock clock) {
		this.projects = projects;
		this.ideas = ideas;
		this.groups = groups;
		this.lifecycle = lifecycle;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** The projects of public ideas: running ones first, then the finished. */
	@Transactional(readOnly = true)
	@PreAuthorize("permitAll()")
	public List<ProjectSummary> projects() {
		return this.projects.list(true, null, MAX_LIST);
	}

	/** A project whose idea is public. */
	@Transactional(readOnly = true)
	@PreAuthorize("permitAll()")
	public Optional<Project> project(long projectId) {
		return this.projects.findPublic(projectId);
	}

	/**
	 * The project of an idea, for the idea's page and for the person who holds its
	 * receipt code.
	 */
	@Transactional(readOnly = true)
	@PreAuthorize("permitAll()")
	public Optional<Project> ofIdea(long ideaId) {
		return this.projects.findOfIdea(ideaId);
	}

	/** Whether the person runs projects: an admin or a member of a working group. */
	@Transactional(readOnly = true)
	@PreAuthorize("permitAll()")
	public boolean runsProjects() {
		return this.accounts.currentAccount()
			.map(a -> admin(a) || !this.groups.groupsOf(a.id()).isEmpty())
			.orElse(false);
	}

	/** The selected ideas the person may turn into projects, oldest decision first. */
	@Transactional(readOnly = true)
	public List<IdeaSummary> selectedIdeas() {
		return this.projects.selectedWithoutProject(myGroups(), MAX_LIST);
	}

	/** The projects the person runs: running ones first. */
	@Transactional(readOnly = true)
	public List<ProjectSummary> myProjects() {
		return this.projects.list(false, myGroups(), MAX_LIST);
	}

	/** A selected idea the person may turn into a project. */
	@Transactional(readOnly = true)
	public Optional<IdeaDetails> selectedIdea(long ideaId) {
		return this.ideas.findPublic(ideaId)
			.filter(idea -> idea.state() == IdeaState.SELECTED && mayRun(idea.groupId()))
			.filter(idea -> !this.projects.existsForIdea(ideaId));
	}

	/** A project the person runs. */
	@Transactional(readOnly = true)
	public Optional<Project> myProject(long projectId) {
		return this.projects.find(projectId).filter(p -> mayRun(p.groupId()));
	}

	/**
	 * Turns a selected idea into a project: the idea goes to "In Umsetzung" and everyone
	 * who follows it reads the justification.
	 * @return the project's id
	 * @throws Refusal at {@code title}, {@code summary} or {@code justification}; when
	 * the idea is not selected or has a project already; then nothing changes
	 */
	@Transactional
	public long start(long ideaId, @Nullable String title, @Nullable String summary, @Nullable String justification) {
		IdeaDetails idea = this.ideas.findPublic(ideaId).orElseThrow(() -> new Refusal("ideas.error.unknown"));
		if (!mayRun(idea.groupId())) {
			throw new AccessDeniedException("not a member of the idea's lead group");
		}
		String name = checkedTitle("title", title);
		String text = Input.requiredLines("summary", summary, MAX_TEXT_LENGTH, "ideas.error.project-summary-empty");
		if (idea.state() != IdeaState.SELECTED || this.projects.existsForIdea(ideaId)) {
			throw new Refusal("ideas.error.project-not-selected");
		}
		Long me = this.accounts.signedInAccountId().orElse(null);
		this.lifecycle.move(ideaId, IdeaState.IN_PROGRESS, justification, me);
		return this.projects.insert(ideaId, name, text, 0, me, this.clock.instant());
	}

	/**
	 * Adds a milestone after the project's last.
	 * @return the milestone's id
	 * @throws Refusal at {@code title}, {@code description} or {@code dueOn}; when the
	 * project is closed
	 */
	@Transactional
	public long addMilestone(long projectId, NewMilestone milestone) {
		Project project = running(this.projects.lock(projectId));
		Checked checked = checked(project, milestone);
		return this.projects.insertMilestone(projectId, checked.title(), checked.description(), checked.dueOn(), null);
	}

	/**
	 * Changes a milestone's title, description and day.
	 * @throws Refusal as {@link #addMilestone}
	 */
	@Transactional
	public void editMilestone(long milestoneId, NewMilestone milestone) {
		Project project = running(this.projects.lockOfMilestone(milestoneId));
		Checked checked = checked(project, milestone);
		this.projects.updateMilestone(milestoneId, checked.title(), checked.description(), checked.dueOn());
	}

	/**
	 * Marks a milestone reached: everyone who follows the project hears of it, once.
	 * @throws Refusal when it is reached already, or the project is closed
	 */
	@Transactional
	public void reach(long milestoneId) {
		Project project = running(this.projects.lockOfMilestone(milestoneId));
		if (!this.projects.reach(milestoneId, this.clock.instant())) {
			throw new Refusal("ideas.error.milestone-reached");
		}
		this.events.publishEvent(new IdeaEvents.MilestoneReached(project.id(), milestoneId));
	}

	/**
	 * Sets how much of the project is done, in percent.
	 * @throws Refusal at {@code percent} when missing or not from 0 to 100; when the
	 * project is closed
	 */
	@Transactional
	public void percentDone(long projectId, @Nullable Integer percent) {
		running(this.projects.lock(projectId));
		if (percent == null) {
			throw Refusal.at("percent", "ideas.error.percent-missing");
		}
		if (percent < 0 || percent > 100) {
			throw Refusal.at("percent", "ideas.error.percent-range");
		}
		this.projects.percentDone(projectId, percent);
	}

	/**
	 * Finishes the project: the idea goes to "Umgesetzt" and everyone who follows it
	 * reads the justification.
	 * @throws Refusal at {@code justification}; when the project is closed
	 */
	@Transactional
	public void finish(long projectId, @Nullable String justification) {
		Project project = running(this.projects.lock(projectId));
		this.lifecycle.move(project.ideaId(), IdeaState.DONE, justification,
				this.accounts.signedInAccountId().orElse(null));
		this.projects.finish(projectId, this.clock.instant());
	}

	/** A reached milestone and who to tell (for the notifications). */
	@Transactional(readOnly = true)
	@PreAuthorize("permitAll()")
	public Optional<MilestoneNews> milestoneToTell(long milestoneId) {
		return this.projects.reached(milestoneId).map(r -> {
			Set<Long> ideas = this.ideas.withMergedInto(r.ideaId());
			return new MilestoneNews(r.projectId(), r.projectTitle(), r.milestoneTitle(), r.description(),
					this.ideas.people(ideas), this.ideas.contacts(ideas));
		});
	}

	private Project running(Optional<Project> found) {
		Project project = found.orElseThrow(() -> new Refusal("ideas.error.unknown"));
		if (!mayRun(project.groupId())) {
			throw new AccessDeniedException("not a member of the idea's lead group");
		}
		if (!project.isRunning()) {
			throw new Refusal("ideas.error.project-closed");
		}
		return project;
	}

	/** A milestone as checked. */
	private record Checked(String title, @Nullable String description, LocalDate dueOn) {
	}

	private Checked checked(Project project, NewMilestone milestone) {
		String title = checkedTitle("title", milestone.title());
		String description = Input.optionalLines("description", milestone.description(), MAX_TEXT_LENGTH);
		LocalDate due = milestone.dueOn();
		if (due == null) {
			throw Refusal.at("dueOn", "ideas.error.milestone-due-missing");
		}
		LocalDate today = CityTime.date(this.clock.instant());
		if (due.isBefore(CityTime.date(project.startedAt())) || due.isAfter(today.plusYears(MAX_DUE_YEARS))) {
			throw Refusal.at("dueOn", "ideas.error.milestone-due-range", MAX_DUE_YEARS);
		}
		return new Checked(title, description, due);
	}

	private static String checkedTitle(String field, @Nullable String typed) {
		String title = Input.required(field, typed, IdeaService.MAX_TITLE_LENGTH, "ideas.error.project-title-empty");
		if (title.codePointCount(0, title.length()) < IdeaService.MIN_TITLE_LENGTH) {
			throw Refusal.at(field, "ideas.error.project-title-short", IdeaService.MIN_TITLE_LENGTH);
		}
		return title;
	}

	private boolean mayRun(@Nullable Long groupId) {
		Account me = this.accounts.currentAccount().orElseThrow(() -> new AccessDeniedException("not signed in"));
		return admin(me) || (groupId != null && this.groups.isMember(groupId, me.id()));
	}

	private @Nullable List<Long> myGroups() {
		Account me = this.accounts.currentAccount().orElseThrow(() -> new AccessDeniedException("not signed in"));
		return admin(me) ? null : this.groups.groupsOf(me.id());
	}

	private static boolean admin(Account account) {
		return account.roles().contains(Role.ADMIN);
	}

}
