package de.norderstedt.go.notifications;

import java.util.List;

import de.norderstedt.go.ideas.IdeaContactAddress;
import de.norderstedt.go.ideas.IdeaEvents;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.ProjectService;
import de.norderstedt.go.ideas.StateChange;
import de.norderstedt.go.ideas.TrendRadarService;
import de.norderstedt.go.web.Texts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the author and every supporter of an idea each change of its state, with the
 * justification, whatever else they follow; the author when a moderator asks for a change
 * (and a person without an account by e-mail, at the address they left); everyone who
 * follows a project (the authors and supporters of its idea and of the ideas merged into
 * it) each milestone reached; and a working group when a trend was linked to an idea it
 * parked.
 */
@Component
class IdeaMessages {

	/** Where a person without an account looks up their idea with the receipt code. */
	static final String RECEIPT_PATH = "/ideen/beleg";

	/** Where the author with an account changes or withdraws their idea. */
	static final String OWN_PATH = "/ideen/meine/";

	private final IdeaService ideas;

	private final TrendRadarService trends;

	private final ProjectService projects;

	private final Notifier notifier;

	private final EmailAddresses addresses;

	IdeaMessages(IdeaService ideas, TrendRadarService trends, ProjectService projects, Notifier notifier,
			EmailAddresses addresses) {
		this.ideas = ideas;
		this.trends = trends;
		this.projects = projects;
		this.notifier = notifier;
		this.addresses = addresses;
	}

	@ApplicationModuleListener
	void on(IdeaEvents.IdeaStateChanged event) {
		if (event.from() == null) {
			// just submitted: the person saw it happen; an address left with it gets the
			// link that confirms it (double opt-in), and nothing else before
			this.ideas.contactToTell(event.ideaId())
				.ifPresent(
						contact -> this.addresses.contactLeft(contact.ideaId(), contact.email(), contact.language()));
			return;
		}
		this.ideas.stateChangeToTell(event.transitionId()).ifPresent(change -> {
			Long author = change.authorId();
			if (author != null) {
				tell(List.of(author), "idea-state:", "notifications.message.idea.state.", event, change);
			}
			else {
				// a person without an account reads it by e-mail, if they left an
				// address,
				// and under their receipt code
				this.ideas.contactToTell(change.ideaId())
					.filter(this::confirmed)
					.ifPresent(contact -> this.notifier.notifyContact(contact.email(), contact.language(),
							NotificationCategory.IDEA, "idea-state:" + event.transitionId(),
							MessageTexts.message("notifications.message.idea.state.", RECEIPT_PATH, change.title(),
									new Texts.Key(change.to().messageKey()), change.justification())));
			}
			// supporters read of "an idea you support", not of "your idea"
			tell(change.supporters(), "idea-state-supported:", "notifications.message.idea.supported-state.", event,
					change);
		});
	}

	private void tell(List<Long> recipients, String keyPrefix, String messagePrefix, IdeaEvents.IdeaStateChanged event,
			StateChange change) {
		if (recipients.isEmpty()) {
			return;
		}
		this.notifier.notify(recipients, NotificationCategory.IDEA, keyPrefix + event.transitionId(),
				MessageTexts.message(messagePrefix, null, change.title(), new Texts.Key(change.to().messageKey()),
						change.justification()),
				false, false);
	}

	@ApplicationModuleListener
	void on(IdeaEvents.IdeaMerged event) {
		this.ideas.mergeToTell(event.mergedId())
			.filter(question -> !question.asked().isEmpty())
			.ifPresent(question -> this.notifier.notify(question.asked(), NotificationCategory.IDEA,
					"idea-merged:" + event.mergedId(), MessageTexts.message("notifications.message.idea.merged.",
							"/ideen/" + question.intoId(), question.mergedTitle(), question.intoTitle()),
					false, false));
	}

	@ApplicationModuleListener
	void on(IdeaEvents.TrendLinked event) {
		this.trends.trendToTell(event.trendId(), event.ideaId())
			.filter(news -> !news.members().isEmpty())
			.ifPresent(
					news -> this.notifier.notify(news.members(), NotificationCategory.IDEA,
							"idea-trend:" + event.trendId() + ":" + event.ideaId(),
							MessageTexts.message("notifications.message.idea.trend.",
									"/ideen/arbeitskreis/" + news.ideaId(), news.ideaTitle(), news.trendTitle()),
							false, false));
	}

	@ApplicationModuleListener
	void on(IdeaEvents.ChangeRequested event) {
		this.ideas.changeRequestToTell(event.noteId()).ifPresent(request -> {
			String source = "idea-change:" + event.noteId();
			Long author = request.authorId();
			if (author != null) {
				this.notifier.notify(List.of(author), NotificationCategory.IDEA, source,
						MessageTexts.message("notifications.message.idea.change.", OWN_PATH + request.ideaId(),
								request.title(), request.note()),
						false, false);
			}
			else {
				// the holder of the receipt code reads the request there, and by e-mail
				// if they left an address
				this.ideas.contactToTell(request.ideaId())
					.filter(this::confirmed)
					.ifPresent(contact -> this.notifier.notifyContact(contact.email(), contact.language(),
							NotificationCategory.IDEA, source,
							MessageTexts.message("notifications.message.idea.change.", RECEIPT_PATH, request.title(),
									request.note())));
			}
		});
	}

	@ApplicationModuleListener
	void on(IdeaEvents.MilestoneReached event) {
		// the source is the milestone: a handler that runs again tells nobody twice
		this.projects.milestoneToTell(event.milestoneId()).ifPresent(news -> {
			String description = news.description();
			Object more = description != null ? description
					: new Texts.Key("notifications.message.idea.milestone.more");
			String source = "idea-milestone:" + event.milestoneId();
			Message message = MessageTexts.message("notifications.message.idea.milestone.",
					"/ideen/projekte/" + news.projectId(), news.projectTitle(), news.milestoneTitle(), more);
			this.notifier.notify(news.people(), NotificationCategory.IDEA, source, message, false, false);
			// an author without an account who left an address reads it by e-mail (and
			// under the receipt code)
			for (IdeaContactAddress contact : news.contacts()) {
				if (!confirmed(contact)) {
					continue;
				}
				// the same address confirmed for two ideas of the project is told once
				this.notifier.notifyContact(contact.email(), contact.language(), NotificationCategory.IDEA, source,
						message);
			}
		});
	}

	/** Double opt-in: a contact address receives e-mail only once confirmed. */
	private boolean confirmed(IdeaContactAddress contact) {
		return this.addresses.contactConfirmed(contact.ideaId());
	}

}
