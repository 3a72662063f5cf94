package de.norderstedt.go.news.ui;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.news.Catalogue;
import de.norderstedt.go.news.CatalogueEntry;
import de.norderstedt.go.news.NewsAdminService;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.EntryControls;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;

/**
 * Admins keep the areas of interest and the districts: add, rename in both languages,
 * order, switch off and on. Nothing is deleted, so old announcements keep their areas.
 */
@Route("admin/themen")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class CatalogueAdminView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final H1 heading = new H1();

	private final Paragraph lead = new Paragraph();

	private final CatalogueSection topics;

	private final CatalogueSection districts;

	CatalogueAdminView(NewsAdminService admin) {
		addClassName("page");
		addClassName("news-catalogues");
		this.lead.addClassName("lead");
		this.topics = new CatalogueSection(admin, Catalogue.TOPICS, "news.catalogue.topics");
		this.districts = new CatalogueSection(admin, Catalogue.DISTRICTS, "news.catalogue.districts");
		add(this.heading, this.lead, this.topics, this.districts);
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "news.catalogue.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("news.catalogue.title"));
		this.lead.setText(getTranslation("news.catalogue.lead"));
		this.topics.texts(event.getLocale());
		this.districts.texts(event.getLocale());
		Titles.update(this);
	}

	/** One list with its form: the areas or the districts. */
	private static final class CatalogueSection extends Section {

		private final NewsAdminService admin;

		private final Catalogue catalogue;

		/** "news.catalogue.topics" or "…districts": the prefix of this list's texts. */
		private final String keys;

		private final H2 heading = new H2();

		private final UnorderedList list = new UnorderedList();

		private final H3 formHeading = new H3();

		private final TextField nameDe = new TextField();

		private final TextField nameEn = new TextField();

		private final Button save = new Button();

		private final Button cancel = new Button();

		private final LiveRegion alert = LiveRegion.alert();

		private final LiveRegion status = LiveRegion.status();

		private final FormRefusals refusals = new FormRefusals(this.alert).field("nameDe", this.nameDe)
			.field("nameEn", this.nameEn);

		private @Nullable CatalogueEntry editing;

		private Locale locale = Locale.GERMAN;

		CatalogueSection(NewsAdminService admin, Catalogue catalogue, String keys) {
			this.admin = admin;
			this.catalogue = catalogue;
			this.keys = keys;
			String headingId = keys.replace('.', '-');
			this.heading.setId(headingId);
			getElement().setAttribute("aria-labelledby", headingId);
			this.list.addClassName("account-list");
			this.nameDe.setRequired(true);
			this.nameDe.getElement().setAttribute("lang", "de");
			this.nameEn.setRequired(true);
			this.nameEn.getElement().setAttribute("lang", "en");
			this.save.addThemeName("primary");
			this.save.addClickListener(e -> save());
			this.cancel.addClickListener(e -> {
				edit(null);
				this.nameDe.focus();
			});
			Div actions = new Div(this.save, this.cancel);
			actions.addClassName("actions");
			Div form = new Div(this.formHeading, this.nameDe, this.nameEn, this.alert, actions);
			form.addClassName("form");
			add(this.heading, this.status, this.list, form);
		}

		void texts(Locale locale) {
			this.locale = locale;
			this.heading.setText(getTranslation(this.keys));
			this.nameDe.setLabel(getTranslation("news.catalogue.name-de"));
			this.nameEn.setLabel(getTranslation("news.catalogue.name-en"));
			this.cancel.setText(getTranslation("news.catalogue.cancel"));
			formTexts();
			showList();
		}

		private void formTexts() {
			CatalogueEntry entry = this.editing;
			this.formHeading.setText(entry == null ? getTranslation(this.keys + ".new")
					: getTranslation("news.catalogue.rename.heading", entry.name(this.locale)));
			this.save.setText(getTranslation(entry == null ? "news.catalogue.add" : "news.catalogue.save"));
			this.cancel.setVisible(entry != null);
		}

		private void edit(@Nullable CatalogueEntry entry) {
			this.editing = entry;
			this.nameDe.setValue(entry == null ? "" : entry.nameDe());
			this.nameEn.setValue(entry == null ? "" : entry.nameEn());
			this.refusals.clear();
			formTexts();
		}

		private void save() {
			this.status.clear();
			CatalogueEntry entry = this.editing;
			String nameDe = this.nameDe.getValue();
			String nameEn = this.nameEn.getValue();
			boolean saved = this.refusals.attempt(() -> {
				if (entry == null) {
					this.admin.add(this.catalogue, nameDe, nameEn);
				}
				else {
					this.admin.rename(this.catalogue, entry.id(), nameDe, nameEn);
				}
			});
			if (saved) {
				this.status.show(getTranslation(entry == null ? "news.catalogue.added" : "news.catalogue.renamed",
						nameDe.strip()));
				edit(null);
				showList();
			}
		}

		private void showList() {
			this.list.removeAll();
			List<CatalogueEntry> entries = this.admin.entries(this.catalogue);
			for (int i = 0; i < entries.size(); i++) {
				CatalogueEntry entry = entries.get(i);
				String name = entry.name(this.locale);
				ListItem item = new ListItem();
				item.addClassName("card");
				item.addClassName("news-catalogue-entry");
				H3 title = new H3(name);
				item.add(title);
				item.add(new Paragraph(getTranslation("news.catalogue.names", entry.nameDe(), entry.nameEn())));
				item.add(new Paragraph(
						getTranslation(entry.active() ? "news.catalogue.active" : "news.catalogue.inactive")));
				Div buttons = new Div();
				buttons.addClassName("actions");
				if (i > 0) {
					buttons.add(button("news.catalogue.up", name, () -> move(entry, -1)));
				}
				if (i < entries.size() - 1) {
					buttons.add(button("news.catalogue.down", name, () -> move(entry, 1)));
				}
				buttons.add(button("news.catalogue.rename", name, () -> {
					edit(entry);
					this.status.clear();
					this.nameDe.focus();
				}));
				buttons
					.add(button(entry.active() ? "news.catalogue.deactivate" : "news.catalogue.activate", name, () -> {
						this.admin.setActive(this.catalogue, entry.id(), !entry.active());
						this.status.show(getTranslation(
								entry.active() ? "news.catalogue.deactivated" : "news.catalogue.activated", name));
						showList();
					}));
				item.add(buttons);
				this.list.add(item);
			}
		}

		private void move(CatalogueEntry entry, int direction) {
			this.admin.move(this.catalogue, entry.id(), direction);
			this.status.show(getTranslation("news.catalogue.moved", entry.name(this.locale)));
			showList();
		}

		private Button button(String key, String name, Runnable action) {
			return EntryControls.button(getTranslation(key), getTranslation(key + ".label", name), e -> action.run());
		}

	}

}
