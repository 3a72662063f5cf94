package de.norderstedt.go.news.ui;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.District;
import de.norderstedt.go.news.NewAnnouncement;
import de.norderstedt.go.news.NewsImage;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.news.Topic;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.DayTimeFields;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.PictureUpload;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.timepicker.TimePicker;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The fields of an announcement ({@link AnnouncementEditView}): German text (English
 * optional) with help on the simple formatting, a picture with its description in both
 * languages, areas, districts, the warning flag, and when it goes out. A refusal of the
 * desk shows at the field it names; the actions of the view sit at the end.
 */
class AnnouncementForm extends Div {

	private final NewsService news;

	private final H2 germanHeading = new H2();

	private final H3 helpHeading = new H3();

	private final UnorderedList help = new UnorderedList();

	private final TextField titleDe = new TextField();

	private final TextArea bodyDe = new TextArea();

	private final H2 englishHeading = new H2();

	private final Paragraph englishNote = new Paragraph();

	private final TextField titleEn = new TextField();

	private final TextArea bodyEn = new TextArea();

	private final H2 imageHeading = new H2();

	private final LiveRegion alert = LiveRegion.alert();

	private final PictureUpload upload = new PictureUpload(NewsImage.MAX_BYTES, "news-image-label", this.alert,
			this::imageReceived);

	private final LiveRegion imageState = LiveRegion.status();

	private final Button removeImage = new Button();

	private final TextField altDe = new TextField();

	private final TextField altEn = new TextField();

	private final H2 whoHeading = new H2();

	private final CheckboxGroup<Topic> topics = new CheckboxGroup<>();

	private final CheckboxGroup<District> districts = new CheckboxGroup<>();

	private final Checkbox urgent = new Checkbox();

	private final H2 whenHeading = new H2();

	private final RadioButtonGroup<Boolean> when = new RadioButtonGroup<>();

	private final DatePicker day = DayTimeFields.day();

	private final TimePicker time = DayTimeFields.time();

	/** The fields by the names the desk gives them in a refusal. */
	private final FormRefusals refusals = new FormRefusals(this.alert).field("titleDe", this.titleDe)
		.field("bodyDe", this.bodyDe)
		.field("titleEn", this.titleEn)
		.field("bodyEn", this.bodyEn)
		.field("altDe", this.altDe)
		.field("altEn", this.altEn)
		.field("topics", this.topics)
		.field("districts", this.districts)
		.field("publishAt", this.day);

	private byte @Nullable [] imageData;

	private @Nullable String imageType;

	/**
	 * @param whenChanged runs when "now" or "later" is chosen (the view names its button
	 * after it)
	 * @param actions the view's buttons, at the end of the form
	 */
	AnnouncementForm(NewsService news, SerializableRunnable whenChanged, Component actions) {
		this.news = news;
		addClassName("form");
		this.titleDe.setRequired(true);
		this.bodyDe.setRequired(true);
		this.titleDe.getElement().setAttribute("lang", "de");
		this.bodyDe.getElement().setAttribute("lang", "de");
		this.titleEn.getElement().setAttribute("lang", "en");
		this.bodyEn.getElement().setAttribute("lang", "en");
		this.help.addClassName("news-help");
		this.englishNote.addClassName("news-note");
		this.removeImage.addClickListener(e -> {
			this.imageData = null;
			this.imageType = null;
			this.upload.clear();
			this.imageState.setText(getTranslation("news.edit.image.removed"));
			this.removeImage.setVisible(false);
		});
		this.topics.addClassName("news-choices");
		this.districts.addClassName("news-choices");
		this.urgent.addClassName("news-urgent-choice");
		this.when.setItems(Boolean.TRUE, Boolean.FALSE);
		this.when.addValueChangeListener(e -> {
			showTime();
			whenChanged.run();
		});
		Div dateTime = new Div(this.day, this.time);
		dateTime.addClassName("time-range");
		add(new Section(this.germanHeading, this.helpHeading, this.help, this.titleDe, this.bodyDe),
				new Section(this.englishHeading, this.englishNote, this.titleEn, this.bodyEn),
				new Section(this.imageHeading, this.upload.label(), this.upload.upload(), this.upload.problem(),
						this.imageState, this.removeImage, this.altDe, this.altEn),
				new Section(this.whoHeading, this.topics, this.districts, this.urgent),
				new Section(this.whenHeading, this.when, dateTime), this.alert, actions);
	}

	/**
	 * The form filled with the announcement, or empty for a new one, afresh (the same
	 * view is reused from "new" to the stored one).
	 * @param image the announcement's stored picture
	 * @param later when a new announcement goes out unless said otherwise
	 */
	void fill(@Nullable Announcement a, @Nullable NewsImage image, Instant later) {
		this.imageData = image == null ? null : image.data();
		this.imageType = image == null ? null : image.mediaType();
		this.upload.clear();
		this.imageState.setText("");
		this.refusals.clear();
		this.topics.clear();
		this.districts.clear();
		this.titleDe.setValue(a == null ? "" : a.titleDe());
		this.bodyDe.setValue(a == null ? "" : a.bodyDe());
		this.titleEn.setValue(a == null || a.titleEn() == null ? "" : a.titleEn());
		this.bodyEn.setValue(a == null || a.bodyEn() == null ? "" : a.bodyEn());
		this.altDe.setValue(a == null || a.imageAltDe() == null ? "" : a.imageAltDe());
		this.altEn.setValue(a == null || a.imageAltEn() == null ? "" : a.imageAltEn());
		this.urgent.setValue(a != null && a.urgent());
		boolean planned = a != null && a.isPlanned();
		this.when.setValue(!planned);
		ZonedDateTime at = (a != null && planned ? a.publishAt() : later).atZone(CityTime.ZONE);
		this.day.setValue(at.toLocalDate());
		this.time.setValue(at.toLocalTime());
		boolean published = a != null && a.publishedAt() != null;
		boolean withdrawn = a != null && a.isWithdrawn();
		for (HasValue<?, ?> fixed : List.<HasValue<?, ?>>of(this.topics, this.districts, this.urgent, this.when,
				this.day, this.time)) {
			fixed.setReadOnly(published || withdrawn);
		}
		for (HasValue<?, ?> text : List.<HasValue<?, ?>>of(this.titleDe, this.bodyDe, this.titleEn, this.bodyEn,
				this.altDe, this.altEn)) {
			text.setReadOnly(withdrawn);
		}
		this.upload.setVisible(!withdrawn);
		this.removeImage.setVisible(!withdrawn && this.imageData != null);
		showTime();
	}

	/** Whether "later" is chosen. */
	boolean later() {
		return Boolean.FALSE.equals(this.when.getValue());
	}

	private void showTime() {
		boolean later = later();
		this.day.setVisible(later);
		this.time.setVisible(later);
	}

	private void imageReceived(byte[] bytes, String mediaType, String fileName) {
		this.imageData = bytes;
		this.imageType = mediaType;
		this.imageState.setText(getTranslation("news.edit.image.received", fileName));
		this.removeImage.setVisible(true);
	}

	/** The picture the announcement has now, without its description. */
	@Nullable NewsImage picture() {
		byte[] data = this.imageData;
		String type = this.imageType;
		return data == null || type == null ? null : new NewsImage(data, type, "", "");
	}

	/**
	 * What the form says, as the service takes it.
	 * @param published whether the announcement is out already (its time stays)
	 * @throws Refusal when "later" has no day or time
	 */
	NewAnnouncement input(boolean published) {
		byte[] data = this.imageData;
		String type = this.imageType;
		NewsImage image = data == null || type == null ? null
				: new NewsImage(data, type, this.altDe.getValue(), this.altEn.getValue());
		Instant at = null;
		if (!published && later()) {
			LocalDate d = this.day.getValue();
			LocalTime t = this.time.getValue();
			if (d == null || t == null) {
				throw Refusal.at("publishAt", "news.error.when");
			}
			at = CityTime.at(d, t);
		}
		return new NewAnnouncement(this.titleDe.getValue(), this.bodyDe.getValue(), this.titleEn.getValue(),
				this.bodyEn.getValue(), this.urgent.getValue(), ids(this.topics.getValue()),
				this.districts.getValue().stream().map(District::id).collect(Collectors.toSet()), image, at);
	}

	private static Set<Long> ids(Set<Topic> topics) {
		return topics.stream().map(Topic::id).collect(Collectors.toCollection(HashSet::new));
	}

	/** The chosen areas in their order. */
	List<Topic> chosenTopics() {
		return this.topics.getValue().stream().sorted(Comparator.comparingInt(Topic::position)).toList();
	}

	/** The chosen districts in their order. */
	List<District> chosenDistricts() {
		return this.districts.getValue().stream().sorted(Comparator.comparingInt(District::position)).toList();
	}

	void refused(Refusal refusal) {
		this.refusals.show(refusal);
	}

	void clearRefusal() {
		this.refusals.clear();
	}

	/** Every text of the form in the page's language; the choices of the announcement. */
	void showTexts(Locale locale, @Nullable Announcement a) {
		this.germanHeading.setText(getTranslation("news.edit.german"));
		this.helpHeading.setText(getTranslation("news.edit.help"));
		this.help.removeAll();
		for (String key : List.of("news.edit.help.paragraph", "news.edit.help.bold", "news.edit.help.list")) {
			this.help.add(new ListItem(getTranslation(key)));
		}
		this.titleDe.setLabel(getTranslation("news.edit.title-de"));
		this.bodyDe.setLabel(getTranslation("news.edit.body-de"));
		this.bodyDe.setHelperText(getTranslation("news.edit.body.help"));
		this.englishHeading.setText(getTranslation("news.edit.english"));
		this.englishNote.setText(getTranslation("news.edit.english.note"));
		this.titleEn.setLabel(getTranslation("news.edit.title-en"));
		this.bodyEn.setLabel(getTranslation("news.edit.body-en"));
		this.bodyEn.setHelperText(getTranslation("news.edit.body.help"));
		this.imageHeading.setText(getTranslation("news.edit.image"));
		this.upload.translate(getTranslation("news.edit.image.label"),
				new PictureUpload.Texts(getTranslation("news.upload.add"), getTranslation("news.upload.drop"),
						getTranslation("news.error.image-type"), getTranslation("news.error.image-size"),
						getTranslation("news.upload.one")));
		if (this.imageState.getText().isEmpty() && a != null && a.hasImage()) {
			this.imageState.setText(getTranslation("news.edit.image.kept"));
		}
		this.removeImage.setText(getTranslation("news.edit.image.remove"));
		this.altDe.setLabel(getTranslation("news.edit.alt-de"));
		this.altEn.setLabel(getTranslation("news.edit.alt-en"));
		this.altDe.setHelperText(getTranslation("news.edit.alt.help"));
		this.whoHeading.setText(getTranslation("news.edit.who"));
		showChoices(locale, a);
		this.urgent.setLabel(getTranslation("news.edit.urgent"));
		this.whenHeading.setText(getTranslation("news.edit.when"));
		this.when.setLabel(getTranslation("news.edit.when.choice"));
		this.when.setItemLabelGenerator(now -> getTranslation(now ? "news.edit.when.now" : "news.edit.when.later"));
		DayTimeFields.translate(this.day, getTranslation("news.edit.day"), locale, getTranslation("news.picker.today"),
				getTranslation("news.picker.cancel"), getTranslation("news.error.when"));
		DayTimeFields.translate(this.time, getTranslation("news.edit.time"), locale);
		this.time.setHelperText(getTranslation("news.edit.time.help"));
	}

	private void showChoices(Locale locale, @Nullable Announcement a) {
		List<Topic> topicChoices = new ArrayList<>(this.news.topics());
		List<District> districtChoices = new ArrayList<>(this.news.districts());
		if (a != null) {
			// a deactivated area stays on the announcements that have it
			a.topics().stream().filter(t -> !topicChoices.contains(t)).forEach(topicChoices::add);
			a.districts().stream().filter(d -> !districtChoices.contains(d)).forEach(districtChoices::add);
		}
		Set<Topic> chosenTopics = this.topics.getValue().isEmpty() && a != null ? Set.copyOf(a.topics())
				: this.topics.getValue();
		Set<District> chosenDistricts = this.districts.getValue().isEmpty() && a != null ? Set.copyOf(a.districts())
				: this.districts.getValue();
		this.topics.setItems(topicChoices);
		this.topics.setItemLabelGenerator(t -> t.name(locale));
		this.topics.setValue(matching(topicChoices, chosenTopics));
		this.topics.setLabel(getTranslation("news.edit.topics"));
		this.districts.setItems(districtChoices);
		this.districts.setItemLabelGenerator(d -> d.name(locale));
		this.districts.setValue(matching(districtChoices, chosenDistricts));
		this.districts.setLabel(getTranslation("news.edit.districts"));
		this.districts.setHelperText(getTranslation("news.interests.districts.hint"));
	}

	/** The chosen entries as the items of the list (they compare by value). */
	private static <T> Set<T> matching(List<T> items, Set<T> chosen) {
		return items.stream().filter(chosen::contains).collect(Collectors.toSet());
	}

}
