package de.norderstedt.go.news.ui;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.NewsDeskService;
import de.norderstedt.go.web.ui.EntryControls;
import jakarta.annotation.security.RolesAllowed;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;

/**
 * The editors' desk: every announcement with its state in words (planned, published,
 * withdrawn), and the way to write a new one.
 */
@Route("redaktion")
@RolesAllowed({ "EDITOR", "ADMIN" })
@AccessDeniedErrorRouter
public class NewsDeskView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final NewsDeskService desk;

	private final H1 heading = new H1();

	private final Paragraph lead = new Paragraph();

	private final RouterLink write = new RouterLink();

	private final H2 listHeading = new H2();

	private final Paragraph empty = new Paragraph();

	private final UnorderedList list = new UnorderedList();

	NewsDeskView(NewsDeskService desk) {
		this.desk = desk;
		addClassName("page");
		addClassName("news-desk");
		this.lead.addClassName("lead");
		this.write.setRoute(AnnouncementEditView.class, new RouteParameters("id", AnnouncementEditView.NEW));
		this.write.addClassName("button-link");
		this.list.addClassName("account-list");
		add(this.heading, this.lead, new Paragraph(this.write), new Section(this.listHeading, this.empty, this.list));
	}

	private void showList(Locale locale) {
		this.list.removeAll();
		List<Announcement> all = this.desk.announcements();
		for (Announcement announcement : all) {
			ListItem item = new ListItem();
			item.addClassName("card");
			item.addClassName("news-desk-item");
			H3 title = new H3(announcement.titleDe());
			title.getElement().setAttribute("lang", "de");
			if (announcement.urgent()) {
				Paragraph warning = new Paragraph(new Span(getTranslation("news.warning")));
				warning.addClassName("news-warning");
				item.add(warning);
			}
			item.add(title);
			Paragraph state = new Paragraph(NewsTexts.state(announcement, locale));
			state.addClassName("news-state");
			item.add(state);
			item.add(new Paragraph(getTranslation("news.card.facts.desk",
					NewsTexts.topics(announcement.topics(), locale),
					NewsTexts.districts(announcement.districts(), locale),
					getTranslation(announcement.titleEn() == null ? "news.desk.german-only" : "news.desk.both"))));
			RouterLink open = EntryControls.link(
					getTranslation(announcement.isWithdrawn() ? "news.desk.view" : "news.desk.edit"),
					getTranslation(announcement.isWithdrawn() ? "news.desk.view.label" : "news.desk.edit.label",
							announcement.titleDe()),
					AnnouncementEditView.class, new RouteParameters("id", String.valueOf(announcement.id())));
			item.add(new Paragraph(open));
			this.list.add(item);
		}
		this.empty.setVisible(all.isEmpty());
		this.list.setVisible(!all.isEmpty());
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "news.desk.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("news.desk.title"));
		this.lead.setText(getTranslation("news.desk.lead"));
		this.write.setText(getTranslation("news.desk.new"));
		this.listHeading.setText(getTranslation("news.desk.list"));
		this.empty.setText(getTranslation("news.desk.none"));
		showList(event.getLocale());
		Titles.update(this);
	}

}
