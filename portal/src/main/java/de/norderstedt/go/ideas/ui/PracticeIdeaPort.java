package de.norderstedt.go.ideas.ui;

import java.util.List;
import java.util.function.Function;

import de.norderstedt.go.ideas.IdeaGroup;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.IdeaState;
import de.norderstedt.go.ideas.NewIdea;
import de.norderstedt.go.ideas.SimilarIdea;
import de.norderstedt.go.ideas.SubmittedIdea;
import de.norderstedt.go.news.District;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.web.ui.PracticeGuide;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.function.SerializableConsumer;

/**
 * The idea screens in practice mode: the real checks of every answer, the real districts
 * and working groups; "submitting" checks as submitting would, stores nothing and ends at
 * a practice receipt without a code. A banner says that nothing is stored, the control to
 * use next is highlighted and described by a spoken instruction.
 * <p>
 * The similar ideas are two fixed practice examples, not the published ideas: the
 * tutorial's text describes them, so every learner must meet them whatever is published
 * (a fresh city has no published idea, and a learner's words may match none); a support
 * given in practice must not look as if a real idea had been supported; and a real idea's
 * title should not end up on a screen that says "this is only practice".
 */
class PracticeIdeaPort implements IdeaFlowPort {

	/** The practice receipt's idea; negative, so no stored idea has it. */
	static final long PRACTICE_ID = -1;

	static final String INSTRUCTION_ID = "idea-practice-instruction";

	/** The practice examples: id, title key, state, supporters. */
	private static final List<Example> EXAMPLES = List.of(
			new Example(-1, "ideas.practice.example.benches", IdeaState.STORED, 12),
			new Example(-2, "ideas.practice.example.toilet", IdeaState.IN_EVALUATION, 31));

	private record Example(long id, String titleKey, IdeaState state, int supporters) {
	}

	private final IdeaService ideas;

	private final NewsService news;

	/** The UI's texts in the visitor's language (key to text). */
	private final Function<String, String> texts;

	private final PracticeGuide guide;

	PracticeIdeaPort(IdeaService ideas, NewsService news, Function<String, String> texts,
			SerializableConsumer<String> voice) {
		this.ideas = ideas;
		this.news = news;
		this.texts = texts;
		this.guide = new PracticeGuide(INSTRUCTION_ID, voice);
	}

	/** The examples, once a name has as many letters as the real search needs. */
	@Override
	public List<SimilarIdea> similar(String typed) {
		if (typed.strip().length() < IdeaService.MIN_TITLE_LENGTH) {
			return List.of();
		}
		return EXAMPLES.stream()
			.map(e -> new SimilarIdea(e.id(), this.texts.apply(e.titleKey()), e.state(), e.supporters()))
			.toList();
	}

	/** Counts nothing: the button only shows what a support looks like. */
	@Override
	public boolean support(SimilarIdea idea) {
		return true;
	}

	@Override
	public NewIdea check(NewIdea idea) {
		return this.ideas.check(idea);
	}

	/** Checks as submitting would, and stores nothing. */
	@Override
	public SubmittedIdea submit(NewIdea idea) {
		this.ideas.check(idea);
		return new SubmittedIdea(PRACTICE_ID, null);
	}

	@Override
	public List<District> districts() {
		return this.news.districts();
	}

	@Override
	public List<IdeaGroup> groups() {
		return this.ideas.groups();
	}

	// ---- how the screens look in practice

	/** The screens sit inside a tutorial that has the page's heading. */
	@Override
	public HtmlContainer heading() {
		return new H2();
	}

	@Override
	public List<Component> above() {
		return List.of(this.guide.banner());
	}

	@Override
	public List<Component> belowHelp() {
		return List.of(this.guide.instruction());
	}

	@Override
	public void dress(IdeaFlow flow) {
		flow.addClassName("idea-practice");
	}

	@Override
	public void attached(IdeaFlow flow) {
		this.guide.attached();
	}

	/** Shows and highlights what to do next on the screen shown. */
	@Override
	public void guide(IdeaFlow flow) {
		// the practice receipt says it all in its heading; no control is next there
		this.guide.show(this.texts.apply("ideas.practice.banner"), flow.instruction(), flow.control());
	}

	@Override
	public void stepShown(IdeaFlow flow) {
		this.guide.speak(flow);
	}

	@Override
	public String supportedKey() {
		return "ideas.practice.supported";
	}

	@Override
	public String similarLeadKey() {
		return "ideas.practice.similar.lead";
	}

	@Override
	public String receiptHeadingKey() {
		return "ideas.practice.done";
	}

	/**
	 * What a receipt looks like, marked as practice, without a code, and with nothing to
	 * print or carry away.
	 */
	@Override
	public List<Component> receipt(Component texts, SubmittedIdea submitted, String title) {
		Paragraph mark = new Paragraph(this.texts.apply("ideas.practice.receipt.mark"));
		mark.setId("idea-practice-receipt-mark");
		mark.addClassName("practice-ticket-mark");
		H3 name = new H3(title);
		name.setId("idea-practice-receipt-title");
		Paragraph code = new Paragraph(this.texts.apply("ideas.practice.receipt.code"));
		Paragraph help = new Paragraph(this.texts.apply("ideas.practice.done.help"));
		Section card = new Section(mark, name, code, help);
		card.addClassName("card");
		card.addClassName("kiosk-ticket");
		card.addClassName("practice-ticket");
		card.getElement().setAttribute("aria-labelledby", "idea-practice-receipt-mark idea-practice-receipt-title");
		return List.of(card);
	}

}
