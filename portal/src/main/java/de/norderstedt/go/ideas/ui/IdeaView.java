package de.norderstedt.go.ideas.ui;

import de.norderstedt.go.ratelimit.RateLimit;
import de.norderstedt.go.ratelimit.RateLimited;
import de.norderstedt.go.ratelimit.RateLimits;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Collectors;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.ContactData;
import de.norderstedt.go.ideas.IdeaComment;
import de.norderstedt.go.ideas.IdeaDetails;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.IdeaTalkService;
import de.norderstedt.go.ideas.MergeInvitation;
import de.norderstedt.go.ideas.ProjectService;
import de.norderstedt.go.ideas.TimelineEntry;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * A published idea for everyone: what it is, where it stands, its way so far with every
 * reason given, how many support it, and a button to support it.
 */
@Route("ideen/:id")
@AnonymousAllowed
public class IdeaView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final IdeaService ideas;

	private final NewsService news;

	private final LiveRegion status = LiveRegion.status();

	private final LiveRegion alert = LiveRegion.alert();

	private @Nullable IdeaDetails idea;

	private final IdeaTalkService talk;

	private final ProjectService projects;

	private final RateLimits rateLimits;

	public IdeaView(IdeaService ideas, NewsService news, IdeaTalkService talk, ProjectService projects,
			RateLimits rateLimits) {
		this.rateLimits = rateLimits;
		this.ideas = ideas;
		this.news = news;
		this.talk = talk;
		this.projects = projects;
		addClassName("page");
		addClassName("idea-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.idea = event.getRouteParameters()
			.getLong("id")
			.flatMap(this.ideas::publishedIdea)
			.orElseThrow(NotFoundException::new);
		// from one idea to another (a merged idea's pointer) the router keeps this view
		if (isAttached()) {
			show(this.idea, getLocale());
		}
	}

	private void show(IdeaDetails shown, Locale locale) {
		removeAll();
		add(new H1(shown.title()));
		Paragraph state = new Paragraph(getTranslation("ideas.page.state", getTranslation(shown.state().messageKey())));
		state.addClassName("idea-state");
		add(state, facts(shown, locale));
		this.projects.ofIdea(shown.id()).ifPresent(project -> {
			Anchor link = new Anchor("ideen/projekte/" + project.id(),
					getTranslation("ideas.page.project", project.title()));
			link.addClassName("button-link");
			Div box = new Div(ProjectProgress.of(this, project.percentDone()), new Paragraph(link));
			box.addClassName("idea-project");
			add(box);
		});
		Long into = shown.mergedInto();
		if (into != null) {
			this.ideas.publishedIdea(into).ifPresent(target -> {
				Paragraph merged = new Paragraph(getTranslation("ideas.page.merged.before"));
				merged.add(new Anchor("ideen/" + target.id(), target.title()));
				merged.addClassName("idea-merged");
				add(merged);
			});
		}
		add(mergeQuestions(shown));
		add(IdeaSections.of(this, shown));
		String alt = shown.pictureAlt();
		if (alt != null) {
			Image picture = new Image("ideen/bilder/" + shown.id(), alt);
			picture.addClassName("idea-picture");
			add(picture);
		}
		add(support(shown), this.alert, this.status, timeline(shown, locale), comments(shown, locale));
	}

	/**
	 * The comments a moderator let through, a form to write one (signed in), and a way to
	 * report the idea or a comment.
	 */
	private Section comments(IdeaDetails shown, Locale locale) {
		Section section = new Section(new H2(getTranslation("ideas.comments.title")));
		section.addClassName("idea-comments");
		List<IdeaComment> shownComments = this.talk.comments(shown.id());
		if (shownComments.isEmpty()) {
			section.add(new Paragraph(getTranslation("ideas.comments.none")));
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("idea-comment-list");
		int number = 0;
		for (IdeaComment comment : shownComments) {
			number++;
			Paragraph when = new Paragraph(getTranslation("ideas.comments.by", getTranslation("ideas.page.pseudonym"),
					CityTime.longDay(comment.createdAt(), locale)));
			when.addClassName("idea-facts");
			Paragraph body = new Paragraph(
					ContactData.heldBack(comment.body(), getTranslation("ideas.contact.held-back")));
			body.addClassName("idea-text");
			ListItem item = new ListItem(when, body);
			if (this.ideas.signedIn()) {
				item.add(reportForm(getTranslation("ideas.report.comment", number),
						reason -> this.talk.reportComment(comment.id(), reason)));
			}
			list.add(item);
		}
		if (!shownComments.isEmpty()) {
			section.add(list);
		}
		if (!this.ideas.signedIn()) {
			Anchor signIn = new Anchor("anmelden", getTranslation("ideas.comments.sign-in"));
			signIn.addClassName("button-link");
			section.add(new Paragraph(signIn));
			return section;
		}
		TextArea text = new TextArea(getTranslation("ideas.comments.field"));
		text.setHelperText(getTranslation("ideas.comments.field.help", IdeaTalkService.MAX_COMMENT_LENGTH));
		text.addClassName("idea-comment-field");
		LiveRegion commentAlert = LiveRegion.alert();
		FormRefusals refusals = new FormRefusals(commentAlert).field("comment", text);
		Button send = new Button(getTranslation("ideas.comments.send"));
		send.addClickListener(e -> {
			// comments count against the same limit per address as ideas
			if (refusals.attempt(() -> {
				try {
					this.rateLimits.check(RateLimit.IDEA);
				}
				catch (RateLimited limited) {
					throw limited.at("comment");
				}
				this.talk.comment(shown.id(), text.getValue());
			})) {
				text.clear();
				this.status.show(getTranslation("ideas.comments.sent"));
			}
		});
		Div form = new Div(text, send, commentAlert);
		form.addClassName("idea-form");
		section.add(form,
				reportForm(getTranslation("ideas.report.idea"), reason -> this.talk.reportIdea(shown.id(), reason)));
		return section;
	}

	/** A button that opens a short form to report something, with a reason. */
	private Div reportForm(String buttonText, java.util.function.Function<String, Boolean> report) {
		Div box = new Div();
		box.addClassName("idea-report");
		Button open = new Button(buttonText);
		open.addThemeName("tertiary");
		TextArea reason = new TextArea(getTranslation("ideas.report.reason"));
		reason.setHelperText(getTranslation("ideas.report.reason.help"));
		LiveRegion reportAlert = LiveRegion.alert();
		FormRefusals refusals = new FormRefusals(reportAlert).field("reason", reason);
		Button send = new Button(getTranslation("ideas.report.send"));
		Div form = new Div(reason, send, reportAlert);
		form.addClassName("idea-form");
		form.setVisible(false);
		open.addClickListener(e -> {
			form.setVisible(true);
			open.setVisible(false);
			reason.focus();
		});
		send.addClickListener(e -> {
			boolean[] added = new boolean[1];
			if (refusals.attempt(() -> added[0] = report.apply(reason.getValue()))) {
				box.removeAll();
				this.status.show(getTranslation(added[0] ? "ideas.report.sent" : "ideas.report.already"));
			}
		});
		box.add(open, form);
		return box;
	}

	private Paragraph facts(IdeaDetails shown, Locale locale) {
		String group = shown.groupId() == null ? getTranslation("ideas.page.no-group")
				: this.ideas.groups()
					.stream()
					.filter(g -> g.id() == shown.groupId())
					.findFirst()
					.map(g -> g.name(locale))
					.orElse(getTranslation("ideas.page.no-group"));
		String district = Optional.ofNullable(shown.districtId())
			.flatMap(id -> this.news.districts().stream().filter(d -> d.id() == id).findFirst())
			.map(d -> d.name(locale))
			.orElse(getTranslation("ideas.page.whole-city"));
		String author = shown.authorName() != null ? shown.authorName() : getTranslation("ideas.page.pseudonym");
		Paragraph facts = new Paragraph(getTranslation("ideas.page.facts", group, district, author,
				CityTime.longDay(shown.createdAt(), locale), shown.supporters(), shown.kioskSupports()));
		facts.addClassName("idea-facts");
		return facts;
	}

	private Div support(IdeaDetails shown) {
		Div actions = new Div();
		actions.addClassName("actions");
		if (shown.state().isFinal()) {
			return actions;
		}
		if (!this.ideas.signedIn()) {
			Anchor signIn = new Anchor("anmelden", getTranslation("ideas.page.support.sign-in"));
			signIn.addClassName("button-link");
			actions.add(signIn);
			return actions;
		}
		if (this.ideas.supportedByMe(shown.id())) {
			actions.add(new Paragraph(getTranslation("ideas.page.support.given")));
			return actions;
		}
		Button support = new Button(getTranslation("ideas.page.support"));
		support.addThemeName("primary");
		support.addClickListener(e -> {
			try {
				this.ideas.support(shown.id());
			}
			catch (Refusal refusal) {
				this.alert.show(getTranslation(refusal.messageKey(), refusal.arguments()));
				return;
			}
			this.idea = this.ideas.publishedIdea(shown.id()).orElse(shown);
			show(this.idea, getLocale());
			this.status.show(getTranslation("ideas.page.support.thanks"));
		});
		actions.add(support);
		return actions;
	}

	/**
	 * Asks the signed-in author or supporter of ideas merged into this one whether they
	 * support this one too; nothing counts before they say yes.
	 */
	private Div mergeQuestions(IdeaDetails shown) {
		Div questions = new Div();
		List<MergeInvitation> open = this.ideas.mergeQuestions(shown.id());
		if (open.isEmpty() || shown.state().isFinal()) {
			return questions;
		}
		questions.addClassName("card");
		String titles = open.stream().map(MergeInvitation::mergedTitle).collect(Collectors.joining("“, „"));
		Button yes = new Button(getTranslation("ideas.page.merge-question.yes"));
		yes.addThemeName("primary");
		yes.addClickListener(e -> answerMerge(shown, true));
		Button no = new Button(getTranslation("ideas.page.merge-question.no"));
		no.addClickListener(e -> answerMerge(shown, false));
		Div actions = new Div(yes, no);
		actions.addClassName("actions");
		questions.add(new Paragraph(getTranslation("ideas.page.merge-question", titles)), actions);
		return questions;
	}

	private void answerMerge(IdeaDetails shown, boolean support) {
		try {
			this.ideas.answerMerge(shown.id(), support);
		}
		catch (Refusal refusal) {
			this.alert.show(getTranslation(refusal.messageKey(), refusal.arguments()));
			return;
		}
		this.idea = this.ideas.publishedIdea(shown.id()).orElse(shown);
		show(this.idea, getLocale());
		this.status.show(getTranslation(support ? "ideas.page.support.thanks" : "ideas.page.merge-question.kept"));
	}

	private Section timeline(IdeaDetails shown, Locale locale) {
		OrderedList steps = new OrderedList();
		steps.addClassName("idea-timeline");
		for (TimelineEntry entry : shown.timeline()) {
			ListItem step = new ListItem();
			Paragraph when = new Paragraph(getTranslation("ideas.page.timeline.entry",
					getTranslation(entry.to().messageKey()), CityTime.longDay(entry.at(), locale)));
			when.addClassName("idea-timeline-state");
			Paragraph why = new Paragraph(entry.justification());
			why.addClassName("idea-text");
			step.add(when, why);
			steps.add(step);
		}
		return new Section(new H2(getTranslation("ideas.page.timeline")), steps);
	}

	@Override
	public String getPageTitle() {
		IdeaDetails shown = this.idea;
		// the idea's own title says which page this is
		return shown == null ? Titles.of(this, "ideas.page.title") : shown.title() + " – Norderstedt GO!";
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		IdeaDetails shown = this.idea;
		if (shown != null) {
			show(shown, event.getLocale());
		}
		Titles.update(this);
	}

}
