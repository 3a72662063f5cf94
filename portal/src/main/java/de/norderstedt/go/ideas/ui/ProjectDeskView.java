package de.norderstedt.go.ideas.ui;

import java.util.List;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.IdeaSummary;
import de.norderstedt.go.ideas.ProjectService;
import de.norderstedt.go.ideas.ProjectSummary;
import jakarta.annotation.security.PermitAll;

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
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

/**
 * The project office of admins and working group members: the selected ideas of their
 * groups that can become projects, and the projects they run.
 */
@Route("ideen/projektbuero")
@PermitAll
public class ProjectDeskView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final ProjectService projects;

	public ProjectDeskView(ProjectService projects) {
		this.projects = projects;
		addClassName("page");
		addClassName("project-desk-page");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (!this.projects.runsProjects()) {
			throw new NotFoundException();
		}
	}

	private void show() {
		removeAll();
		Paragraph lead = new Paragraph(getTranslation("ideas.project-desk.lead"));
		lead.addClassName("lead");
		add(new H1(getTranslation("ideas.project-desk.title")), lead);

		List<IdeaSummary> selected = this.projects.selectedIdeas();
		Section ideas = new Section(new H2(getTranslation("ideas.project-desk.selected")));
		if (selected.isEmpty()) {
			ideas.add(new Paragraph(getTranslation("ideas.project-desk.selected.none")));
		}
		UnorderedList ideaList = new UnorderedList();
		ideaList.addClassName("idea-list");
		for (IdeaSummary idea : selected) {
			ideaList.add(item(idea.title(), new Anchor("ideen/projektbuero/neu/" + idea.id(),
					getTranslation("ideas.project-desk.start", idea.title()))));
		}
		ideas.add(ideaList);

		List<ProjectSummary> mine = this.projects.myProjects();
		Section running = new Section(new H2(getTranslation("ideas.project-desk.projects")));
		if (mine.isEmpty()) {
			running.add(new Paragraph(getTranslation("ideas.project-desk.projects.none")));
		}
		UnorderedList projectList = new UnorderedList();
		projectList.addClassName("idea-list");
		for (ProjectSummary project : mine) {
			ListItem item = item(project.title(), new Anchor("ideen/projektbuero/" + project.id(),
					getTranslation("ideas.project-desk.manage", project.title())));
			item.addComponentAtIndex(1, ProjectProgress.of(this, project.percentDone()));
			projectList.add(item);
		}
		running.add(projectList);
		add(ideas, running);
	}

	private static ListItem item(String title, Anchor action) {
		action.addClassName("button-link");
		ListItem item = new ListItem(new H3(title), action);
		item.addClassName("card");
		return item;
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "ideas.project-desk.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show();
		Titles.update(this);
	}

}
