package de.norderstedt.go.accounts.ui;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.Passkey;
import de.norderstedt.go.accounts.PasskeyService;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.PermitAll;

/**
 * A person's passkeys: sign in with a fingerprint, the face or the phone's PIN instead of
 * a password. The list with the names they gave them, making a new one, removing one.
 */
@Route("konto/passkeys")
@PermitAll
@AccessDeniedErrorRouter
public class PasskeysView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final PasskeyService passkeys;

	private final UnorderedList list = new UnorderedList();

	private final Paragraph none = new Paragraph();

	private final PasskeyForm form;

	private final LiveRegion alert = LiveRegion.alert();

	PasskeysView(PasskeyService passkeys) {
		this.passkeys = passkeys;
		addClassName("page");
		this.list.addClassName("passkey-list");
		this.form = new PasskeyForm(passkeys, name -> showList());
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "accounts.passkeys.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		removeAll();
		add(new H1(getTranslation("accounts.passkeys.title")));
		add(new Paragraph(getTranslation("accounts.passkeys.lead")));
		add(new Section(new H2(getTranslation("accounts.passkeys.mine")), this.none, this.list, this.alert));
		add(new Section(new H2(getTranslation("accounts.passkeys.new")),
				new Paragraph(getTranslation("accounts.passkeys.new.lead")), this.form));
		RouterLink back = new RouterLink(getTranslation("accounts.passkeys.back"), AccountView.class);
		back.addClassName("action-link");
		add(new Paragraph(back));
		showList();
		Titles.update(this);
	}

	private void showList() {
		this.list.removeAll();
		List<Passkey> mine = this.passkeys.mine();
		this.none.setText(getTranslation("accounts.passkeys.none"));
		this.none.setVisible(mine.isEmpty());
		this.list.setVisible(!mine.isEmpty());
		Locale locale = getLocale();
		for (Passkey passkey : mine) {
			Span name = new Span(passkey.label());
			name.addClassName("passkey-name");
			String made = passkey.created() == null ? ""
					: getTranslation("accounts.passkeys.created", CityTime.medium(passkey.created(), locale));
			Instant lastSignIn = passkey.lastSignIn();
			String used = lastSignIn == null ? getTranslation("accounts.passkeys.never-used")
					: getTranslation("accounts.passkeys.last-used", CityTime.medium(lastSignIn, locale));
			Button remove = new Button(getTranslation("accounts.passkeys.remove"));
			remove.setAriaLabel(getTranslation("accounts.passkeys.remove.named", passkey.label()));
			remove.addThemeVariants(ButtonVariant.LUMO_ERROR);
			remove.addClickListener(e -> remove(passkey));
			ListItem item = new ListItem(name, new Paragraph(made + " " + used), remove);
			item.addClassName("card");
			this.list.add(item);
		}
	}

	private void remove(Passkey passkey) {
		this.alert.clear();
		try {
			this.passkeys.remove(passkey.id());
			this.form.say(getTranslation("accounts.passkeys.removed", passkey.label()));
		}
		catch (Refusal refusal) {
			this.alert.show(getTranslation(refusal.messageKey(), refusal.arguments()));
		}
		showList();
		this.form.focusName();
	}

}
