package de.norderstedt.go.ideas.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.ContactData;
import de.norderstedt.go.ideas.IdeaDeskService;
import de.norderstedt.go.ideas.IdeaDetails;
import de.norderstedt.go.ideas.IdeaGroup;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.IdeaState;
import de.norderstedt.go.ideas.ModerationNote;
import de.norderstedt.go.ideas.ModerationService;
import de.norderstedt.go.ideas.SimilarIdea;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

/**
 * One waiting idea as its author wrote it, and the moderator's decision: publish it to a
 * working group, reject it, or ask the author for a change. Every decision is explained
 * in words the author reads.
 */
@Route("ideen/pruefen/:id")
@RolesAllowed({ "MODERATOR", "ADMIN" })
public class ModerationView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	/** What a moderator can decide about a waiting idea. */
	enum Decision {

		PUBLISH, REJECT, ASK_FOR_CHANGE, MERGE

	}

	private final ModerationService moderation;

	private final IdeaService ideas;

	private final RadioButtonGroup<Decision> decision = new RadioButtonGroup<>();

	private final Select<Optional<IdeaGroup>> group = new Select<>();

	private final ComboBox<SimilarIdea> into = new ComboBox<>();

	private final TextArea text = new TextArea();

	private final Button save = new Button();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("group", this.group)
		.field("into", this.into)
		.field("justification", this.text)
		.field("note", this.text);

	private @Nullable IdeaDetails idea;

	private final IdeaDeskService desk;

	public ModerationView(ModerationService moderation, IdeaService ideas, IdeaDeskService desk) {
		this.moderation = moderation;
		this.ideas = ideas;
		this.desk = desk;
		addClassName("page");
		addClassName("idea-moderation-page");
		this.decision.setItems(Decision.values());
		this.decision.setValue(Decision.PUBLISH);
		this.decision.addValueChangeListener(e -> {
			this.group.setVisible(e.getValue() == Decision.PUBLISH);
			this.into.setVisible(e.getValue() == Decision.MERGE);
		});
		this.into.setVisible(false);
		this.into.setItemLabelGenerator(SimilarIdea::title);
		Choices.offer(this.group, ideas.groups());
		this.save.addThemeName("primary");
		this.save.addClickListener(e -> decide());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		IdeaDetails shown = event.getRouteParameters()
			.getLong("id")
			.flatMap(this.moderation::idea)
			.orElseThrow(NotFoundException::new);
		this.idea = shown;
		long id = shown.id();
		this.into.setItems(query -> this.desk.mergeTargets(id, query.getFilter().orElse(null))
			.stream()
			.skip(query.getOffset())
			.limit(query.getLimit()));
	}

	private void decide() {
		IdeaDetails shown = this.idea;
		Decision chosen = this.decision.getValue();
		if (shown == null || chosen == null) {
			return;
		}
		boolean done = this.refusals.attempt(() -> {
			switch (chosen) {
				case PUBLISH -> this.moderation.publish(shown.id(),
						this.group.getValue().map(IdeaGroup::id).orElse(null), this.text.getValue());
				case REJECT -> this.moderation.reject(shown.id(), this.text.getValue());
				case ASK_FOR_CHANGE -> this.moderation.askForChange(shown.id(), this.text.getValue());
				case MERGE -> {
					SimilarIdea target = this.into.getValue();
					this.desk.merge(shown.id(), target == null ? null : target.id(), this.text.getValue());
				}
			}
		});
		if (done) {
			this.idea = this.moderation.idea(shown.id()).orElse(shown);
			show(this.idea, getLocale());
			this.status.show(getTranslation("ideas.moderation.done." + key(chosen)));
		}
	}

	private static String key(Decision decision) {
		return switch (decision) {
			case PUBLISH -> "publish";
			case REJECT -> "reject";
			case ASK_FOR_CHANGE -> "ask-for-change";
			case MERGE -> "merge";
		};
	}

	private void show(IdeaDetails shown, Locale locale) {
		removeAll();
		add(new H1(getTranslation("ideas.moderation.idea", shown.title())));
		Paragraph facts = new Paragraph(
				getTranslation("ideas.moderation.facts", getTranslation(shown.state().messageKey()),
						getTranslation("ideas.channel." + channel(shown)), CityTime.longDay(shown.createdAt(), locale),
						shown.authorName() != null ? shown.authorName() : getTranslation("ideas.page.pseudonym")));
		facts.addClassName("idea-facts");
		add(facts);
		List<String> contact = ContactData.in(shown.problem() + "\n" + shown.proposal() + "\n" + shown.beneficiaries());
		if (!contact.isEmpty()) {
			Paragraph warning = new Paragraph(getTranslation("ideas.moderation.contact", String.join(", ", contact)));
			warning.addClassName("warning");
			add(warning);
		}
		add(IdeaSections.original(this, shown));
		List<ModerationNote> requests = this.moderation.requests(shown.id());
		if (!requests.isEmpty()) {
			UnorderedList asked = new UnorderedList();
			for (ModerationNote request : requests) {
				Instant answered = request.answeredAt();
				asked.add(
						new ListItem(
								new Paragraph(getTranslation(
										"ideas.moderation.asked", CityTime.longDay(request.at(), locale))),
								new Paragraph(request.note()),
								new Paragraph(answered == null ? getTranslation("ideas.moderation.asked.open")
										: getTranslation("ideas.moderation.asked.answered",
												CityTime.longDay(answered, locale)))));
			}
			asked.addClassName("moderation-requests");
			add(new Section(new H2(getTranslation("ideas.moderation.asked.heading")), asked));
		}
		Anchor back = new Anchor("ideen/pruefen", getTranslation("ideas.moderation.back"));
		back.addClassName("button-link");
		if (shown.state() == IdeaState.SUBMITTED && !shown.isPublished()) {
			Div form = new Div(this.decision, this.group, this.into, this.text, this.save, this.alert);
			form.addClassName("idea-form");
			add(new Section(new H2(getTranslation("ideas.moderation.decision")), form));
		}
		add(this.status, new Paragraph(back));
	}

	private static String channel(IdeaDetails shown) {
		return shown.channel().name().toLowerCase(Locale.ROOT);
	}

	@Override
	public String getPageTitle() {
		IdeaDetails shown = this.idea;
		return shown == null ? Titles.of(this, "ideas.moderation.title")
				: getTranslation("ideas.moderation.idea", shown.title()) + " – Norderstedt GO!";
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Locale locale = event.getLocale();
		this.decision.setLabel(getTranslation("ideas.moderation.decision"));
		this.decision.setItemLabelGenerator(d -> getTranslation("ideas.moderation.decision." + key(d)));
		this.group.setLabel(getTranslation("ideas.moderation.group"));
		this.group.setHelperText(getTranslation("ideas.moderation.group.help"));
		Choices.label(this.group, x -> x.name(locale), getTranslation("ideas.moderation.group.authors"));
		this.into.setLabel(getTranslation("ideas.answer.into"));
		this.into.setHelperText(getTranslation("ideas.answer.into.help"));
		this.text.setLabel(getTranslation("ideas.moderation.text"));
		this.text.setHelperText(getTranslation("ideas.moderation.text.help"));
		this.save.setText(getTranslation("ideas.moderation.save"));
		IdeaDetails shown = this.idea;
		if (shown != null) {
			show(shown, locale);
		}
		Titles.update(this);
	}

}
