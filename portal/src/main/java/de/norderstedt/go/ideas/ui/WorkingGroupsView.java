package de.norderstedt.go.ideas.ui;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.ideas.CriteriaSet;
import de.norderstedt.go.ideas.Criterion;
import de.norderstedt.go.ideas.EvaluationService;
import de.norderstedt.go.ideas.GroupMember;
import de.norderstedt.go.ideas.IdeaGroup;
import de.norderstedt.go.ideas.WorkingGroupService;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;

/**
 * For admins: the members of each working group (and who chairs it), and the weights of
 * the evaluation criteria (a change is a new version; rounds that scored keep theirs).
 */
@Route("admin/arbeitskreise")
@RolesAllowed("ADMIN")
public class WorkingGroupsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final WorkingGroupService groups;

	private final EvaluationService evaluation;

	private final LiveRegion status = LiveRegion.status();

	private String announcement = "";

	public WorkingGroupsView(WorkingGroupService groups, EvaluationService evaluation) {
		this.groups = groups;
		this.evaluation = evaluation;
		addClassName("page");
		addClassName("working-groups-page");
	}

	private void show(Locale locale) {
		removeAll();
		add(new H1(getTranslation("ideas.groups.title")));
		Paragraph lead = new Paragraph(getTranslation("ideas.groups.lead"));
		lead.addClassName("lead");
		add(lead, this.status);
		List<Account> accounts = this.groups.accounts();
		for (IdeaGroup group : this.groups.groups()) {
			add(group(group, accounts, locale));
		}
		add(criteria(locale));
		this.status.show(this.announcement);
	}

	private Section group(IdeaGroup group, List<Account> accounts, Locale locale) {
		String name = group.name(locale);
		UnorderedList list = new UnorderedList();
		list.addClassName("working-group-members");
		List<GroupMember> members = this.groups.members(group.id());
		for (GroupMember member : members) {
			Span who = new Span(member.chair() ? getTranslation("ideas.groups.member.chair", member.displayName())
					: member.displayName());
			Button remove = new Button(getTranslation("ideas.groups.remove"), e -> {
				this.groups.removeMember(group.id(), member.accountId());
				done(getTranslation("ideas.groups.removed", member.displayName(), name));
			});
			remove.getElement()
				.setAttribute("aria-label", getTranslation("ideas.groups.remove.named", member.displayName(), name));
			list.add(new ListItem(who, remove));
		}
		Section section = new Section(new H2(name));
		if (members.isEmpty()) {
			section.add(new Paragraph(getTranslation("ideas.groups.none")));
		}
		else {
			section.add(list);
		}
		ComboBox<Account> account = new ComboBox<>(getTranslation("ideas.groups.account", name));
		account.setItems(accounts);
		account.setItemLabelGenerator(a -> a.displayName() + " (" + a.username() + ")");
		Checkbox chair = new Checkbox(getTranslation("ideas.groups.chair"));
		LiveRegion alert = LiveRegion.alert();
		FormRefusals refusals = new FormRefusals(alert).field("account", account);
		Button add = new Button(getTranslation("ideas.groups.add", name));
		add.addClickListener(e -> {
			Account chosen = account.getValue();
			if (refusals.attempt(
					() -> this.groups.addMember(group.id(), chosen == null ? null : chosen.id(), chair.getValue()))) {
				done(getTranslation("ideas.groups.added", chosen == null ? "" : chosen.displayName(), name));
			}
		});
		Div form = new Div(account, chair, alert, add);
		form.addClassName("idea-form");
		section.add(form);
		section.addClassName("working-group");
		return section;
	}

	private Section criteria(Locale locale) {
		CriteriaSet current = this.evaluation.currentCriteria();
		Map<String, IntegerField> weights = new LinkedHashMap<>();
		Div form = new Div();
		form.addClassName("idea-form");
		for (Criterion criterion : current.criteria()) {
			IntegerField weight = new IntegerField(getTranslation("ideas.criteria.weight", criterion.name(locale)));
			weight.setValue(criterion.weight());
			weight.setMin(0);
			weight.setMax(100);
			weight.setHelperText(criterion.inverted() ? getTranslation("ideas.criteria.inverted") : null);
			weights.put(criterion.slug(), weight);
			form.add(weight);
		}
		LiveRegion alert = LiveRegion.alert();
		FormRefusals refusals = new FormRefusals(alert);
		weights.forEach((slug, field) -> refusals.field("weight-" + slug, field));
		// a total that is not 100 concerns them all: shown at the first
		weights.values().stream().findFirst().ifPresent(first -> refusals.field("weights", first));
		Button save = new Button(getTranslation("ideas.criteria.save"));
		save.addThemeName("primary");
		save.addClickListener(e -> {
			Map<String, Integer> chosen = new LinkedHashMap<>();
			weights.forEach((slug, field) -> {
				Integer value = field.getValue();
				if (value != null) {
					chosen.put(slug, value);
				}
			});
			CriteriaSet[] saved = new CriteriaSet[1];
			if (refusals.attempt(() -> saved[0] = this.evaluation.reweigh(chosen))) {
				done(getTranslation("ideas.criteria.saved", saved[0].version()));
			}
		});
		form.add(alert, save);
		return new Section(new H2(getTranslation("ideas.criteria.title")),
				new Paragraph(getTranslation("ideas.criteria.lead", current.version())), form);
	}

	private void done(String message) {
		this.announcement = message;
		show(getLocale());
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "ideas.groups.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show(event.getLocale());
		Titles.update(this);
	}

}
