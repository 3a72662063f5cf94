package de.norderstedt.go.privacy.ui;

import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.app.ui.AppClient;
import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.privacy.MyData;
import de.norderstedt.go.privacy.MyDataService;
import de.norderstedt.go.web.ui.ConfirmationStep;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.PermitAll;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinServletRequest;
import com.vaadin.flow.server.VaadinServletResponse;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.web.authentication.logout.SecurityContextLogoutHandler;

/**
 * "Meine Daten": everything the platform holds about the signed-in person, part by part,
 * to read here or download (JSON for a computer, PDF to print); and deleting the account,
 * with a plain account of what goes, what stays without the person's name and why, and a
 * confirmation with the password.
 */
@Route("meine-daten")
@PermitAll
public class MyDataView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	static final String DELETED_PATH = "konto-geloescht";

	private final MyDataService data;

	private final LiveRegion alert = LiveRegion.alert();

	public MyDataView(MyDataService data) {
		this.data = data;
		addClassName("page");
		addClassName("my-data-page");
	}

	private void show(Locale locale) {
		removeAll();
		MyData mine = this.data.mine();
		Paragraph lead = new Paragraph(getTranslation("privacy.mine.lead"));
		lead.addClassName("lead");
		add(new H1(getTranslation("privacy.mine.title")), lead);
		Anchor json = download("/meine-daten/daten.json", "privacy.mine.download.json");
		Anchor pdf = download("/meine-daten/daten.pdf?sprache=" + locale.getLanguage(), "privacy.mine.download.pdf");
		Div downloads = new Div(json, pdf);
		downloads.addClassName("actions");
		add(new Section(new H2(getTranslation("privacy.mine.download")),
				new Paragraph(getTranslation("privacy.mine.download.lead")), downloads));
		for (MyData.Part part : mine.parts()) {
			Section section = new Section(new H2(getTranslation("privacy.part." + part.name())));
			section.addClassName("my-data-part");
			if (part.entries().isEmpty()) {
				section.add(new Paragraph(getTranslation("privacy.mine.nothing")));
			}
			for (DataEntry entry : part.entries()) {
				DescriptionList fields = new DescriptionList();
				fields.addClassName("my-data-entry");
				entry.fields()
					.forEach((name, value) -> fields.add(
							new DescriptionList.Term(getTranslation("privacy.field." + name)),
							new DescriptionList.Description(MyDataService.readable(name, value, locale))));
				section.add(fields);
			}
			add(section);
		}
		add(deletion());
	}

	private Anchor download(String href, String textKey) {
		Anchor anchor = new Anchor(href, getTranslation(textKey));
		anchor.getElement().setAttribute("download", true);
		// a file, not a page of the application
		anchor.getElement().setAttribute("router-ignore", true);
		anchor.addClassName("button-link");
		return anchor;
	}

	private Section deletion() {
		Section section = new Section(new H2(getTranslation("privacy.delete.heading")));
		section.addClassName("my-data-delete");
		if (!this.data.mayDeleteMyAccount()) {
			section.add(new Paragraph(getTranslation("privacy.delete.staff")));
			return section;
		}
		section.add(new Paragraph(getTranslation("privacy.delete.lead")),
				list("privacy.delete.gone", "privacy.delete.gone.1", "privacy.delete.gone.2", "privacy.delete.gone.3",
						"privacy.delete.gone.4"),
				list("privacy.delete.kept", "privacy.delete.kept.1", "privacy.delete.kept.2", "privacy.delete.kept.3"),
				new Paragraph(getTranslation("privacy.delete.before")));
		Checkbox understood = new Checkbox(getTranslation("privacy.delete.understood"));
		PasswordField password = new PasswordField(getTranslation("privacy.delete.password"));
		password.setHelperText(getTranslation("privacy.delete.password.help"));
		FormRefusals refusals = new FormRefusals(this.alert).field("understood", understood)
			.field("password", password);
		Button confirm = new Button(getTranslation("privacy.delete.confirm"));
		confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("privacy.delete.cancel"));
		Div choices = new Div(confirm, cancel);
		choices.addClassName("actions");
		Div confirmation = new Div(understood, password, choices, this.alert);
		confirmation.addClassName("idea-form");
		confirmation.setVisible(false);
		Button start = new Button(getTranslation("privacy.delete.start"));
		ConfirmationStep.between(start, confirmation, understood, cancel, () -> {
			password.clear();
			refusals.clear();
		});
		confirm.addClickListener(e -> {
			boolean done = refusals
				.attempt(() -> this.data.deleteMyAccount(password.getValue(), understood.getValue()));
			if (done) {
				signOutTo(DELETED_PATH);
			}
		});
		section.add(start, confirmation);
		return section;
	}

	private Div list(String headingKey, String... itemKeys) {
		UnorderedList list = new UnorderedList();
		for (String key : itemKeys) {
			list.add(new ListItem(getTranslation(key)));
		}
		return new Div(new H3(getTranslation(headingKey)), list);
	}

	/**
	 * Ends the session of an account that no longer exists, and shows where it went; the
	 * installed app's copies of her pages in this browser go first.
	 */
	private static void signOutTo(String path) {
		UI ui = UI.getCurrent();
		AppClient.forgetThen(ui, () -> {
			VaadinServletRequest request = VaadinServletRequest.getCurrent();
			VaadinServletResponse response = VaadinServletResponse.getCurrent();
			Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
			if (request != null && response != null && authentication != null) {
				new SecurityContextLogoutHandler().logout(request.getHttpServletRequest(),
						response.getHttpServletResponse(), authentication);
			}
			ui.getPage().setLocation(path);
		});
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "privacy.mine.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		show(event.getLocale());
		Titles.update(this);
	}

}
