package de.norderstedt.go.web.ui;

import java.io.Serializable;

import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * What a tutorial's practice on the platform's real screens adds to them: a banner that
 * says nothing is stored, the instruction for the step shown, spoken when the step shows,
 * and a highlight on the control to use next, which the instruction describes (also for a
 * screen reader, at the input inside a text field).
 */
public final class PracticeGuide implements Serializable {

	/** What the tutorial player around a practice does for it. */
	public interface Learner extends Serializable {

		/** Speak this sentence aloud (the player knows the voice and language). */
		void say(String text);

		/** The learner reached the end of the practised screens. */
		void finished();

	}

	/** The class of the control a learner uses next. */
	public static final String NEXT = "practice-next";

	private final String instructionId;

	/** Says an instruction aloud. */
	private final SerializableConsumer<String> voice;

	private final Paragraph banner = new Paragraph();

	private final Paragraph instruction = new Paragraph();

	private @Nullable Component highlighted;

	/** What the practice says for the step shown; empty before the first. */
	private String instructionText = "";

	/**
	 * @param instructionId the id of the instruction, unique on the page: the highlighted
	 * control points at it
	 * @param voice says an instruction aloud
	 */
	public PracticeGuide(String instructionId, SerializableConsumer<String> voice) {
		this.instructionId = instructionId;
		this.voice = voice;
		// a note, not an alert: it is there from the start and is no news
		this.banner.getElement().setAttribute("role", "note");
		this.banner.addClassName("practice-banner");
		this.instruction.setId(instructionId);
		this.instruction.addClassName("practice-instruction");
	}

	/** The banner, to show above the screens. */
	public Component banner() {
		return this.banner;
	}

	/** The instruction, to show below a screen's help text. */
	public Component instruction() {
		return this.instruction;
	}

	/**
	 * Shows the step's instruction and highlights its control; with no control (the end)
	 * the instruction hides, as the screen says it all.
	 */
	public void show(String bannerText, String instructionText, @Nullable Component target) {
		this.instructionText = instructionText;
		this.banner.setText(bannerText);
		this.instruction.setText(target == null ? "" : instructionText);
		this.instruction.setVisible(target != null);
		highlight(target);
	}

	/** Whether a step has been shown yet. */
	public boolean hasShown() {
		return !this.instructionText.isEmpty();
	}

	/** Says the instruction of the step shown, when the screens are on the page. */
	public void speak(Component screens) {
		if (screens.isAttached()) {
			this.voice.accept(this.instructionText);
		}
	}

	/**
	 * The screens came onto the page: the instruction is said, a text field's input is
	 * described again.
	 */
	public void attached() {
		this.voice.accept(this.instructionText);
		Component shown = this.highlighted;
		if (shown != null) {
			describeInput(shown, true);
		}
	}

	private void highlight(@Nullable Component target) {
		Component before = this.highlighted;
		if (before != null && before != target) {
			before.getElement().getClassList().remove(NEXT);
			before.getElement().removeAttribute("aria-describedby");
			describeInput(before, false);
		}
		this.highlighted = target;
		if (target != null) {
			target.getElement().getClassList().add(NEXT);
			target.getElement().setAttribute("aria-describedby", this.instructionId);
			if (before != target) {
				describeInput(target, true);
			}
		}
	}

	/**
	 * The input inside a text field is what a screen reader announces, so the description
	 * goes there too, next to the field's own (error message, helper).
	 */
	private void describeInput(Component control, boolean described) {
		if (!(control instanceof TextField) && !(control instanceof TextArea)) {
			return;
		}
		control.getElement().executeJs("""
				const field = this;
				const set = () => {
				  const input = field.inputElement || field.querySelector('input, textarea');
				  if (!input) { requestAnimationFrame(set); return; }
				  const ids = (input.getAttribute('aria-describedby') || '').split(' ')
				    .filter(id => id && id !== $0);
				  if ($1) { ids.push($0); }
				  if (ids.length) { input.setAttribute('aria-describedby', ids.join(' ')); }
				  else { input.removeAttribute('aria-describedby'); }
				};
				set();""", this.instructionId, described);
	}

}
