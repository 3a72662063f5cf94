package de.norderstedt.go.ideas.ui;

import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.IdeaRevisionService;
import de.norderstedt.go.ideas.OwnIdea;
import de.norderstedt.go.ideas.ProjectService;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

/**
 * The signed-in author's own idea, published or not: where it stands, what a moderator
 * asked them to change (they send it back changed here), and a way to take it back. The
 * message that asks for a change links here. Anybody else's idea is not found.
 */
@Route("ideen/meine/:id")
@PermitAll
public class IdeaChangeView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final IdeaRevisionService revisions;

	private final ProjectService projects;

	private final H1 heading = new H1();

	private final LiveRegion status = LiveRegion.status();

	private final Div shown = new Div();

	private @Nullable OwnIdea own;

	public IdeaChangeView(IdeaRevisionService revisions, ProjectService projects) {
		this.revisions = revisions;
		this.projects = projects;
		addClassName("page");
		addClassName("own-idea-page");
		add(this.heading, this.status, this.shown);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.own = event.getRouteParameters()
			.getLong("id")
			.flatMap(this.revisions::mine)
			.orElseThrow(NotFoundException::new);
		this.status.clear();
		// from one idea to another the router keeps this view
		if (isAttached()) {
			show();
		}
	}

	private void show() {
		OwnIdea current = this.own;
		this.shown.removeAll();
		if (current == null) {
			return;
		}
		long id = current.idea().id();
		Locale locale = getLocale();
		this.heading.setText(getTranslation("ideas.own.title", current.idea().title()));
		this.shown.add(IdeaStatusCard.of(this, current.idea(), this.projects, locale),
				new OwnIdeaPanel(current, locale, text -> this.revisions.reviseMine(id, text),
						reason -> this.revisions.withdrawMine(id, reason, locale), (now, key) -> {
							this.own = now;
							show();
							this.status.show(getTranslation(key));
						}));
		Titles.update(this);
	}

	@Override
	public String getPageTitle() {
		OwnIdea current = this.own;
		return current == null ? Titles.of(this, "ideas.own.heading")
				: getTranslation("ideas.own.title", current.idea().title()) + " – Norderstedt GO!";
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show();
	}

}
