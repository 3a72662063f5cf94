package de.norderstedt.go.news.ui;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.District;
import de.norderstedt.go.news.NewAnnouncement;
import de.norderstedt.go.news.NewsDeskService;
import de.norderstedt.go.news.NewsImage;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.news.Topic;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Texts;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.checkbox.CheckboxGroup;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
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
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * Writing and changing an announcement: German text (English optional) with simple
 * formatting, a picture with its description, areas, districts, the warning flag, and
 * when it goes out. The preview shows it exactly as residents will see it. A published
 * announcement can only get better words and a better picture; a planned one can change
 * entirely, be published early, or be withdrawn.
 */
@Route("redaktion/:id(neu|[0-9]{1,18})")
@RolesAllowed({ "EDITOR", "ADMIN" })
@AccessDeniedErrorRouter
class AnnouncementEditView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	static final String NEW = "neu";

	private static final String DONE = "erledigt";

	private static final Set<String> IMAGE_TYPES = Set.of("image/jpeg", "image/png", "image/webp");

	private final NewsDeskService desk;

	private final NewsService news;

	private final Clock clock;

	private final H1 heading = new H1();

	private final Paragraph stateText = new Paragraph();

	private final Paragraph fixedNote = new Paragraph();

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

	private final Paragraph uploadLabel = new Paragraph();

	private final Upload upload = new Upload();

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

	private final DatePicker day = new DatePicker();

	private final TimePicker time = new TimePicker();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

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

	private final Button preview = new Button();

	private final Button save = new Button();

	private final Button publishNow = new Button();

	private final Button withdraw = new Button();

	private final RouterLink back = new RouterLink();

	private final Section previewSection = new Section();

	private final Div form = new Div();

	private @Nullable Announcement editing;

	private byte @Nullable [] imageData;

	private @Nullable String imageType;

	private @Nullable String done;

	AnnouncementEditView(NewsDeskService desk, NewsService news, Clock clock) {
		this.desk = desk;
		this.news = news;
		this.clock = clock;
		addClassName("page");
		addClassName("news-edit");
		this.titleDe.setRequired(true);
		this.bodyDe.setRequired(true);
		this.titleDe.getElement().setAttribute("lang", "de");
		this.bodyDe.getElement().setAttribute("lang", "de");
		this.titleEn.getElement().setAttribute("lang", "en");
		this.bodyEn.getElement().setAttribute("lang", "en");
		this.help.addClassName("news-help");
		this.fixedNote.addClassName("news-note");
		this.englishNote.addClassName("news-note");

		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(NewsImage.MAX_BYTES);
		this.upload.setAcceptedFileTypes(IMAGE_TYPES.toArray(String[]::new));
		this.upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
			// the handler runs on the upload's request: hand the picture to the UI
			UI ui = getUI().orElse(null);
			if (ui != null) {
				ui.access(() -> imageReceived(metadata.contentType(), bytes, metadata.fileName()));
			}
		}));
		this.upload.addFileRejectedListener(e -> this.alert.show(getTranslation("news.error.image-type")));
		this.uploadLabel.setId("news-image-label");
		this.upload.getElement().setAttribute("aria-labelledby", "news-image-label");
		this.removeImage.addClickListener(e -> {
			this.imageData = null;
			this.imageType = null;
			this.upload.clearFileList();
			this.imageState.setText(getTranslation("news.edit.image.removed"));
			this.removeImage.setVisible(false);
		});

		this.topics.addClassName("news-choices");
		this.districts.addClassName("news-choices");
		this.urgent.addClassName("news-urgent-choice");
		this.when.setItems(Boolean.TRUE, Boolean.FALSE);
		this.when.addValueChangeListener(e -> showTime());
		this.day.setAutoOpen(false);
		this.time.setAutoOpen(false);
		this.time.setStep(Duration.ofMinutes(15));

		this.preview.addClickListener(e -> preview());
		this.save.addThemeName("primary");
		this.save.addClickListener(e -> save());
		this.publishNow.addClickListener(e -> publishNow());
		this.withdraw.addThemeName("error");
		this.withdraw.addClickListener(e -> confirmWithdraw());
		this.back.setRoute(NewsDeskView.class);
		this.back.addClassName("action-link");

		Div actions = new Div(this.preview, this.save, this.publishNow, this.withdraw);
		actions.addClassName("actions");
		Div dateTime = new Div(this.day, this.time);
		dateTime.addClassName("time-range");
		this.form.addClassName("form");
		this.form.add(new Section(this.germanHeading, this.helpHeading, this.help, this.titleDe, this.bodyDe),
				new Section(this.englishHeading, this.englishNote, this.titleEn, this.bodyEn),
				new Section(this.imageHeading, this.uploadLabel, this.upload, this.imageState, this.removeImage,
						this.altDe, this.altEn),
				new Section(this.whoHeading, this.topics, this.districts, this.urgent),
				new Section(this.whenHeading, this.when, dateTime), this.alert, actions);
		this.previewSection.addClassName("news-preview");
		this.previewSection.setVisible(false);
		add(this.heading, this.stateText, this.fixedNote, this.status, this.form, this.previewSection,
				new Paragraph(this.back));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		String id = event.getRouteParameters().get("id").orElse(NEW);
		this.editing = NEW.equals(id) ? null : this.desk.announcement(Long.parseLong(id)).orElse(null);
		if (!NEW.equals(id) && this.editing == null) {
			event.forwardTo(NewsDeskView.class);
			return;
		}
		List<String> doneValues = event.getLocation().getQueryParameters().getParameters().get(DONE);
		this.done = doneValues == null || doneValues.isEmpty() ? null : doneValues.get(0);
		Announcement a = this.editing;
		NewsImage image = a != null && a.hasImage() ? this.desk.image(a.id()).orElse(null) : null;
		this.imageData = image == null ? null : image.data();
		this.imageType = image == null ? null : image.mediaType();
		// the same view is reused from "new" to the stored one: start afresh
		this.upload.clearFileList();
		this.imageState.setText("");
		clearMessages();
		this.topics.clear();
		this.districts.clear();
		fill(a);
		if (isAttached()) {
			showTexts(getLocale());
		}
	}

	/** The form filled with the announcement, or empty for a new one. */
	private void fill(@Nullable Announcement a) {
		this.titleDe.setValue(a == null ? "" : a.titleDe());
		this.bodyDe.setValue(a == null ? "" : a.bodyDe());
		this.titleEn.setValue(a == null || a.titleEn() == null ? "" : a.titleEn());
		this.bodyEn.setValue(a == null || a.bodyEn() == null ? "" : a.bodyEn());
		this.altDe.setValue(a == null || a.imageAltDe() == null ? "" : a.imageAltDe());
		this.altEn.setValue(a == null || a.imageAltEn() == null ? "" : a.imageAltEn());
		this.urgent.setValue(a != null && a.urgent());
		boolean later = a != null && a.isPlanned();
		this.when.setValue(!later);
		ZonedDateTime at = (later ? a.publishAt() : defaultLater()).atZone(CityTime.ZONE);
		this.day.setValue(at.toLocalDate());
		this.time.setValue(at.toLocalTime());
		boolean published = a != null && a.publishedAt() != null;
		boolean withdrawn = a != null && a.isWithdrawn();
		for (Component fixed : List.<Component>of(this.topics, this.districts, this.urgent, this.when, this.day,
				this.time)) {
			((com.vaadin.flow.component.HasValue<?, ?>) fixed).setReadOnly(published || withdrawn);
		}
		for (com.vaadin.flow.component.HasValue<?, ?> text : List.<com.vaadin.flow.component.HasValue<?, ?>>of(
				this.titleDe, this.bodyDe, this.titleEn, this.bodyEn, this.altDe, this.altEn)) {
			text.setReadOnly(withdrawn);
		}
		this.upload.setVisible(!withdrawn);
		this.uploadLabel.setVisible(!withdrawn);
		this.save.setVisible(!withdrawn);
		this.publishNow.setVisible(a != null && a.isPlanned());
		this.withdraw.setVisible(a != null && !withdrawn);
		this.removeImage.setVisible(!withdrawn && this.imageData != null);
		this.previewSection.setVisible(false);
		// a withdrawn one is only read: no form, just how it looked
		this.form.setVisible(!withdrawn);
		showTime();
	}

	/** A withdrawn announcement as it was shown, with its picture. */
	private void showWithdrawn(Announcement a, Locale locale) {
		this.previewSection.removeAll();
		byte[] data = this.imageData;
		String type = this.imageType;
		AnnouncementArticle.Picture picture = data == null || type == null ? null
				: new AnnouncementArticle.Picture.Uploaded(pictureHandler(new NewsImage(data, type, "", "")));
		this.previewSection.getElement().removeAttribute("aria-labelledby");
		this.previewSection.add(new AnnouncementArticle(a, locale, false, picture));
		this.previewSection.setVisible(true);
	}

	private Instant defaultLater() {
		// tomorrow at eight: a calm time to read news
		return CityTime.at(CityTime.date(this.clock.instant()).plusDays(1), LocalTime.of(8, 0));
	}

	private void showTime() {
		boolean later = Boolean.FALSE.equals(this.when.getValue());
		this.day.setVisible(later);
		this.time.setVisible(later);
		texts();
	}

	private void imageReceived(@Nullable String mediaType, byte[] bytes, String fileName) {
		this.alert.clear();
		if (mediaType == null || !IMAGE_TYPES.contains(mediaType)) {
			this.alert.show(getTranslation("news.error.image-type"));
			return;
		}
		if (bytes.length > NewsImage.MAX_BYTES) {
			this.alert.show(getTranslation("news.error.image-size"));
			return;
		}
		this.imageData = bytes;
		this.imageType = mediaType;
		this.imageState.setText(getTranslation("news.edit.image.received", fileName));
		this.removeImage.setVisible(true);
	}

	/** What the form says, as the service takes it. */
	private NewAnnouncement input() {
		Announcement a = this.editing;
		boolean published = a != null && a.publishedAt() != null;
		byte[] data = this.imageData;
		String type = this.imageType;
		NewsImage image = data == null || type == null ? null
				: new NewsImage(data, type, this.altDe.getValue(), this.altEn.getValue());
		Instant at = null;
		if (!published && Boolean.FALSE.equals(this.when.getValue())) {
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

	private void preview() {
		clearMessages();
		Announcement a = this.editing;
		try {
			NewAnnouncement input = input();
			this.desk.check(a == null ? null : a.id(), input);
			showPreview(input);
		}
		catch (Refusal ex) {
			refused(ex);
		}
	}

	private void showPreview(NewAnnouncement input) {
		Announcement a = this.editing;
		Instant now = this.clock.instant().truncatedTo(ChronoUnit.MINUTES);
		Instant at = input.publishAt() == null ? now : input.publishAt();
		String titleEn = Input.blankToNull(input.titleEn());
		String bodyEn = Input.blankToNull(input.bodyEn());
		NewsImage image = input.image();
		Announcement draft = new Announcement(a == null ? 0 : a.id(), input.titleDe().strip(), input.bodyDe().strip(),
				titleEn, bodyEn, input.urgent(),
				this.topics.getValue().stream().sorted(java.util.Comparator.comparingInt(Topic::position)).toList(),
				this.districts.getValue()
					.stream()
					.sorted(java.util.Comparator.comparingInt(District::position))
					.toList(),
				image != null, image == null ? null : image.altDe().strip(),
				image == null ? null : image.altEn().strip(), a != null && a.publishedAt() != null ? a.publishAt() : at,
				a == null ? null : a.publishedAt(), null);
		this.previewSection.removeAll();
		H2 previewHeading = new H2(getTranslation("news.preview.heading"));
		previewHeading.setId("news-preview-heading");
		previewHeading.getElement().setAttribute("tabindex", "-1");
		this.previewSection.getElement().setAttribute("aria-labelledby", "news-preview-heading");
		this.previewSection.add(previewHeading, new Paragraph(getTranslation("news.preview.text")));
		AnnouncementArticle.Picture picture = image == null ? null
				: new AnnouncementArticle.Picture.Uploaded(pictureHandler(image));
		Div german = new Div(new H3(getTranslation("news.preview.german")),
				new AnnouncementArticle(draft, Locale.GERMAN, false, picture));
		german.getElement().setAttribute("lang", "de");
		german.addClassName("news-preview-frame");
		Div english = new Div(new H3(getTranslation("news.preview.english")),
				new AnnouncementArticle(draft, Locale.ENGLISH, false, picture));
		english.getElement().setAttribute("lang", "en");
		english.addClassName("news-preview-frame");
		this.previewSection.add(german, english);
		this.previewSection.setVisible(true);
		previewHeading.getElement().callJsFunction("focus");
	}

	private static DownloadHandler pictureHandler(NewsImage image) {
		byte[] data = image.data();
		String type = image.mediaType();
		return DownloadHandler
			.fromInputStream(event -> new DownloadResponse(new java.io.ByteArrayInputStream(data),
					"vorschau." + type.substring(type.indexOf('/') + 1), type, data.length))
			.inline();
	}

	private void save() {
		clearMessages();
		Announcement a = this.editing;
		try {
			NewAnnouncement input = input();
			String result;
			long id;
			if (a == null) {
				id = this.desk.create(input);
				result = input.publishAt() == null ? "published" : "planned";
			}
			else {
				id = a.id();
				this.desk.update(id, input);
				result = a.isPlanned() && input.publishAt() == null ? "published" : "saved";
			}
			UI.getCurrent()
				.navigate(AnnouncementEditView.class, new RouteParameters("id", String.valueOf(id)),
						QueryParameters.of(DONE, result));
		}
		catch (Refusal ex) {
			refused(ex);
		}
	}

	private void publishNow() {
		clearMessages();
		Announcement a = this.editing;
		if (a == null) {
			return;
		}
		try {
			this.desk.publishNow(a.id());
			UI.getCurrent()
				.navigate(AnnouncementEditView.class, new RouteParameters("id", String.valueOf(a.id())),
						QueryParameters.of(DONE, "published"));
		}
		catch (Refusal ex) {
			refused(ex);
		}
	}

	private void confirmWithdraw() {
		Announcement a = this.editing;
		if (a == null) {
			return;
		}
		Dialog dialog = new Dialog();
		dialog.setHeaderTitle(getTranslation("news.withdraw.title"));
		LiveRegion dialogAlert = LiveRegion.alert();
		dialog.add(new Paragraph(getTranslation("news.withdraw.text", a.titleDe())), dialogAlert);
		Button yes = new Button(getTranslation("news.withdraw.confirm"), e -> {
			try {
				this.desk.withdraw(a.id());
				dialog.close();
				UI.getCurrent()
					.navigate(AnnouncementEditView.class, new RouteParameters("id", String.valueOf(a.id())),
							QueryParameters.of(DONE, "withdrawn"));
			}
			catch (Refusal ex) {
				dialogAlert.show(ex.text(getLocale()));
			}
		});
		yes.addThemeName("primary");
		yes.addThemeName("error");
		Button no = new Button(getTranslation("news.withdraw.keep"), e -> dialog.close());
		dialog.getFooter().add(no, yes);
		dialog.open();
		no.focus();
	}

	private void refused(Refusal refusal) {
		this.refusals.show(refusal);
		this.previewSection.setVisible(false);
	}

	private void clearMessages() {
		this.refusals.clear();
		this.status.clear();
	}

	private void texts() {
		Announcement a = this.editing;
		boolean later = Boolean.FALSE.equals(this.when.getValue());
		if (a == null) {
			this.save.setText(getTranslation(later ? "news.edit.plan" : "news.edit.publish"));
		}
		else if (a.isPlanned()) {
			this.save.setText(getTranslation(later ? "news.edit.save-plan" : "news.edit.publish"));
		}
		else {
			this.save.setText(getTranslation("news.edit.save"));
		}
	}

	@Override
	public String getPageTitle() {
		Announcement a = this.editing;
		return Titles.of(this,
				a == null ? "news.edit.new" : a.isWithdrawn() ? "news.edit.withdrawn-title" : "news.edit.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		showTexts(event.getLocale());
	}

	private void showTexts(Locale locale) {
		Announcement a = this.editing;
		this.heading.setText(getTranslation(
				a == null ? "news.edit.new" : a.isWithdrawn() ? "news.edit.withdrawn-title" : "news.edit.title"));
		if (a != null && a.isWithdrawn()) {
			showWithdrawn(a, locale);
		}
		this.stateText.setText(a == null ? "" : NewsTexts.state(a, locale));
		this.stateText.setVisible(a != null);
		this.fixedNote.setText(a == null ? "" : a.isWithdrawn() ? getTranslation("news.edit.withdrawn-note")
				: a.publishedAt() != null ? getTranslation("news.edit.published-note") : "");
		this.fixedNote.setVisible(!this.fixedNote.getText().isEmpty());
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
		this.uploadLabel.setText(getTranslation("news.edit.image.label"));
		this.upload.setI18n(new UploadI18N()
			.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("news.upload.add"))
				.setMany(getTranslation("news.upload.add")))
			.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("news.upload.drop"))
				.setMany(getTranslation("news.upload.drop")))
			.setError(new UploadI18N.Error().setFileIsTooBig(getTranslation("news.error.image-size"))
				.setIncorrectFileType(getTranslation("news.error.image-type"))
				.setTooManyFiles(getTranslation("news.upload.one"))));
		if (this.imageState.getText().isEmpty() && a != null && a.hasImage()) {
			this.imageState.setText(getTranslation("news.edit.image.kept"));
		}
		this.removeImage.setText(getTranslation("news.edit.image.remove"));
		this.altDe.setLabel(getTranslation("news.edit.alt-de"));
		this.altEn.setLabel(getTranslation("news.edit.alt-en"));
		this.altDe.setHelperText(getTranslation("news.edit.alt.help"));
		this.whoHeading.setText(getTranslation("news.edit.who"));
		List<Topic> topicChoices = new java.util.ArrayList<>(this.news.topics());
		List<District> districtChoices = new java.util.ArrayList<>(this.news.districts());
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
		this.urgent.setLabel(getTranslation("news.edit.urgent"));
		this.whenHeading.setText(getTranslation("news.edit.when"));
		this.when.setLabel(getTranslation("news.edit.when.choice"));
		this.when.setItemLabelGenerator(now -> getTranslation(now ? "news.edit.when.now" : "news.edit.when.later"));
		DatePickerTexts.translate(this.day, getTranslation("news.edit.day"), locale);
		this.time.setLabel(getTranslation("news.edit.time"));
		this.time.setHelperText(getTranslation("news.edit.time.help"));
		this.time.setLocale("de".equals(Texts.supported(locale).getLanguage()) ? Locale.GERMANY : Locale.US);
		this.preview.setText(getTranslation("news.edit.preview"));
		this.publishNow.setText(getTranslation("news.edit.publish-now"));
		this.withdraw.setText(getTranslation("news.edit.withdraw"));
		this.back.setText(getTranslation("news.desk.back"));
		texts();
		String doneKey = this.done == null ? null : "news.done." + this.done;
		if (doneKey != null && Texts.has(doneKey)) {
			this.status.show(getTranslation(doneKey));
		}
		Titles.update(this);
	}

	/** The chosen entries as the items of the list (they compare by value). */
	private static <T> Set<T> matching(List<T> items, Set<T> chosen) {
		return items.stream().filter(chosen::contains).collect(Collectors.toSet());
	}

}
