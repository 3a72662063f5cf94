package de.norderstedt.go.ideas.ui;

import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.stream.Stream;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.IdeaDeskService;
import de.norderstedt.go.ideas.IdeaDetails;
import de.norderstedt.go.ideas.IdeaState;
import de.norderstedt.go.ideas.SimilarIdea;
import de.norderstedt.go.web.ui.DayTimeFields;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.PermitAll;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;

/**
 * The lead group answers a published idea: parks it in the Ideenspeicher until a
 * Wiedervorlage day, takes it back into review, finds it not feasible, records that its
 * author withdrew it, or merges it into another idea. Every answer is explained in words
 * that everyone following the idea reads.
 */
@Route("ideen/arbeitskreis/:id")
@PermitAll
public class AnswerView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final IdeaDeskService desk;

	/** The answers; "none" is merging into another idea. */
	private final RadioButtonGroup<Optional<IdeaState>> answer = new RadioButtonGroup<>();

	private final DatePicker resubmitOn = DayTimeFields.day();

	private final ComboBox<SimilarIdea> into = new ComboBox<>();

	private final TextArea text = new TextArea();

	private final Button save = new Button();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("state", this.answer)
		.field("resubmitOn", this.resubmitOn)
		.field("into", this.into)
		.field("justification", this.text);

	private @Nullable IdeaDetails idea;

	public AnswerView(IdeaDeskService desk) {
		this.desk = desk;
		addClassName("page");
		addClassName("idea-moderation-page");
		this.answer.addValueChangeListener(e -> showFieldsFor(e.getValue()));
		this.into.setItemLabelGenerator(SimilarIdea::title);
		this.save.addThemeName("primary");
		this.save.addClickListener(e -> save());
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		IdeaDetails shown = event.getRouteParameters()
			.getLong("id")
			.flatMap(this.desk::idea)
			.orElseThrow(NotFoundException::new);
		this.idea = shown;
		this.answer.setItems(Stream
			.concat(IdeaDeskService.answers(shown.state()).stream().map(Optional::of),
					shown.state().mayBecome(IdeaState.MERGED) ? Stream.of(Optional.<IdeaState>empty()) : Stream.empty())
			.toList());
		this.into.setItems(query -> this.desk.mergeTargets(shown.id(), query.getFilter().orElse(null))
			.stream()
			.skip(query.getOffset())
			.limit(query.getLimit()));
		showFieldsFor(null);
	}

	private void showFieldsFor(@Nullable Optional<IdeaState> chosen) {
		this.resubmitOn.setVisible(chosen != null && chosen.equals(Optional.of(IdeaState.STORED)));
		this.into.setVisible(chosen != null && chosen.isEmpty());
	}

	private void save() {
		IdeaDetails shown = this.idea;
		Optional<IdeaState> chosen = this.answer.getValue();
		if (shown == null) {
			return;
		}
		boolean merging = chosen != null && chosen.isEmpty();
		boolean done = this.refusals.attempt(() -> {
			if (merging) {
				SimilarIdea target = this.into.getValue();
				this.desk.merge(shown.id(), target == null ? null : target.id(), this.text.getValue());
			}
			else {
				this.desk.decide(shown.id(), chosen == null ? null : chosen.orElse(null), this.text.getValue(),
						this.resubmitOn.getValue());
			}
		});
		if (done) {
			this.idea = this.desk.idea(shown.id()).orElse(shown);
			show(this.idea);
			this.status.show(getTranslation(merging ? "ideas.answer.merged" : "ideas.answer.done"));
		}
	}

	private void show(IdeaDetails shown) {
		removeAll();
		add(new H1(getTranslation("ideas.answer.idea", shown.title())));
		Paragraph state = new Paragraph(getTranslation("ideas.page.state", getTranslation(shown.state().messageKey())));
		state.addClassName("idea-facts");
		add(state);
		add(IdeaSections.of(this, shown));
		List<Optional<IdeaState>> open = this.answer.getListDataView().getItems().toList();
		if (!shown.state().isFinal() && !open.isEmpty()) {
			Div form = new Div(this.answer, this.resubmitOn, this.into, this.text, this.save, this.alert);
			form.addClassName("idea-form");
			add(new Section(new H2(getTranslation("ideas.answer.decision")), form));
		}
		Anchor back = new Anchor("ideen/arbeitskreis", getTranslation("ideas.answer.back"));
		back.addClassName("button-link");
		add(this.status, new Paragraph(back));
	}

	@Override
	public String getPageTitle() {
		IdeaDetails shown = this.idea;
		return shown == null ? Titles.of(this, "ideas.desk.title")
				: getTranslation("ideas.answer.idea", shown.title()) + " – Norderstedt GO!";
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Locale locale = event.getLocale();
		this.answer.setLabel(getTranslation("ideas.answer.decision"));
		Choices.label(this.answer,
				s -> getTranslation("ideas.answer.to." + s.messageKey().substring("ideas.state.".length())),
				getTranslation("ideas.answer.merge"));
		DayTimeFields.translate(this.resubmitOn, getTranslation("ideas.answer.resubmit"), locale,
				getTranslation("ideas.answer.day.today"), getTranslation("ideas.answer.day.cancel"),
				getTranslation("ideas.error.resubmit-day"));
		this.resubmitOn.setHelperText(getTranslation("ideas.answer.resubmit.help"));
		this.into.setLabel(getTranslation("ideas.answer.into"));
		this.into.setHelperText(getTranslation("ideas.answer.into.help"));
		this.text.setLabel(getTranslation("ideas.answer.text"));
		this.text.setHelperText(getTranslation("ideas.answer.text.help"));
		this.save.setText(getTranslation("ideas.answer.save"));
		IdeaDetails shown = this.idea;
		if (shown != null) {
			show(shown);
		}
		Titles.update(this);
	}

}
