package de.norderstedt.go.app.ui;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.pages.PageTexts;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Html;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * "Als App installieren": how to put Norderstedt GO! on the home screen of a phone or a
 * computer, what the app keeps for use without a connection and when it deletes it; the
 * browser's own installation question where the browser offers it, and deleting the kept
 * pages on this device.
 */
@Route(InstallAppView.PATH)
@AnonymousAllowed
public class InstallAppView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	static final String PATH = "als-app-installieren";

	private final PageTexts pages;

	private final Div text = new Div();

	private final H1 heading = new H1();

	private final H2 deviceHeading = new H2();

	private final Paragraph installText = new Paragraph();

	private final Button install = new Button();

	private final Paragraph forgetText = new Paragraph();

	private final Button forget = new Button();

	private final LiveRegion status = LiveRegion.status();

	InstallAppView(PageTexts pages) {
		this.pages = pages;
		addClassName("page");
		addClassName("install-app");
		this.deviceHeading.setId("this-device");
		this.install.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.install.addClickListener(e -> askToInstall());
		// shown only when this browser offers to install the app (Chromium)
		this.install.setVisible(false);
		this.installText.setVisible(false);
		this.forget.addClickListener(e -> forgetKept());
		Section device = new Section(this.deviceHeading, this.installText, this.install, this.forgetText, this.forget,
				this.status);
		device.getElement().setAttribute("aria-labelledby", "this-device");
		add(this.heading, this.text, device);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		UI ui = event.getUI();
		ui.getPage().addJavaScript("context://scripts/app.js");
		ui.getPage().executeJs("return !!(window.goApp && window.goApp.canInstall())").then(Boolean.class, offered -> {
			this.install.setVisible(Boolean.TRUE.equals(offered));
			this.installText.setVisible(Boolean.TRUE.equals(offered));
		});
	}

	private void askToInstall() {
		getUI().ifPresent(ui -> ui.getPage()
			.executeJs("return window.goApp ? window.goApp.install() : 'unavailable'")
			.then(String.class, outcome -> {
				if ("accepted".equals(outcome)) {
					this.install.setVisible(false);
					this.installText.setVisible(false);
					this.status.show(getTranslation("app.install.installed"));
				}
			}));
	}

	private void forgetKept() {
		getUI()
			.ifPresent(ui -> AppClient.forgetThen(ui, () -> this.status.show(getTranslation("app.install.forgotten"))));
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "app.install.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("app.install.title"));
		this.text.removeAll();
		this.text.add(new Html(this.pages.html("install-app", event.getLocale().getLanguage())));
		this.deviceHeading.setText(getTranslation("app.install.device-heading"));
		this.installText.setText(getTranslation("app.install.offered"));
		this.install.setText(getTranslation("app.install.button"));
		this.forgetText.setText(getTranslation("app.install.forget-text"));
		this.forget.setText(getTranslation("app.install.forget"));
		Titles.update(this);
	}

}
