package de.norderstedt.go.notifications.ui;

import java.util.List;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.notifications.MailOutbox;
import de.norderstedt.go.notifications.OutboxMail;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.CityTime;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import jakarta.annotation.security.RolesAllowed;

/**
 * The e-mails this installation kept instead of sending them, newest first, and one of
 * them to read in full ({@code /admin/postausgang/{id}}).
 */
@Route("admin/postausgang/:id?([0-9]{1,18})")
@RolesAllowed("ADMIN")
@AccessDeniedErrorRouter
public class MailOutboxView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final MailOutbox outbox;

	/** The e-mail to show; null for the list. */
	private @Nullable Long id;

	private @Nullable OutboxMail mail;

	MailOutboxView(MailOutbox outbox) {
		this.outbox = outbox;
		addClassName("page");
		addClassName("mail-outbox");
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.id = event.getRouteParameters().getLong("id").orElse(null);
		this.mail = this.id == null ? null : this.outbox.mail(this.id).orElse(null);
		// from the list to an e-mail and back the router keeps this view: no locale
		// change
		// follows
		if (isAttached()) {
			render();
		}
	}

	private void render() {
		removeAll();
		if (this.id == null) {
			renderList();
		}
		else if (this.mail == null) {
			add(new H1(getTranslation("mail.outbox.unknown.title")));
			LiveRegion text = LiveRegion.alert();
			text.show(getTranslation("mail.outbox.unknown"));
			add(text, backLink());
		}
		else {
			renderMail(this.mail);
		}
	}

	private void renderList() {
		add(new H1(getTranslation("mail.outbox.title")));
		add(note());
		List<OutboxMail> mails = this.outbox.newest();
		H2 listHeading = new H2(getTranslation("mail.outbox.list"));
		if (mails.isEmpty()) {
			add(new Section(listHeading, new Paragraph(getTranslation("mail.outbox.empty"))));
			return;
		}
		UnorderedList list = new UnorderedList();
		list.addClassName("account-list");
		for (OutboxMail item : mails) {
			RouterLink open = new RouterLink(item.subject(), MailOutboxView.class,
					new RouteParameters("id", String.valueOf(item.id())));
			open.addClassName("action-link");
			open.getElement().setAttribute("lang", item.language().code());
			// Text components escape what the e-mail says: it is never rendered as HTML.
			ListItem entry = new ListItem(new H3(open));
			entry.addClassName("card");
			entry.add(fact("mail.outbox.to", item.recipient()));
			entry.add(fact("mail.outbox.when", CityTime.medium(item.createdAt(), getLocale())));
			entry.add(fact("mail.outbox.language", getTranslation("language." + item.language().code())));
			list.add(entry);
		}
		add(new Section(listHeading, new Paragraph(getTranslation("mail.outbox.count", mails.size(), MailOutbox.SHOWN)),
				list));
	}

	private void renderMail(OutboxMail item) {
		H1 subject = new H1(item.subject());
		subject.getElement().setAttribute("lang", item.language().code());
		add(subject, new Paragraph(getTranslation("mail.outbox.one")));
		Div facts = new Div(fact("mail.outbox.to", item.recipient()),
				fact("mail.outbox.when", CityTime.medium(item.createdAt(), getLocale())),
				fact("mail.outbox.language", getTranslation("language." + item.language().code())));
		facts.addClassName("card");
		add(facts);
		H2 textHeading = new H2(getTranslation("mail.outbox.text"));
		Pre text = new Pre(item.body());
		// a card: framed in high contrast like the facts above it
		text.addClassName("card");
		text.addClassName("mail-text");
		text.getElement().setAttribute("lang", item.language().code());
		add(new Section(textHeading, text), backLink());
	}

	/** Why the e-mails are here, and which setting sends them for real. */
	private Component note() {
		Div note = new Div();
		note.addClassName("mail-outbox-note");
		if (this.outbox.sendsForReal()) {
			note.add(new Paragraph(getTranslation("mail.outbox.note.sending")));
		}
		else {
			note.add(new Paragraph(getTranslation("mail.outbox.note.kept")));
			note.add(new Paragraph(getTranslation("mail.outbox.note.setting")));
		}
		return note;
	}

	private Paragraph fact(String key, String value) {
		Span name = new Span(getTranslation(key) + ": ");
		name.addClassName("fact-name");
		return new Paragraph(name, new Span(value));
	}

	private Paragraph backLink() {
		RouterLink back = new RouterLink(getTranslation("mail.outbox.back"), MailOutboxView.class);
		back.addClassName("action-link");
		return new Paragraph(back);
	}

	@Override
	public String getPageTitle() {
		if (this.id != null && this.mail != null) {
			return getTranslation("mail.outbox.title.one", this.mail.subject()) + " – Norderstedt GO!";
		}
		return Titles.of(this, this.id == null ? "mail.outbox.title" : "mail.outbox.unknown.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render();
		Titles.update(this);
	}

}
