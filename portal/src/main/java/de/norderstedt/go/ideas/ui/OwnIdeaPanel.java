package de.norderstedt.go.ideas.ui;

import java.util.Objects;
import java.time.Instant;
import java.util.Locale;
import java.util.function.BiConsumer;
import java.util.function.Function;

import de.norderstedt.go.ideas.IdeaState;
import de.norderstedt.go.ideas.IdeaText;
import de.norderstedt.go.ideas.ModerationNote;
import de.norderstedt.go.ideas.OwnIdea;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.ConfirmationStep;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;

/**
 * What the author of an idea can do with it: read what a moderator asked them to change
 * and send the idea back changed, or take the idea back. The same for a person with an
 * account and for the holder of a receipt code; only the key differs, which the caller's
 * actions hold.
 */
final class OwnIdeaPanel extends Div {

	private final LiveRegion alert = LiveRegion.alert();

	/**
	 * @param revise sends the changed words; returns the idea as it is now
	 * @param withdraw takes the idea back with the person's reason (none: a plain
	 * sentence); returns the idea as it is now
	 * @param done the idea as it is now and the key of the message that says what
	 * happened
	 */
	OwnIdeaPanel(OwnIdea own, Locale locale, Function<IdeaText, OwnIdea> revise,
			Function<@Nullable String, OwnIdea> withdraw, BiConsumer<OwnIdea, String> done) {
		addClassName("own-idea");
		own.openRequest().ifPresent(request -> add(requested(own, request, locale, revise, done)));
		if (own.openRequest().isEmpty() && own.idea().state() == IdeaState.SUBMITTED && !own.idea().isPublished()
				&& !own.requests().isEmpty()) {
			// sent back: the moderators look at it again
			Instant answered = Objects.requireNonNull(own.requests().getLast().answeredAt());
			add(new Paragraph(getTranslation("ideas.own.sent-back", CityTime.longDay(answered, locale))));
		}
		if (own.mayWithdraw()) {
			add(withdrawal(withdraw, done));
		}
	}

	private Section requested(OwnIdea own, ModerationNote request, Locale locale, Function<IdeaText, OwnIdea> revise,
			BiConsumer<OwnIdea, String> done) {
		Paragraph note = new Paragraph(request.note());
		note.addClassName("moderation-note");
		Section section = new Section(new H2(getTranslation("ideas.own.request.heading")),
				new Paragraph(getTranslation("ideas.own.request.lead", CityTime.longDay(request.at(), locale))), note);
		section.addClassName("own-idea-request");
		if (!own.mayRevise()) {
			return section;
		}
		TextField title = new TextField(getTranslation("ideas.field.title"));
		title.setHelperText(getTranslation("ideas.field.title.help"));
		title.setValue(own.idea().title());
		title.setWidthFull();
		TextArea problem = area("ideas.field.problem", own.idea().problem());
		TextArea proposal = area("ideas.field.proposal", own.idea().proposal());
		TextArea beneficiaries = area("ideas.field.beneficiaries", own.idea().beneficiaries());
		FormRefusals refusals = new FormRefusals(this.alert).field("title", title)
			.field("problem", problem)
			.field("proposal", proposal)
			.field("beneficiaries", beneficiaries);
		Button send = new Button(getTranslation("ideas.own.send"));
		send.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		send.addClickListener(e -> {
			OwnIdea[] now = new OwnIdea[1];
			if (refusals.attempt(() -> now[0] = revise.apply(new IdeaText(title.getValue(), problem.getValue(),
					proposal.getValue(), beneficiaries.getValue())))) {
				done.accept(now[0], "ideas.own.sent");
			}
		});
		Div form = new Div(title, problem, proposal, beneficiaries, send, this.alert);
		form.addClassName("idea-form");
		section.add(new Paragraph(getTranslation("ideas.own.request.change")), form);
		return section;
	}

	private static TextArea area(String labelKey, String value) {
		TextArea area = new TextArea();
		area.setLabel(area.getTranslation(labelKey));
		area.setValue(value);
		area.setWidthFull();
		area.setMinRows(3);
		return area;
	}

	private Section withdrawal(Function<@Nullable String, OwnIdea> withdraw, BiConsumer<OwnIdea, String> done) {
		TextArea reason = new TextArea(getTranslation("ideas.own.withdraw.reason"));
		reason.setHelperText(getTranslation("ideas.own.withdraw.reason.help"));
		reason.setWidthFull();
		LiveRegion refused = LiveRegion.alert();
		FormRefusals refusals = new FormRefusals(refused).field("reason", reason);
		Button confirm = new Button(getTranslation("ideas.own.withdraw.confirm"));
		confirm.addThemeVariants(ButtonVariant.LUMO_ERROR, ButtonVariant.LUMO_PRIMARY);
		Button cancel = new Button(getTranslation("ideas.own.withdraw.cancel"));
		Div choices = new Div(confirm, cancel);
		choices.addClassName("actions");
		Div confirmation = new Div(reason, choices, refused);
		confirmation.addClassName("idea-form");
		confirmation.setVisible(false);
		Button start = new Button(getTranslation("ideas.own.withdraw.start"));
		ConfirmationStep.between(start, confirmation, reason, cancel, () -> {
		});
		confirm.addClickListener(e -> {
			OwnIdea[] now = new OwnIdea[1];
			if (refusals.attempt(() -> now[0] = withdraw.apply(reason.getValue()))) {
				done.accept(now[0], "ideas.own.withdrawn.done");
			}
		});
		Section section = new Section(new H2(getTranslation("ideas.own.withdraw.heading")),
				new Paragraph(getTranslation("ideas.own.withdraw.lead")), start, confirmation);
		section.addClassName("own-idea-withdraw");
		return section;
	}

}
