package de.norderstedt.go.notifications;

import java.util.List;

import de.norderstedt.go.ideas.IdeaEvents;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.web.Texts;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.stereotype.Component;

/**
 * Tells the author and every supporter of an idea each change of its state, with the
 * justification, whatever else they follow; and the author when a moderator asks for a
 * change.
 */
@Component
class IdeaMessages {

	private final IdeaService ideas;

	private final Notifier notifier;

	IdeaMessages(IdeaService ideas, Notifier notifier) {
		this.ideas = ideas;
		this.notifier = notifier;
	}

	@ApplicationModuleListener
	void on(IdeaEvents.IdeaStateChanged event) {
		if (event.from() == null) {
			// just submitted: the person saw it happen
			return;
		}
		this.ideas.stateChangeToTell(event.transitionId())
			.ifPresent(change -> this.notifier.notify(change.recipients(), NotificationCategory.IDEA,
					"idea-state:" + event.transitionId(), MessageTexts.message("notifications.message.idea.state.",
							null, change.title(), new Texts.Key(change.to().messageKey()), change.justification()),
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
