package de.norderstedt.go.ideas.ui;

import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.IdeaDetails;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.ProjectService;
import de.norderstedt.go.ideas.TimelineEntry;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where an idea stands, for the person who holds its receipt code: typed here, it shows
 * the idea's state and its way so far with every reason, published or not. The code is
 * never put into the address.
 */
@Route("ideen/beleg")
@AnonymousAllowed
public class ReceiptView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final IdeaService ideas;

	private final H1 heading = new H1();

	private final Paragraph lead = new Paragraph();

	private final TextField code = new TextField();

	private final Button show = new Button();

	private final LiveRegion alert = LiveRegion.alert();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("code", this.code);

	private final Div result = new Div();

	private final ProjectService projects;

	public ReceiptView(IdeaService ideas, ProjectService projects) {
		this.ideas = ideas;
		this.projects = projects;
		addClassName("page");
		addClassName("idea-receipt-page");
		this.lead.addClassName("lead");
		this.code.setAutocomplete(Autocomplete.OFF);
		this.show.addThemeName("primary");
		this.show.addClickListener(e -> find());
		this.code.addKeyDownListener(com.vaadin.flow.component.Key.ENTER, e -> find());
		this.result.addClassName("idea-receipt-result");
		add(this.heading, this.lead, this.code, this.show, this.alert, this.result);
	}

	private void find() {
		this.result.removeAll();
		this.refusals.attempt(() -> {
			IdeaDetails idea = this.ideas.byReceiptCode(this.code.getValue())
				.orElseThrow(() -> Refusal.at("code", "ideas.error.receipt-unknown"));
			this.result.add(shown(idea, getLocale()));
		});
	}

	private Div shown(IdeaDetails idea, Locale locale) {
		Div card = new Div();
		card.addClassName("card");
		card.add(new H2(idea.title()));
		card.add(new Paragraph(getTranslation("ideas.page.state", getTranslation(idea.state().messageKey()))));
		if (!idea.isPublished()) {
			card.add(new Paragraph(getTranslation("ideas.receipt.not-public")));
		}
		OrderedList steps = new OrderedList();
		steps.addClassName("idea-timeline");
		for (TimelineEntry entry : idea.timeline()) {
			steps
				.add(new ListItem(
						new Paragraph(getTranslation("ideas.page.timeline.entry",
								getTranslation(entry.to().messageKey()), CityTime.longDay(entry.at(), locale))),
						new Paragraph(entry.justification())));
		}
		card.add(new H2(getTranslation("ideas.page.timeline")), steps);
		// the project's milestones reach people with an account by message; here, the
		// holder of the code reads them
		this.projects.ofIdea(idea.id()).ifPresent(project -> {
			card.add(new H2(getTranslation("ideas.receipt.project", project.title())),
					ProjectProgress.of(this, project.percentDone()), ProjectView.milestones(this, project, locale));
		});
		return card;
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "ideas.receipt.find.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("ideas.receipt.find.title"));
		this.lead.setText(getTranslation("ideas.receipt.find.lead"));
		this.code.setLabel(getTranslation("ideas.receipt.code"));
		this.code.setHelperText(getTranslation("ideas.receipt.find.help"));
		this.show.setText(getTranslation("ideas.receipt.find.show"));
		Titles.update(this);
	}

}
