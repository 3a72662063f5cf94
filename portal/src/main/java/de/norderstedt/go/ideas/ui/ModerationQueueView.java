package de.norderstedt.go.ideas.ui;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.IdeaSummary;
import de.norderstedt.go.ideas.ModerationService;
import de.norderstedt.go.web.CityTime;
import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * The ideas waiting for a moderator, oldest first; each leads to its decision page.
 */
@Route("ideen/pruefen")
@RolesAllowed({ "MODERATOR", "ADMIN" })
public class ModerationQueueView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final ModerationService moderation;

	public ModerationQueueView(ModerationService moderation) {
		this.moderation = moderation;
		addClassName("page");
		addClassName("idea-moderation-page");
	}

	private void show(Locale locale) {
		removeAll();
		Paragraph lead = new Paragraph(getTranslation("ideas.moderation.lead"));
		lead.addClassName("lead");
		add(new H1(getTranslation("ideas.moderation.title")), lead);
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
