package de.norderstedt.go.ideas.ui;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import de.norderstedt.go.ideas.IdeaGroup;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.NewIdea;
import de.norderstedt.go.ideas.SimilarIdea;
import de.norderstedt.go.ideas.SubmittedIdea;
import de.norderstedt.go.news.District;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import de.norderstedt.go.web.ui.PurposeNote;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.AbstractField;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.Autocomplete;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;

/**
 * The kiosk's idea screens, one question per screen: its name (similar ideas show while
 * it is typed, each to support instead), the problem, the idea, who would benefit, and at
 * last what is optional (district, working group, the name to show, an e-mail address);
 * then the receipt. Each screen is checked as submitting would, and reads its question
 * and the person's answer aloud on request. The data, and how the screens are dressed
 * (the real kiosk or the practice, see {@link IdeaPractice}), come through an
 * {@link IdeaFlowPort}; what lies around the screens (speech, the frame) through a
 * {@link Host}.
 */
class IdeaFlow extends Div implements LocaleChangeObserver {

	/** What the screen around the idea screens does for them. */
	interface Host {

		/** Says a sentence aloud. */
		void say(String text);

		/**
		 * Says a sentence holding what the person typed, never through a shared address.
		 */
		void sayPrivately(String text);

		/** Says a new screen's question, when the person asked for screens to be read. */
		void announce(String text);

		/** The screen changed what it offers (the frame updates its buttons). */
		void screenChanged();

		/** The receipt shows; the sentence says it with its code. */
		void submitted(String spokenReceipt);

		/** Whether "Frage und Antwort vorlesen" can speak here without an address. */
		default boolean readsPrivately() {
			return true;
		}

	}

	/** The screens, each with the fields it asks for. */
	enum Step {

		TITLE("ideas.field.title", "kiosk.ideas.title.help", "ideas.practice.step.title", Set.of("title")),

		PROBLEM("ideas.field.problem", "kiosk.ideas.problem.help", "ideas.practice.step.problem", Set.of("problem")),

		PROPOSAL("ideas.field.proposal", "kiosk.ideas.proposal.help", "ideas.practice.step.proposal",
				Set.of("proposal")),

		BENEFICIARIES("ideas.field.beneficiaries", "kiosk.ideas.beneficiaries.help",
				"ideas.practice.step.beneficiaries", Set.of("beneficiaries")),

		DETAILS("kiosk.ideas.details", "kiosk.ideas.details.help", "ideas.practice.step.details",
				Set.of("district", "group", "topic", "name", "email", "consent"));

		private final String headingKey;

		private final String helpKey;

		private final String instructionKey;

		private final Set<String> fields;

		Step(String headingKey, String helpKey, String instructionKey, Set<String> fields) {
			this.headingKey = headingKey;
			this.helpKey = helpKey;
			this.instructionKey = instructionKey;
			this.fields = fields;
		}

		/** The screen that asks for the field (the first for a refusal of no field). */
		static Step asking(Refusal refusal) {
			String field = refusal.field().orElse("title");
			for (Step step : values()) {
				if (step.fields.contains(field)) {
					return step;
				}
			}
			return TITLE;
		}

		int number() {
			return ordinal() + 1;
		}

		boolean isLast() {
			return this == DETAILS;
		}

	}

	private final IdeaFlowPort port;

	private final Host host;

	private final Paragraph progress = new Paragraph();

	private final HtmlContainer heading;

	private final Paragraph help = new Paragraph();

	private final TextField title = new TextField();

	private final Section similarSection = new Section();

	private final H2 similarHeading = new H2();

	private final Paragraph similarLead = new Paragraph();

	private final UnorderedList similar = new UnorderedList();

	private final TextArea problem = new TextArea();

	private final TextArea proposal = new TextArea();

	private final TextArea beneficiaries = new TextArea();

	private final RadioButtonGroup<Optional<District>> district = new RadioButtonGroup<>();

	private final RadioButtonGroup<Optional<IdeaGroup>> group = new RadioButtonGroup<>();

	private final TextField name = new TextField();

	private final TextField email = new TextField();

	private final Checkbox consent = new Checkbox();

	private final Div details = new Div(this.district, this.group, this.name, this.email, this.consent,
			new PurposeNote("privacy.purpose.ideas"));

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final FormRefusals refusals;

	private final Button readAloud = new Button();

	private final Button back = new Button();

	private final Button next = new Button();

	private final Div actions = new Div(this.back, this.next);

	private final Div receipt = new Div();

	/** The text the similar ideas were found for. */
	private String similarFor = "";

	/** The ideas supported in this visit (one support each). */
	private final Set<Long> supported = new HashSet<>();

	private Step step = Step.TITLE;

	private boolean done;

	IdeaFlow(IdeaFlowPort port, Host host) {
		this.port = port;
		this.host = host;
		this.heading = port.heading();
		this.refusals = new FormRefusals(this.alert).field("title", this.title)
			.field("problem", this.problem)
			.field("proposal", this.proposal)
			.field("beneficiaries", this.beneficiaries)
			.field("district", this.district)
			.field("group", this.group)
			.field("name", this.name)
			.field("email", this.email)
			.field("consent", this.consent)
			.speaking(host::say);
		addClassName("kiosk-task");
		addClassName("kiosk-idea");
		this.progress.addClassName("kiosk-progress");
		this.title.setAutocomplete(Autocomplete.OFF);
		this.title.setValueChangeMode(ValueChangeMode.LAZY);
		this.title.addValueChangeListener(e -> showSimilar(e.getValue()));
		for (TextArea area : List.of(this.problem, this.proposal, this.beneficiaries)) {
			area.setMinRows(3);
		}
		this.name.setAutocomplete(Autocomplete.OFF);
		this.email.setAutocomplete(Autocomplete.OFF);
		Choices.offer(this.district, port.districts());
		Choices.offer(this.group, port.groups());
		this.details.addClassName("kiosk-idea-details");
		this.similarSection.addClassName("kiosk-idea-similar");
		this.similarSection.add(this.similarHeading, this.similarLead, this.similar);
		this.similarSection.setVisible(false);
		this.readAloud.addClassName("kiosk-read-answer");
		// what the person typed is theirs: read out without passing through an address
		this.readAloud.addClickListener(e -> host.sayPrivately(spokenStep()));
		this.next.addThemeName("primary");
		this.next.addClickListener(e -> next());
		this.back.addClickListener(e -> show(Step.values()[this.step.ordinal() - 1]));
		this.actions.addClassName("kiosk-actions");
		this.receipt.addClassName("kiosk-idea-receipt");
		port.above().forEach(this::add);
		add(this.progress, this.heading, this.help);
		port.belowHelp().forEach(this::add);
		add(this.title, this.similarSection, this.problem, this.proposal, this.beneficiaries, this.details,
				this.readAloud, this.alert, this.status, this.actions, this.receipt);
		port.dress(this);
		show(Step.TITLE);
	}

	/** Starts again at the first screen, with nothing entered. */
	void restart() {
		this.done = false;
		clearAnswers();
		this.district.setValue(Optional.empty());
		this.group.setValue(Optional.empty());
		this.supported.clear();
		this.similarFor = "";
		this.similar.removeAll();
		this.receipt.removeAll();
		show(Step.TITLE);
	}

	/** Whether the receipt shows. */
	boolean isDone() {
		return this.done;
	}

	/** The screen shown (the last one under the receipt). */
	Step step() {
		return this.step;
	}

	@Override
	protected void onAttach(AttachEvent event) {
		// whether a private voice is around shows only once the screens are on the page
		this.readAloud.setVisible(!this.done && this.host.readsPrivately());
		this.port.attached(this);
	}

	/** Published ideas like the name typed so far, each with a button to support it. */
	private void showSimilar(String typed) {
		// leaving the field (a tap on "support") reports the same text again
		if (typed.equals(this.similarFor)) {
			return;
		}
		this.similarFor = typed;
		List<SimilarIdea> found = this.port.similar(typed);
		this.similar.removeAll();
		for (SimilarIdea idea : found) {
			Paragraph ideaName = new Paragraph(idea.title());
			ideaName.addClassName("kiosk-idea-similar-title");
			Paragraph facts = new Paragraph(getTranslation("kiosk.ideas.similar.facts",
					getTranslation(idea.state().messageKey()), idea.supporters()));
			Button support = new Button();
			if (this.supported.contains(idea.id())) {
				supported(support);
			}
			else {
				support.setText(getTranslation("kiosk.ideas.similar.support"));
				support.getElement()
					.setAttribute("aria-label", getTranslation("kiosk.ideas.similar.support-named", idea.title()));
				support.addClickListener(e -> support(idea, support));
			}
			ListItem item = new ListItem(ideaName, facts, support);
			item.addClassName("kiosk-idea-similar-item");
			this.similar.add(item);
		}
		boolean appearing = !found.isEmpty() && !this.similarSection.isVisible();
		this.similarSection.setVisible(!found.isEmpty());
		if (!found.isEmpty()) {
			this.status.show(getTranslation("kiosk.ideas.similar.found", found.size()));
		}
		if (appearing) {
			// the on-screen keyboard covers the lower part of the screen: the field goes
			// up, so the ideas below it show above the keyboard
			this.title.getElement().executeJs("this.scrollIntoView({ block: 'start' })");
		}
	}

	private void support(SimilarIdea idea, Button button) {
		this.refusals.clear();
		try {
			if (!this.port.support(idea)) {
				return;
			}
		}
		catch (Refusal refusal) {
			this.refusals.show(refusal);
			return;
		}
		this.supported.add(idea.id());
		supported(button);
		String thanks = getTranslation(this.port.supportedKey(), idea.title());
		this.status.show(thanks);
		this.host.say(thanks);
	}

	private void supported(Button button) {
		button.setEnabled(false);
		button.setText(getTranslation("kiosk.ideas.similar.supported-button"));
		button.getElement().removeAttribute("aria-label");
	}

	private void next() {
		// each screen is checked as submitting would; a mistake on a later screen's field
		// waits until that screen
		NewIdea idea = idea();
		try {
			this.refusals.clear();
			this.port.check(idea);
		}
		catch (Refusal refusal) {
			if (Step.asking(refusal).compareTo(this.step) <= 0) {
				show(Step.asking(refusal));
				this.refusals.show(refusal);
				return;
			}
		}
		if (!this.step.isLast()) {
			show(Step.values()[this.step.ordinal() + 1]);
			announce();
			return;
		}
		submit(idea);
	}

	private NewIdea idea() {
		return new NewIdea(this.title.getValue(), this.problem.getValue(), this.proposal.getValue(),
				this.beneficiaries.getValue(), this.district.getValue().map(District::id).orElse(null),
				this.group.getValue().map(IdeaGroup::id).orElse(null), null, null, this.name.getValue(),
				this.email.getValue(), this.consent.getValue(), getLocale().getLanguage());
	}

	private void submit(NewIdea idea) {
		SubmittedIdea submitted;
		try {
			submitted = this.port.submit(idea);
		}
		catch (Refusal refusal) {
			show(Step.asking(refusal));
			this.refusals.show(refusal);
			return;
		}
		this.done = true;
		String ideaTitle = this.title.getValue().strip();
		clearAnswers();
		this.receipt.removeAll();
		this.port.receipt(this, submitted, ideaTitle).forEach(this.receipt::add);
		show(this.step);
		// the code is the person's key to the idea: read out privately
		this.host.submitted(getTranslation("ideas.receipt.title") + " "
				+ getTranslation("kiosk.ideas.done.spoken", IdeaReceipt.spelled(submitted.receiptCode())));
	}

	private void clearAnswers() {
		for (AbstractField<?, ?> field : List.of(this.title, this.problem, this.proposal, this.beneficiaries, this.name,
				this.email)) {
			field.clear();
		}
		this.consent.clear();
	}

	private void show(Step shown) {
		boolean changed = shown != this.step || this.done;
		this.step = shown;
		this.refusals.clear();
		this.status.clear();
		boolean asking = !this.done;
		this.title.setVisible(asking && shown == Step.TITLE);
		this.similarSection
			.setVisible(asking && shown == Step.TITLE && this.similar.getChildren().findAny().isPresent());
		this.problem.setVisible(asking && shown == Step.PROBLEM);
		this.proposal.setVisible(asking && shown == Step.PROPOSAL);
		this.beneficiaries.setVisible(asking && shown == Step.BENEFICIARIES);
		this.details.setVisible(asking && shown == Step.DETAILS);
		this.progress.setVisible(asking);
		this.help.setVisible(asking);
		this.readAloud.setVisible(asking && this.host.readsPrivately());
		this.actions.setVisible(asking);
		this.back.setVisible(shown != Step.TITLE);
		this.receipt.setVisible(this.done);
		texts();
		this.host.screenChanged();
		this.heading.getElement().executeJs("this.setAttribute('tabindex','-1'); this.focus()");
		// said once when a screen shows, not again with every mistake on it
		if (changed) {
			this.port.stepShown(this);
		}
	}

	/** Reads the new screen's question aloud, when the person asked for reading aloud. */
	private void announce() {
		this.host.announce(getTranslation("kiosk.step", this.step.number(), Step.values().length) + ". "
				+ getTranslation(this.step.headingKey) + " " + getTranslation(this.step.helpKey));
	}

	/** The screen's question, and what the person has answered so far. */
	private String spokenStep() {
		String question = getTranslation(this.step.headingKey);
		if (this.step == Step.DETAILS) {
			Locale locale = getLocale();
			String districtName = this.district.getValue()
				.map(d -> d.name(locale))
				.orElse(getTranslation("ideas.field.district.none"));
			String groupName = this.group.getValue()
				.map(g -> g.name(locale))
				.orElse(getTranslation("ideas.field.group.none"));
			return question + ". "
					+ getTranslation("kiosk.ideas.read.details", districtName, groupName,
							blankOr(this.name.getValue(), getTranslation("kiosk.ideas.read.none")),
							blankOr(this.email.getValue(), getTranslation("kiosk.ideas.read.none")));
		}
		String typed = switch (this.step) {
			case TITLE -> this.title.getValue();
			case PROBLEM -> this.problem.getValue();
			case PROPOSAL -> this.proposal.getValue();
			default -> this.beneficiaries.getValue();
		};
		return question + " " + (typed.isBlank() ? getTranslation("kiosk.ideas.read.empty")
				: getTranslation("kiosk.ideas.read.typed", typed.strip()));
	}

	private static String blankOr(String value, String otherwise) {
		return value.isBlank() ? otherwise : value.strip();
	}

	// ---- what a practice guides a learner to

	/** The control a person uses next on the screen shown; none under the receipt. */
	@Nullable Component control() {
		if (this.done) {
			return null;
		}
		return switch (this.step) {
			case TITLE -> this.title;
			case PROBLEM -> this.problem;
			case PROPOSAL -> this.proposal;
			case BENEFICIARIES -> this.beneficiaries;
			case DETAILS -> this.next;
		};
	}

	/** What to do on the screen shown, in a sentence (the practice says it). */
	String instruction() {
		if (this.done) {
			return getTranslation("ideas.practice.done") + " " + getTranslation("ideas.practice.done.help");
		}
		String label = switch (this.step) {
			case TITLE -> this.title.getLabel();
			case PROBLEM -> this.problem.getLabel();
			case PROPOSAL -> this.proposal.getLabel();
			case BENEFICIARIES -> this.beneficiaries.getLabel();
			case DETAILS -> this.next.getText();
		};
		return getTranslation(this.step.instructionKey, label, getTranslation("kiosk.next"));
	}

	private void texts() {
		Locale locale = getLocale();
		this.progress.setText(getTranslation("kiosk.step", this.step.number(), Step.values().length));
		this.heading
			.setText(this.done ? getTranslation(this.port.receiptHeadingKey()) : getTranslation(this.step.headingKey));
		this.help.setText(getTranslation(this.step.helpKey));
		this.title.setLabel(getTranslation("kiosk.ideas.title.label"));
		this.similarHeading.setText(getTranslation("ideas.similar.heading"));
		this.similarLead.setText(getTranslation(this.port.similarLeadKey()));
		this.problem.setLabel(getTranslation("kiosk.ideas.problem.label"));
		this.proposal.setLabel(getTranslation("kiosk.ideas.proposal.label"));
		this.beneficiaries.setLabel(getTranslation("kiosk.ideas.beneficiaries.label"));
		this.district.setLabel(getTranslation("ideas.field.district"));
		Choices.label(this.district, d -> d.name(locale), getTranslation("ideas.field.district.none"));
		this.group.setLabel(getTranslation("ideas.field.group"));
		Choices.label(this.group, g -> g.name(locale), getTranslation("ideas.field.group.none"));
		this.name.setLabel(getTranslation("ideas.field.name"));
		this.name.setHelperText(getTranslation("ideas.field.name.help"));
		this.email.setLabel(getTranslation("ideas.field.email"));
		this.email.setHelperText(getTranslation("ideas.field.email.help"));
		this.consent.setLabel(getTranslation(IdeaService.CONSENT_KEY));
		this.readAloud.setText(getTranslation("kiosk.ideas.read"));
		this.back.setText(getTranslation("kiosk.back"));
		this.next.setText(getTranslation(this.step.isLast() ? "ideas.submit.send" : "kiosk.next"));
		this.port.guide(this);
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		texts();
	}

}
