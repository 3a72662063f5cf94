package de.norderstedt.go.news.ui;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import de.norderstedt.go.news.District;
import de.norderstedt.go.news.Interests;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.news.Topic;

import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * What a resident wants to hear about: areas of interest and districts, as two groups of
 * check boxes with their own labels ("no district = all of Norderstedt"). For the
 * settings page and the onboarding; it stores nothing itself (see
 * {@link NewsService#saveMyInterests}).
 */
public class InterestsChooser extends Div implements LocaleChangeObserver {

	private final CheckboxGroup<Topic> topics = new CheckboxGroup<>();

	private final CheckboxGroup<District> districts = new CheckboxGroup<>();

	private final List<Topic> topicItems;

	private final List<District> districtItems;

	public InterestsChooser(NewsService news) {
		addClassName("interests-chooser");
		this.topics.addClassName("news-choices");
		this.districts.addClassName("news-choices");
		this.topicItems = news.topics();
		this.districtItems = news.districts();
		this.topics.setItems(this.topicItems);
		this.districts.setItems(this.districtItems);
		add(this.topics, this.districts);
	}

	/** The areas and districts ticked now. */
	public Interests getValue() {
		return new Interests(this.topics.getValue().stream().map(Topic::id).collect(Collectors.toSet()),
				this.districts.getValue().stream().map(District::id).collect(Collectors.toSet()));
	}

	/** Ticks the given areas and districts; ones no longer offered are left out. */
	public void setValue(Interests interests) {
		Set<Long> topicIds = interests.topicIds();
		Set<Long> districtIds = interests.districtIds();
		this.topics
			.setValue(this.topicItems.stream().filter(t -> topicIds.contains(t.id())).collect(Collectors.toSet()));
		this.districts.setValue(
				this.districtItems.stream().filter(d -> districtIds.contains(d.id())).collect(Collectors.toSet()));
	}

	/** The group of areas, e.g. to focus it or to listen to changes. */
	public CheckboxGroup<Topic> topics() {
		return this.topics;
	}

	/** The group of districts. */
	public CheckboxGroup<District> districts() {
		return this.districts;
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Locale locale = event.getLocale();
		this.topics.setLabel(getTranslation("news.interests.topics"));
		this.topics.setHelperText(getTranslation("news.interests.topics.hint"));
		this.topics.setItemLabelGenerator(t -> t.name(locale));
		this.districts.setLabel(getTranslation("news.interests.districts"));
		this.districts.setHelperText(getTranslation("news.interests.districts.hint"));
		this.districts.setItemLabelGenerator(d -> d.name(locale));
	}

}
