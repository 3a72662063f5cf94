package de.norderstedt.go.ideas.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.IdeaDetails;
import de.norderstedt.go.ideas.ProjectService;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

/**
 * A selected idea becomes a project: its name, what it will do, and why it starts now
 * (the justification everyone who follows the idea reads).
 */
@Route("ideen/projektbuero/neu/:idea")
@PermitAll
public class NewProjectView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final ProjectService projects;

	private final H1 heading = new H1();

	private final H2 formHeading = new H2();

	private final TextField title = new TextField();

	private final TextArea summary = new TextArea();

	private final TextArea justification = new TextArea();

	private final Button start = new Button();

	private final Anchor back = new Anchor("ideen/projektbuero", "");

	private final LiveRegion alert = LiveRegion.alert();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("title", this.title)
		.field("summary", this.summary)
		.field("justification", this.justification);

	private final Div ideaTexts = new Div();

	private @Nullable IdeaDetails idea;

	public NewProjectView(ProjectService projects) {
		this.projects = projects;
		addClassName("page");
		addClassName("project-new-page");
		this.start.addThemeName("primary");
		this.start.addClickListener(e -> start());
		this.back.addClassName("button-link");
		Div form = new Div(this.title, this.summary, this.justification, this.start, this.alert);
		form.addClassName("idea-form");
		add(this.heading, this.ideaTexts, new Section(this.formHeading, form), new Paragraph(this.back));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		IdeaDetails shown = event.getRouteParameters()
			.getLong("idea")
			.flatMap(this.projects::selectedIdea)
			.orElseThrow(NotFoundException::new);
		this.idea = shown;
		this.title.setValue(shown.title());
		this.summary.clear();
		this.justification.clear();
		this.refusals.clear();
		this.ideaTexts.removeAll();
		this.ideaTexts.add(IdeaSections.of(this, shown));
		translate();
	}

	private void start() {
		IdeaDetails shown = this.idea;
		if (shown == null) {
			return;
		}
		long[] started = new long[1];
		if (this.refusals.attempt(() -> started[0] = this.projects.start(shown.id(), this.title.getValue(),
				this.summary.getValue(), this.justification.getValue()))) {
			getUI().ifPresent(ui -> ui.navigate("ideen/projektbuero/" + started[0]));
		}
	}

	private void translate() {
		IdeaDetails shown = this.idea;
		this.heading.setText(getTranslation("ideas.project-new.title", shown == null ? "" : shown.title()));
		this.formHeading.setText(getTranslation("ideas.project-new.form"));
		this.title.setLabel(getTranslation("ideas.project.field.title"));
		this.summary.setLabel(getTranslation("ideas.project.field.summary"));
		this.summary.setHelperText(getTranslation("ideas.project.field.summary.help", ProjectService.MAX_TEXT_LENGTH));
		this.justification.setLabel(getTranslation("ideas.answer.text"));
		this.justification.setHelperText(getTranslation("ideas.answer.text.help"));
		this.start.setText(getTranslation("ideas.project-new.start"));
		this.back.setText(getTranslation("ideas.project.back"));
	}

	@Override
	public String getPageTitle() {
		IdeaDetails shown = this.idea;
		return shown == null ? Titles.of(this, "ideas.project-desk.title")
				: getTranslation("ideas.project-new.title", shown.title()) + " – Norderstedt GO!";
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		translate();
		IdeaDetails shown = this.idea;
		if (shown != null) {
			this.ideaTexts.removeAll();
			this.ideaTexts.add(IdeaSections.of(this, shown));
		}
		Titles.update(this);
	}

}
