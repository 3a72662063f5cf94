package de.norderstedt.go.ideas.ui;

import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.IdeaRevisionService;
import de.norderstedt.go.ideas.OwnIdea;
import de.norderstedt.go.ideas.ProjectService;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Where an idea stands, for the person who holds its receipt code: typed here, it shows
 * the idea's state and its way so far with every reason, published or not, what a
 * moderator asked to change (the holder sends the idea back changed), and a way to take
 * the idea back. The code is never put into the address.
 */
@Route("ideen/beleg")
@AnonymousAllowed
public class ReceiptView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final H1 heading = new H1();

	private final Paragraph lead = new Paragraph();

	private final TextField code = new TextField();

	private final Button show = new Button();

	private final LiveRegion alert = LiveRegion.alert();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("code", this.code);

	private final Div result = new Div();

	private final LiveRegion status = LiveRegion.status();

	private final ProjectService projects;

	private final IdeaRevisionService revisions;

	private @Nullable Shown shown;

	public ReceiptView(IdeaRevisionService revisions, ProjectService projects) {
		this.revisions = revisions;
		this.projects = projects;
		addClassName("page");
		addClassName("idea-receipt-page");
		this.lead.addClassName("lead");
		this.code.setAutocomplete(Autocomplete.OFF);
		this.show.addThemeName("primary");
		this.show.addClickListener(e -> find());
		this.code.addKeyDownListener(com.vaadin.flow.component.Key.ENTER, e -> find());
		this.result.addClassName("idea-receipt-result");
		add(this.heading, this.lead, this.code, this.show, this.alert, this.status, this.result);
	}

	private void find() {
		this.result.removeAll();
		this.status.clear();
		this.shown = null;
		this.refusals.attempt(() -> {
			String typed = this.code.getValue();
			OwnIdea own = this.revisions.byCode(typed)
				.orElseThrow(() -> Refusal.at("code", "ideas.error.receipt-unknown"));
			// kept here, never in the address: the code is the key to change the idea
			this.shown = new Shown(typed, own);
			show();
		});
	}

	private void show() {
		Shown current = this.shown;
		this.result.removeAll();
		if (current == null) {
			return;
		}
		Locale locale = getLocale();
		this.result.add(IdeaStatusCard.of(this, current.idea().idea(), this.projects, locale),
				new OwnIdeaPanel(current.idea(), locale, text -> this.revisions.reviseByCode(current.code(), text),
						reason -> this.revisions.withdrawByCode(current.code(), reason, locale), (now, key) -> {
							this.shown = new Shown(current.code(), now);
							show();
							this.status.show(getTranslation(key));
						}));
	}

	/** The idea shown, with the code that was typed for it. */
	private record Shown(String code, OwnIdea idea) {
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "ideas.receipt.find.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.heading.setText(getTranslation("ideas.receipt.find.title"));
		this.lead.setText(getTranslation("ideas.receipt.find.lead"));
		this.code.setLabel(getTranslation("ideas.receipt.code"));
		this.code.setHelperText(getTranslation("ideas.receipt.find.help"));
		this.show.setText(getTranslation("ideas.receipt.find.show"));
		show();
		Titles.update(this);
	}

}
