package de.norderstedt.go.ideas.ui;

import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.Milestone;
import de.norderstedt.go.ideas.NewMilestone;
import de.norderstedt.go.ideas.Project;
import de.norderstedt.go.ideas.ProjectService;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.DayTimeFields;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.IntegerField;
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
 * Running a project: how much is done, its milestones (add, change, mark reached — each
 * reached one is told to everyone who follows the idea), and finishing it with a
 * justification, which makes the idea "Umgesetzt".
 */
@Route("ideen/projektbuero/:id")
@PermitAll
public class ProjectManageView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final ProjectService projects;

	private final IntegerField percent = new IntegerField();

	private final Button savePercent = new Button();

	private final LiveRegion percentAlert = LiveRegion.alert();

	private final FormRefusals percentRefusals = new FormRefusals(this.percentAlert).field("percent", this.percent);

	private final H2 milestoneFormHeading = new H2();

	private final TextField milestoneTitle = new TextField();

	private final TextArea milestoneDescription = new TextArea();

	private final DatePicker dueOn = DayTimeFields.day();

	private final Button saveMilestone = new Button();

	private final Button cancelEdit = new Button();

	private final LiveRegion milestoneAlert = LiveRegion.alert();

	private final FormRefusals milestoneRefusals = new FormRefusals(this.milestoneAlert)
		.field("title", this.milestoneTitle)
		.field("description", this.milestoneDescription)
		.field("dueOn", this.dueOn);

	private final TextArea justification = new TextArea();

	private final Button finish = new Button();

	private final LiveRegion finishAlert = LiveRegion.alert();

	private final FormRefusals finishRefusals = new FormRefusals(this.finishAlert).field("justification",
			this.justification);

	private final LiveRegion listAlert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private @Nullable Project project;

	/** The milestone being changed; null while a new one is typed. */
	private @Nullable Milestone editing;

	public ProjectManageView(ProjectService projects) {
		this.projects = projects;
		addClassName("page");
		addClassName("project-manage-page");
		this.savePercent.addClickListener(e -> savePercent());
		this.saveMilestone.addThemeName("primary");
		this.saveMilestone.addClickListener(e -> saveMilestone());
		this.cancelEdit.addClickListener(e -> edit(null));
		this.finish.addClickListener(e -> finish());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		Project shown = event.getRouteParameters()
			.getLong("id")
			.flatMap(this.projects::myProject)
			.orElseThrow(NotFoundException::new);
		this.project = shown;
		this.status.clear();
		this.justification.clear();
		this.finishRefusals.clear();
		edit(null);
		this.percent.setValue(shown.percentDone());
		if (isAttached()) {
			show(shown, getLocale());
		}
	}

	private void savePercent() {
		Project shown = this.project;
		if (shown != null
				&& this.percentRefusals.attempt(() -> this.projects.percentDone(shown.id(), this.percent.getValue()))) {
			reload(getTranslation("ideas.project-manage.percent.saved", this.percent.getValue()));
		}
	}

	private void saveMilestone() {
		Project shown = this.project;
		if (shown == null) {
			return;
		}
		Milestone changed = this.editing;
		NewMilestone typed = new NewMilestone(this.milestoneTitle.getValue(), this.milestoneDescription.getValue(),
				this.dueOn.getValue());
		if (this.milestoneRefusals.attempt(() -> {
			if (changed == null) {
				this.projects.addMilestone(shown.id(), typed);
			}
			else {
				this.projects.editMilestone(changed.id(), typed);
			}
		})) {
			edit(null);
			reload(getTranslation(
					changed == null ? "ideas.project-manage.milestone.added" : "ideas.project-manage.milestone.changed",
					typed.title()));
		}
	}

	private void reach(Milestone milestone) {
		try {
			this.projects.reach(milestone.id());
		}
		catch (Refusal refusal) {
			this.listAlert.show(getTranslation(refusal.messageKey(), refusal.arguments()));
			return;
		}
		reload(getTranslation("ideas.project-manage.milestone.reached-done", milestone.title()));
	}

	private void finish() {
		Project shown = this.project;
		if (shown != null
				&& this.finishRefusals.attempt(() -> this.projects.finish(shown.id(), this.justification.getValue()))) {
			reload(getTranslation("ideas.project-manage.finished"));
		}
	}

	/** Shows the milestone in the form to change it, or an empty form for a new one. */
	private void edit(@Nullable Milestone milestone) {
		this.editing = milestone;
		this.milestoneRefusals.clear();
		this.milestoneTitle.setValue(milestone == null ? "" : milestone.title());
		String description = milestone == null ? null : milestone.description();
		this.milestoneDescription.setValue(description == null ? "" : description);
		this.dueOn.setValue(milestone == null ? null : milestone.dueOn());
		translateMilestoneForm();
		if (milestone != null) {
			this.milestoneTitle.focus();
		}
	}

	private void reload(String done) {
		Project shown = this.project;
		if (shown == null) {
			return;
		}
		this.project = this.projects.myProject(shown.id()).orElse(shown);
		show(this.project, getLocale());
		this.status.show(done);
	}

	private void show(Project shown, Locale locale) {
		removeAll();
		add(new H1(getTranslation("ideas.project-manage.title", shown.title())));
		Paragraph state = new Paragraph(
				getTranslation("ideas.project.state", getTranslation(shown.ideaState().messageKey())));
		state.addClassName("idea-state");
		add(state, this.status);
		boolean running = shown.isRunning();

		Section progress = new Section(new H2(getTranslation("ideas.project-manage.progress")),
				ProjectProgress.of(this, shown.percentDone()));
		if (running) {
			Div form = new Div(this.percent, this.savePercent, this.percentAlert);
			form.addClassName("idea-form");
			progress.add(form);
		}
		add(progress);

		Section milestones = ProjectView.milestones(this, shown, locale, (milestone, item) -> {
			if (running) {
				item.add(actions(milestone));
			}
		});
		milestones.add(this.listAlert);
		add(milestones);

		if (running) {
			Div form = new Div(this.milestoneTitle, this.milestoneDescription, this.dueOn, this.saveMilestone,
					this.cancelEdit, this.milestoneAlert);
			form.addClassName("idea-form");
			add(new Section(this.milestoneFormHeading, form));
			Div finishForm = new Div(this.justification, this.finish, this.finishAlert);
			finishForm.addClassName("idea-form");
			add(new Section(new H2(getTranslation("ideas.project-manage.finish")),
					new Paragraph(getTranslation("ideas.project-manage.finish.lead")), finishForm));
		}
		Anchor page = new Anchor("ideen/projekte/" + shown.id(), getTranslation("ideas.project-manage.public"));
		page.addClassName("button-link");
		Anchor back = new Anchor("ideen/projektbuero", getTranslation("ideas.project.back"));
		back.addClassName("button-link");
		Div links = new Div(page, back);
		links.addClassName("actions");
		add(links);
	}

	/** Changing the milestone, and marking it reached while it is not. */
	private Div actions(Milestone milestone) {
		Button change = new Button(getTranslation("ideas.project-manage.milestone.edit"));
		change.setAriaLabel(getTranslation("ideas.project-manage.milestone.edit.name", milestone.title()));
		change.addClickListener(e -> edit(milestone));
		Div actions = new Div(change);
		actions.addClassName("actions");
		if (!milestone.isReached()) {
			Button reach = new Button(getTranslation("ideas.project-manage.milestone.reach"));
			reach.setAriaLabel(getTranslation("ideas.project-manage.milestone.reach.name", milestone.title()));
			reach.addClickListener(e -> reach(milestone));
			actions.add(reach);
		}
		return actions;
	}

	private void translateMilestoneForm() {
		boolean changing = this.editing != null;
		this.milestoneFormHeading.setText(getTranslation(
				changing ? "ideas.project-manage.milestone.change" : "ideas.project-manage.milestone.new"));
		this.saveMilestone.setText(getTranslation(
				changing ? "ideas.project-manage.milestone.save" : "ideas.project-manage.milestone.add"));
		this.cancelEdit.setText(getTranslation("ideas.project-manage.milestone.cancel"));
		this.cancelEdit.setVisible(changing);
	}

	private void translate(Locale locale) {
		this.percent.setLabel(getTranslation("ideas.project-manage.percent"));
		this.percent.setHelperText(getTranslation("ideas.project-manage.percent.help"));
		this.savePercent.setText(getTranslation("ideas.project-manage.percent.save"));
		this.milestoneTitle.setLabel(getTranslation("ideas.project-manage.milestone.title"));
		this.milestoneDescription.setLabel(getTranslation("ideas.project-manage.milestone.description"));
		this.milestoneDescription.setHelperText(
				getTranslation("ideas.project-manage.milestone.description.help", ProjectService.MAX_TEXT_LENGTH));
		DayTimeFields.translate(this.dueOn, getTranslation("ideas.project-manage.milestone.due"), locale,
				getTranslation("ideas.answer.day.today"), getTranslation("ideas.answer.day.cancel"),
				getTranslation("ideas.error.milestone-due-day"));
		this.dueOn.setHelperText(getTranslation("ideas.project-manage.milestone.due.help"));
		this.justification.setLabel(getTranslation("ideas.answer.text"));
		this.justification.setHelperText(getTranslation("ideas.answer.text.help"));
		this.finish.setText(getTranslation("ideas.project-manage.finish.button"));
		translateMilestoneForm();
	}

	@Override
	public String getPageTitle() {
		Project shown = this.project;
		return shown == null ? Titles.of(this, "ideas.project-desk.title")
				: getTranslation("ideas.project-manage.title", shown.title()) + " – Norderstedt GO!";
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		translate(event.getLocale());
		Project shown = this.project;
		if (shown != null) {
			show(shown, event.getLocale());
		}
		Titles.update(this);
	}

}
