package de.norderstedt.go.feedback.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.feedback.Feedback;
import de.norderstedt.go.feedback.FeedbackService;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import de.norderstedt.go.web.CityTime;
import jakarta.annotation.security.RolesAllowed;

/** Admins read what people reported about barriers, newest first. */
@Route("admin/rueckmeldungen")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class FeedbackAdminView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private static final int SHOWN = 200;

	private final FeedbackService feedback;

	FeedbackAdminView(FeedbackService feedback) {
		this.feedback = feedback;
		addClassName("page");
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "feedback.admin.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		removeAll();
		add(new H1(getTranslation("feedback.admin.title")));
		UnorderedList list = new UnorderedList();
		list.addClassName("account-list");
		for (Feedback item : this.feedback.newest(SHOWN)) {
			// Text components escape what people typed: it is never rendered as HTML.
			ListItem entry = new ListItem(new H2(CityTime.medium(item.createdAt(), getLocale())),
					new Paragraph(item.message()));
			entry.addClassName("card");
			entry.addClassName("feedback-entry");
			if (item.name() != null) {
				entry.add(new Paragraph(getTranslation("feedback.admin.name", item.name())));
			}
			entry.add(new Paragraph(getTranslation("feedback.admin.contact",
					item.contact() == null ? getTranslation("feedback.admin.no-contact") : item.contact())));
			if (item.page() != null) {
				entry.add(new Paragraph(getTranslation("feedback.admin.page", item.page())));
			}
			list.add(entry);
		}
		if (list.getComponentCount() == 0) {
			add(new Paragraph(getTranslation("feedback.admin.empty")));
		}
		else {
			add(list);
		}
		Titles.update(this);
	}

}
