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
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.TextField;
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

	/** What a new group is offered for its first answers (four weeks). */
	private static final int DEFAULT_FIRST_ANSWER_DAYS = 28;

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
		add(newGroup());
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
		section.add(form, change(group, name));
		section.addClassName("working-group");
		return section;
	}

	/** Renaming, the deadline for a first answer, and retiring, folded away. */
	private Details change(IdeaGroup group, String name) {
		GroupForm form = new GroupForm(group.nameDe(), group.nameEn(), group.firstAnswerDays());
		Button save = new Button(getTranslation("ideas.groups.save", name));
		save.addClickListener(e -> {
			if (form.refusals.attempt(() -> this.groups.changeGroup(group.id(), form.nameDe.getValue(),
					form.nameEn.getValue(), form.days.getValue()))) {
				done(getTranslation("ideas.groups.saved", form.nameDe.getValue().strip()));
			}
		});
		Paragraph retireHelp = new Paragraph(getTranslation("ideas.groups.retire.help"));
		Div confirm = new Div();
		LiveRegion retireAlert = LiveRegion.alert();
		FormRefusals retireRefusals = new FormRefusals(retireAlert);
		Button retire = new Button(getTranslation("ideas.groups.retire", name));
		retire.addThemeName("error");
		retire.addClickListener(e -> {
			Button yes = new Button(getTranslation("ideas.groups.retire.yes", name));
			yes.addThemeName("error");
			yes.addThemeName("primary");
			yes.addClickListener(y -> {
				if (retireRefusals.attempt(() -> this.groups.retireGroup(group.id()))) {
					done(getTranslation("ideas.groups.retired", name));
				}
			});
			Button no = new Button(getTranslation("ideas.groups.retire.no"), n -> {
				confirm.removeAll();
				retire.setVisible(true);
				retire.focus();
			});
			confirm.removeAll();
			confirm.add(new Paragraph(getTranslation("ideas.groups.retire.question", name)), yes, no);
			retire.setVisible(false);
			yes.focus();
		});
		Div body = new Div(form.nameDe, form.nameEn, form.days, form.alert, save, retireHelp, retire, confirm,
				retireAlert);
		body.addClassName("idea-form");
		return new Details(getTranslation("ideas.groups.change", name), body);
	}

	private Section newGroup() {
		GroupForm form = new GroupForm("", "", DEFAULT_FIRST_ANSWER_DAYS);
		Button add = new Button(getTranslation("ideas.groups.new.add"));
		add.addClickListener(e -> {
			if (form.refusals.attempt(
					() -> this.groups.addGroup(form.nameDe.getValue(), form.nameEn.getValue(), form.days.getValue()))) {
				done(getTranslation("ideas.groups.new.added", form.nameDe.getValue().strip()));
			}
		});
		Div body = new Div(form.nameDe, form.nameEn, form.days, form.alert, add);
		body.addClassName("idea-form");
		return new Section(new H2(getTranslation("ideas.groups.new.title")), body);
	}

	/** The fields of a group's names and deadline, with their refusals. */
	private final class GroupForm {

		final TextField nameDe = new TextField(getTranslation("ideas.groups.name-de"));

		final TextField nameEn = new TextField(getTranslation("ideas.groups.name-en"));

		final IntegerField days = new IntegerField(getTranslation("ideas.groups.days"));

		final LiveRegion alert = LiveRegion.alert();

		final FormRefusals refusals = new FormRefusals(this.alert);

		GroupForm(String nameDe, String nameEn, int days) {
			this.nameDe.setValue(nameDe);
			this.nameEn.setValue(nameEn);
			this.days.setValue(days);
			this.days.setMin(1);
			this.days.setMax(WorkingGroupService.MAX_FIRST_ANSWER_DAYS);
			this.days.setHelperText(getTranslation("ideas.groups.days.help"));
			this.refusals.field("name-de", this.nameDe).field("name-en", this.nameEn).field("days", this.days);
		}

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
