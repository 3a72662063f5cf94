package de.norderstedt.go.ideas.ui;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.Trend;
import de.norderstedt.go.ideas.TrendRadarService;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Anchor;
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

/**
 * For staff: the Trendradar. New trends in a few words, each linked to parked ideas it
 * may bring back; a new link tells the idea's lead working group.
 */
@Route("ideen/trendradar")
@RolesAllowed({ "MODERATOR", "ADMIN" })
public class TrendRadarView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final TrendRadarService radar;

	private final LiveRegion status = LiveRegion.status();

	private String announcement = "";

	public TrendRadarView(TrendRadarService radar) {
		this.radar = radar;
		addClassName("page");
		addClassName("trend-radar-page");
	}

	private void show(Locale locale) {
		removeAll();
		Paragraph lead = new Paragraph(getTranslation("ideas.trends.lead"));
		lead.addClassName("lead");
		add(new H1(getTranslation("ideas.trends.title")), lead, this.status, newTrend());
		List<Trend.LinkedIdea> parked = this.radar.parkedIdeas();
		List<Trend> trends = this.radar.trends();
		Section list = new Section(new H2(getTranslation("ideas.trends.list")));
		if (trends.isEmpty()) {
			list.add(new Paragraph(getTranslation("ideas.trends.none")));
		}
		else {
			UnorderedList entries = new UnorderedList();
			entries.addClassName("idea-list");
			trends.forEach(trend -> entries.add(entry(trend, parked, locale)));
			list.add(entries);
		}
		add(list);
		this.status.show(this.announcement);
	}

	private Section newTrend() {
		TextField title = new TextField(getTranslation("ideas.trends.new.name"));
		TextArea description = new TextArea(getTranslation("ideas.trends.new.description"));
		description.setHelperText(
				getTranslation("ideas.trends.new.description.help", TrendRadarService.MAX_DESCRIPTION_LENGTH));
		LiveRegion alert = LiveRegion.alert();
		FormRefusals refusals = new FormRefusals(alert).field("title", title).field("description", description);
		Button save = new Button(getTranslation("ideas.trends.new.save"));
		save.addThemeName("primary");
		save.addClickListener(e -> {
			if (refusals.attempt(() -> this.radar.write(title.getValue(), description.getValue()))) {
				done(getTranslation("ideas.trends.new.saved", title.getValue().strip()));
			}
		});
		Div form = new Div(title, description, alert, save);
		form.addClassName("idea-form");
		return new Section(new H2(getTranslation("ideas.trends.new.title")), form);
	}

	private ListItem entry(Trend trend, List<Trend.LinkedIdea> parked, Locale locale) {
		Paragraph written = new Paragraph(
				getTranslation("ideas.trends.written", CityTime.day(trend.writtenAt(), locale)));
		written.addClassName("idea-facts");
		ListItem item = new ListItem(new H3(trend.title()), written, new Paragraph(trend.description()));
		if (trend.ideas().isEmpty()) {
			item.add(new Paragraph(getTranslation("ideas.trends.linked.none")));
		}
		else {
			item.add(new Paragraph(getTranslation("ideas.trends.linked")));
			UnorderedList linked = new UnorderedList();
			linked.addClassName("link-list");
			trend.ideas()
				.forEach(idea -> linked
					.add(new ListItem(new Anchor("ideen/" + idea.id(), getTranslation("ideas.trends.linked.idea",
							idea.title(), getTranslation(idea.state().messageKey()))))));
			item.add(linked);
		}
		List<Trend.LinkedIdea> offered = parked.stream()
			.filter(p -> trend.ideas().stream().noneMatch(l -> l.id() == p.id()))
			.toList();
		if (offered.isEmpty()) {
			item.add(new Paragraph(getTranslation("ideas.trends.parked.none")));
		}
		else {
			ComboBox<Trend.LinkedIdea> idea = new ComboBox<>(getTranslation("ideas.trends.link.idea", trend.title()));
			idea.setItems(offered);
			idea.setItemLabelGenerator(Trend.LinkedIdea::title);
			LiveRegion alert = LiveRegion.alert();
			FormRefusals refusals = new FormRefusals(alert).field("idea", idea);
			Button link = new Button(getTranslation("ideas.trends.link", trend.title()));
			link.addClickListener(e -> {
				Trend.LinkedIdea chosen = idea.getValue();
				if (refusals.attempt(() -> this.radar.link(trend.id(), chosen == null ? null : chosen.id()))) {
					done(getTranslation("ideas.trends.linked.done", trend.title(),
							chosen == null ? "" : chosen.title()));
				}
			});
			Div form = new Div(idea, alert, link);
			form.addClassName("idea-form");
			item.add(form);
		}
		item.addClassName("card");
		return item;
	}

	private void done(String message) {
		this.announcement = message;
		show(getLocale());
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "ideas.trends.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show(event.getLocale());
		Titles.update(this);
	}

}
