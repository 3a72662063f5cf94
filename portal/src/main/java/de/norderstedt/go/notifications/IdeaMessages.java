package de.norderstedt.go.notifications;

import java.util.List;

import de.norderstedt.go.ideas.IdeaEvents;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.StateChange;
import de.norderstedt.go.ideas.TrendRadarService;
import de.norderstedt.go.web.Texts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the author and every supporter of an idea each change of its state, with the
 * justification, whatever else they follow; and the author when a moderator asks for a
 * change; and a working group when a trend was linked to an idea it parked.
 */
@Component
class IdeaMessages {

	/** Where a person without an account looks up their idea with the receipt code. */
	static final String RECEIPT_PATH = "/ideen/beleg";

	private final IdeaService ideas;

	private final TrendRadarService trends;

	private final Notifier notifier;

	IdeaMessages(IdeaService ideas, TrendRadarService trends, Notifier notifier) {
		this.ideas = ideas;
		this.trends = trends;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(IdeaEvents.IdeaStateChanged event) {
		if (event.from() == null) {
			// just submitted: the person saw it happen
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
		this.ideas.changeRequestToTell(event.noteId())
			.ifPresent(request -> this.notifier.notify(List.of(request.authorId()), NotificationCategory.IDEA,
					"idea-change:" + event.noteId(),
					MessageTexts.message("notifications.message.idea.change.", null, request.title(), request.note()),
					false, false));
	}

}
