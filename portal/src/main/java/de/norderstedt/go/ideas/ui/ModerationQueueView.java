package de.norderstedt.go.ideas.ui;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.IdeaSummary;
import de.norderstedt.go.ideas.IdeaTalkService;
import de.norderstedt.go.ideas.ModerationService;
import de.norderstedt.go.ideas.ReportedThing;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The ideas waiting for a moderator, oldest first (each leads to its decision page); the
 * comments waiting to be let through; and the ideas and comments residents reported.
 */
@Route("ideen/pruefen")
@RolesAllowed({ "MODERATOR", "ADMIN" })
public class ModerationQueueView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final ModerationService moderation;

	private final IdeaTalkService talk;

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	public ModerationQueueView(ModerationService moderation, IdeaTalkService talk) {
		this.moderation = moderation;
		this.talk = talk;
		addClassName("page");
		addClassName("idea-moderation-page");
	}

	private void show(Locale locale) {
		removeAll();
		Paragraph lead = new Paragraph(getTranslation("ideas.moderation.lead"));
		lead.addClassName("lead");
		add(new H1(getTranslation("ideas.moderation.title")), lead, this.alert, this.status);
		List<IdeaSummary> waiting = this.moderation.queue();
		add(new Paragraph(getTranslation("ideas.moderation.count", waiting.size())));
		UnorderedList list = new UnorderedList();
		list.addClassName("idea-list");
		for (IdeaSummary idea : waiting) {
			Anchor check = new Anchor("ideen/pruefen/" + idea.id(),
					getTranslation("ideas.moderation.check", idea.title()));
			check.addClassName("button-link");
			Paragraph since = new Paragraph(
					getTranslation("ideas.moderation.since", CityTime.longDay(idea.stateChangedAt(), locale)));
			since.addClassName("idea-facts");
			ListItem item = new ListItem(new H2(idea.title()), since, check);
			item.addClassName("card");
			list.add(item);
		}
		add(list);
		add(waitingComments(), reported());
	}

	/** Comments waiting to be let through, oldest first. */
	private Section waitingComments() {
		Section section = new Section(new H2(getTranslation("ideas.moderation.comments")));
		List<ReportedThing> waiting = this.talk.waitingComments();
		section.add(new Paragraph(getTranslation("ideas.moderation.comments.count", waiting.size())));
		UnorderedList list = new UnorderedList();
		list.addClassName("idea-list");
		int number = 0;
		for (ReportedThing comment : waiting) {
			number++;
			int shownNumber = number;
			long commentId = java.util.Objects.requireNonNull(comment.commentId());
			Paragraph about = new Paragraph(getTranslation("ideas.moderation.comment.about", comment.ideaTitle()));
			about.addClassName("idea-facts");
			Paragraph body = new Paragraph(comment.text());
			body.addClassName("idea-text");
			Button publish = new Button(getTranslation("ideas.moderation.comment.publish", shownNumber),
					e -> decideComment(commentId, true));
			publish.addThemeName("primary");
			Button reject = new Button(getTranslation("ideas.moderation.comment.reject", shownNumber),
					e -> decideComment(commentId, false));
			Div actions = new Div(publish, reject);
			actions.addClassName("actions");
			ListItem item = new ListItem(new H3(getTranslation("ideas.moderation.comment", shownNumber)), about, body,
					actions);
			item.addClassName("card");
			list.add(item);
		}
		section.add(list);
		return section;
	}

	/** Ideas and comments residents reported, the hidden ones first. */
	private Section reported() {
		Section section = new Section(new H2(getTranslation("ideas.moderation.reported")));
		List<ReportedThing> things = this.talk.reported();
		section.add(new Paragraph(getTranslation("ideas.moderation.reported.count", things.size())));
		UnorderedList list = new UnorderedList();
		list.addClassName("idea-list");
		int number = 0;
		for (ReportedThing thing : things) {
			number++;
			String name = thing.isComment() ? getTranslation("ideas.moderation.reported.comment", number)
					: getTranslation("ideas.moderation.reported.idea", thing.ideaTitle());
			Paragraph facts = new Paragraph(getTranslation(
					thing.hidden() ? "ideas.moderation.reported.hidden" : "ideas.moderation.reported.shown",
					thing.reasons().size()));
			facts.addClassName("idea-facts");
			UnorderedList reasons = new UnorderedList();
			thing.reasons().forEach(reason -> reasons.add(new ListItem(reason)));
			Button show = new Button(getTranslation("ideas.moderation.reported.show", name),
					e -> decideReports(thing, true));
			show.addThemeName("primary");
			Button hide = new Button(getTranslation("ideas.moderation.reported.hide", name),
					e -> decideReports(thing, false));
			Div actions = new Div(show, hide);
			actions.addClassName("actions");
			ListItem item = new ListItem(new H3(name), facts);
			if (thing.isComment()) {
				Paragraph body = new Paragraph(thing.text());
				body.addClassName("idea-text");
				item.add(new Paragraph(getTranslation("ideas.moderation.comment.about", thing.ideaTitle())), body);
			}
			item.add(new Paragraph(getTranslation("ideas.moderation.reported.reasons")), reasons, actions);
			item.addClassName("card");
			list.add(item);
		}
		section.add(list);
		return section;
	}

	private void decideComment(long commentId, boolean publish) {
		try {
			this.talk.decideComment(commentId, publish);
		}
		catch (Refusal refusal) {
			this.alert.show(getTranslation(refusal.messageKey(), refusal.arguments()));
			return;
		}
		show(getLocale());
		this.status
			.show(getTranslation(publish ? "ideas.moderation.comment.published" : "ideas.moderation.comment.rejected"));
	}

	private void decideReports(ReportedThing thing, boolean show) {
		try {
			this.talk.decideReports(thing.ideaId(), thing.commentId(), show);
		}
		catch (Refusal refusal) {
			this.alert.show(getTranslation(refusal.messageKey(), refusal.arguments()));
			return;
		}
		show(getLocale());
		this.status.show(getTranslation(
				show ? "ideas.moderation.reported.shown-again" : "ideas.moderation.reported.kept-hidden"));
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "ideas.moderation.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show(event.getLocale());
		Titles.update(this);
	}

}
