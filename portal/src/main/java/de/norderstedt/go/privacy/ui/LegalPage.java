package de.norderstedt.go.privacy.ui;

import java.time.Duration;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.pages.PageTexts;
import de.norderstedt.go.privacy.PersonalData;
import de.norderstedt.go.privacy.RetentionProperties;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;

/**
 * A page of the privacy notice or the Impressum: its text is a Markdown file under
 * {@code pages/} (editable without code); the privacy notice adds the table of retention
 * periods, made from the same {@link RetentionProperties} the deletion jobs read, so the
 * two cannot disagree.
 */
abstract class LegalPage extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final PageTexts pages;

	private final String page;

	private final String titleKey;

	private final @Nullable RetentionProperties retention;

	private final boolean kiosk;

	/**
	 * @param retention the periods for the table, or none for a page without it
	 * @param kiosk whether the page is shown in the kiosk frame: its links to the privacy
	 * notice and the Impressum then lead to the kiosk's own pages, so the frame (its
	 * inactivity wipe, its way back to the start) stays
	 */
	LegalPage(PageTexts pages, String page, String titleKey, @Nullable RetentionProperties retention, boolean kiosk) {
		this.pages = pages;
		this.page = page;
		this.titleKey = titleKey;
		this.retention = retention;
		this.kiosk = kiosk;
		addClassName("page");
		addClassName("legal-page");
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, this.titleKey);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		removeAll();
		add(new H1(getTranslation(this.titleKey)));
		add(new Html(linksWithin(this.pages.html(this.page, event.getLocale().getLanguage()))));
		if (this.retention != null) {
			add(retentionTable(this.retention, event.getLocale()));
		}
		Titles.update(this);
	}

	private String linksWithin(String html) {
		if (!this.kiosk) {
			return html;
		}
		return html.replace("href=\"/datenschutz\"", "href=\"/kiosk/datenschutz\"")
			.replace("href=\"/impressum\"", "href=\"/kiosk/impressum\"");
	}

	private Section retentionTable(RetentionProperties retention, Locale locale) {
		H2 heading = new H2(getTranslation("privacy.retention.title"));
		heading.setId("retention-title");
		NativeTable table = new NativeTable();
		table.addClassName("data-table");
		table.addClassName("retention-table");
		table.getElement().setAttribute("aria-labelledby", "retention-title");
		table.getHead()
			.addRow()
			.add(header("privacy.retention.column.what"), header("privacy.retention.column.rule"),
					header("privacy.retention.column.period"));
		NativeTableBody body = table.addBody();
		for (PersonalData kind : PersonalData.values()) {
			NativeTableHeaderCell what = new NativeTableHeaderCell(getTranslation(kind.whatKey()));
			what.getElement().setAttribute("scope", "row");
			NativeTableCell period = new NativeTableCell(period(retention.of(kind), locale));
			period.addClassName("retention-period");
			body.addRow().add(what, new NativeTableCell(getTranslation(kind.ruleKey())), period);
		}
		Div scroll = new Div(table);
		scroll.addClassName("table-scroll");
		Section section = new Section(heading, new Paragraph(getTranslation("privacy.retention.lead")), scroll);
		section.getElement().setAttribute("aria-labelledby", "retention-title");
		return section;
	}

	private NativeTableHeaderCell header(String key) {
		NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
		cell.getElement().setAttribute("scope", "col");
		return cell;
	}

	/** A period in whole days, or in hours when it is not a whole number of days. */
	private String period(Duration period, Locale locale) {
		long hours = period.toHours();
		if (hours % 24 == 0) {
			long days = hours / 24;
			return getTranslation(locale, days == 1 ? "privacy.retention.day" : "privacy.retention.days", days);
		}
		return getTranslation(locale, hours == 1 ? "privacy.retention.hour" : "privacy.retention.hours", hours);
	}

}
