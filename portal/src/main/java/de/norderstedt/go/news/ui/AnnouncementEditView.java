package de.norderstedt.go.news.ui;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.NewAnnouncement;
import de.norderstedt.go.news.NewsDeskService;
import de.norderstedt.go.news.NewsImage;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.Texts;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
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

/**
 * Writing and changing an announcement (the fields are in {@link AnnouncementForm}). The
 * preview shows it exactly as residents will see it. A published announcement can only
 * get better words and a better picture; a planned one can change entirely, be published
 * early, or be withdrawn.
 */
@Route("redaktion/:id(neu|[0-9]{1,18})")
@RolesAllowed({ "EDITOR", "ADMIN" })
@AccessDeniedErrorRouter
class AnnouncementEditView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	static final String NEW = "neu";

	private static final String DONE = "erledigt";

	private final NewsDeskService desk;

	private final Clock clock;

	private final H1 heading = new H1();

	private final Paragraph stateText = new Paragraph();

	private final Paragraph fixedNote = new Paragraph();

	private final LiveRegion status = LiveRegion.status();

	private final Button preview = new Button();

	private final Button save = new Button();

	private final Button publishNow = new Button();

	private final Button withdraw = new Button();

	private final RouterLink back = new RouterLink();

	private final AnnouncementPreview previewSection = new AnnouncementPreview();

	private final AnnouncementForm form;

	private @Nullable Announcement editing;

	private @Nullable String done;

	AnnouncementEditView(NewsDeskService desk, NewsService news, Clock clock) {
		this.desk = desk;
		this.clock = clock;
		addClassName("page");
		addClassName("news-edit");
		this.fixedNote.addClassName("news-note");
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
		this.form = new AnnouncementForm(news, this::texts, actions);
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
		// the same view is reused from "new" to the stored one: start afresh
		this.status.clear();
		this.form.fill(a, image, defaultLater());
		boolean withdrawn = a != null && a.isWithdrawn();
		this.save.setVisible(!withdrawn);
		this.publishNow.setVisible(a != null && a.isPlanned());
		this.withdraw.setVisible(a != null && !withdrawn);
		this.previewSection.setVisible(false);
		// a withdrawn one is only read: no form, just how it looked
		this.form.setVisible(!withdrawn);
		texts();
		if (isAttached()) {
			showTexts(getLocale());
		}
	}

	private Instant defaultLater() {
		// tomorrow at eight: a calm time to read news
		return CityTime.at(CityTime.date(this.clock.instant()).plusDays(1), LocalTime.of(8, 0));
	}

	private boolean published() {
		Announcement a = this.editing;
		return a != null && a.publishedAt() != null;
	}

	private void preview() {
		clearMessages();
		Announcement a = this.editing;
		try {
			NewAnnouncement input = this.form.input(published());
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
		NewsImage image = input.image();
		Announcement draft = new Announcement(a == null ? 0 : a.id(), input.titleDe().strip(), input.bodyDe().strip(),
				Input.blankToNull(input.titleEn()), Input.blankToNull(input.bodyEn()), input.urgent(),
				this.form.chosenTopics(), this.form.chosenDistricts(), image != null,
				image == null ? null : image.altDe().strip(), image == null ? null : image.altEn().strip(),
				a != null && a.publishedAt() != null ? a.publishAt() : at, a == null ? null : a.publishedAt(), null);
		this.previewSection.show(draft, image);
	}

	private void save() {
		clearMessages();
		Announcement a = this.editing;
		try {
			NewAnnouncement input = this.form.input(published());
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
			showDone(id, result);
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
			showDone(a.id(), "published");
		}
		catch (Refusal ex) {
			refused(ex);
		}
	}

	private void confirmWithdraw() {
		Announcement a = this.editing;
		if (a != null) {
			new WithdrawDialog(this.desk, a, () -> showDone(a.id(), "withdrawn")).ask();
		}
	}

	/** The announcement again, saying what was just done. */
	private static void showDone(long id, String result) {
		UI.getCurrent()
			.navigate(AnnouncementEditView.class, new RouteParameters("id", String.valueOf(id)),
					QueryParameters.of(DONE, result));
	}

	private void refused(Refusal refusal) {
		this.form.refused(refusal);
		this.previewSection.setVisible(false);
	}

	private void clearMessages() {
		this.form.clearRefusal();
		this.status.clear();
	}

	/**
	 * "Veröffentlichen", "Planen" or "Speichern", after what "now" or "later" will do.
	 */
	private void texts() {
		Announcement a = this.editing;
		boolean later = this.form.later();
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
			this.previewSection.showWithdrawn(a, locale, this.form.picture());
		}
		this.stateText.setText(a == null ? "" : NewsTexts.state(a, locale));
		this.stateText.setVisible(a != null);
		this.fixedNote.setText(a == null ? "" : a.isWithdrawn() ? getTranslation("news.edit.withdrawn-note")
				: a.publishedAt() != null ? getTranslation("news.edit.published-note") : "");
		this.fixedNote.setVisible(!this.fixedNote.getText().isEmpty());
		this.form.showTexts(locale, a);
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

}
