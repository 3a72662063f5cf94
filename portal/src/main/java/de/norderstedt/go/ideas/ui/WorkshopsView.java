package de.norderstedt.go.ideas.ui;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.NewWorkshop;
import de.norderstedt.go.ideas.Workshop;
import de.norderstedt.go.ideas.WorkshopService;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.DayTimeFields;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;

/**
 * Workshops and paper forms whose ideas staff enter: a new one (title, day, place, notes)
 * and the list, the most recent first, each leading to its page.
 */
@Route("ideen/werkstaetten")
@RolesAllowed({ "MODERATOR", "ADMIN" })
public class WorkshopsView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final WorkshopService workshops;

	private final H1 heading = new H1();

	private final Paragraph lead = new Paragraph();

	private final H2 newHeading = new H2();

	private final TextField title = new TextField();

	private final DatePicker day = DayTimeFields.day();

	private final TextField place = new TextField();

	private final TextArea notes = new TextArea();

	private final LiveRegion alert = LiveRegion.alert();

	private final Button create = new Button();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("title", this.title)
		.field("heldOn", this.day)
		.field("place", this.place)
		.field("notes", this.notes);

	private final H2 listHeading = new H2();

	private final Paragraph count = new Paragraph();

	private final UnorderedList list = new UnorderedList();

	public WorkshopsView(WorkshopService workshops) {
		this.workshops = workshops;
		addClassName("page");
		addClassName("workshops-page");
		this.lead.addClassName("lead");
		this.title.setWidthFull();
		this.place.setWidthFull();
		this.notes.setWidthFull();
		this.notes.setMinRows(2);
		this.create.addThemeName("primary");
		this.create.addClickListener(e -> create());
		Div form = new Div(this.title, this.day, this.place, this.notes, this.alert, this.create);
		form.addClassName("idea-form");
		this.list.addClassName("idea-list");
		add(this.heading, this.lead, new Section(this.newHeading, form),
				new Section(this.listHeading, this.count, this.list));
	}

	private void create() {
		long[] created = new long[1];
		boolean done = this.refusals
			.attempt(() -> created[0] = this.workshops.create(new NewWorkshop(this.title.getValue(),
					this.day.getValue(), this.place.getValue(), this.notes.getValue())));
		if (done) {
			UI.getCurrent().navigate(WorkshopView.class, new RouteParameters("id", String.valueOf(created[0])));
		}
	}

	private void showList(Locale locale) {
		List<Workshop> all = this.workshops.workshops();
		this.count.setText(getTranslation("ideas.workshops.count", all.size()));
		this.list.removeAll();
		for (Workshop workshop : all) {
			Paragraph facts = new Paragraph(getTranslation("ideas.workshops.facts",
					CityTime.day(workshop.heldOn(), locale), workshop.place(), workshop.ideas()));
			facts.addClassName("idea-facts");
			RouterLink open = new RouterLink(getTranslation("ideas.workshops.open", workshop.title()),
					WorkshopView.class, new RouteParameters("id", String.valueOf(workshop.id())));
			open.addClassName("button-link");
			ListItem item = new ListItem(new H3(workshop.title()), facts, open);
			item.addClassName("card");
			this.list.add(item);
		}
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "ideas.workshops.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Locale locale = event.getLocale();
		this.heading.setText(getTranslation("ideas.workshops.title"));
		this.lead.setText(getTranslation("ideas.workshops.lead"));
		this.newHeading.setText(getTranslation("ideas.workshops.new"));
		this.title.setLabel(getTranslation("ideas.workshops.field.title"));
		this.title.setHelperText(getTranslation("ideas.workshops.field.title.help"));
		DayTimeFields.translate(this.day, getTranslation("ideas.workshops.field.day"), locale,
				getTranslation("trainer.day.today"), getTranslation("trainer.day.cancel"),
				getTranslation("ideas.workshops.field.day.bad"));
		this.place.setLabel(getTranslation("ideas.workshops.field.place"));
		this.notes.setLabel(getTranslation("ideas.workshops.field.notes"));
		this.create.setText(getTranslation("ideas.workshops.create"));
		this.listHeading.setText(getTranslation("ideas.workshops.all"));
		showList(locale);
		Titles.update(this);
	}

}
