package de.norderstedt.go.accounts.ui;

import java.util.Locale;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import de.norderstedt.go.accounts.Invitation;
import de.norderstedt.go.web.CityTime;

/**
 * The invitation link, shown once to the admin who made it, with what to do with it: the
 * link itself is not stored, so it cannot be shown again (a new one can be made).
 */
final class InvitationLink {

	private InvitationLink() {
	}

	static void show(Div card, Invitation invitation, Locale locale) {
		card.removeAll();
		Span link = new Span(invitation.link());
		link.addClassName("invitation-link");
		link.setId("invitation-link");
		card.add(new H3(card.getTranslation("admin.invitation.heading", invitation.account().displayName())),
				new Paragraph(card.getTranslation("admin.invitation.text", invitation.account().displayName(),
						CityTime.medium(invitation.expiresAt(), locale))),
				new Paragraph(link), new Paragraph(card.getTranslation("admin.invitation.once")));
		card.setVisible(true);
	}

}
