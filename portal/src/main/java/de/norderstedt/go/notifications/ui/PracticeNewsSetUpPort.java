package de.norderstedt.go.notifications.ui;

import java.util.EnumSet;
import java.util.List;
import java.util.function.Function;

import de.norderstedt.go.news.Interests;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.notifications.Channel;
import de.norderstedt.go.notifications.NotificationCategory;
import de.norderstedt.go.notifications.NotificationService;
import de.norderstedt.go.notifications.NotificationSettings;
import de.norderstedt.go.web.ui.PracticeGuide;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HtmlContainer;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * The set-up screens for city news in practice mode: the real areas and districts, the
 * real checks; "Fertig" checks as keeping would, keeps nothing (no settings, no areas, no
 * push subscription: the screens offer no device section, so the browser is never asked)
 * and ends at a summary marked as practice. It starts from nothing chosen and messages in
 * the app, whoever is signed in, so that a learner's own settings neither show nor
 * change. A banner says that nothing is stored, the control to use next is highlighted
 * and described by a spoken instruction.
 */
class PracticeNewsSetUpPort implements NewsSetUpPort {

	static final String INSTRUCTION_ID = "news-practice-instruction";

	private final NotificationService notifications;

	private final NewsService news;

	/** The UI's texts in the visitor's language (key to text). */
	private final Function<String, String> texts;

	private final PracticeGuide guide;

	/** Told when the summary shows. */
	private final SerializableRunnable finished;

	PracticeNewsSetUpPort(NotificationService notifications, NewsService news, Function<String, String> texts,
			SerializableConsumer<String> voice, SerializableRunnable finished) {
		this.notifications = notifications;
		this.news = news;
		this.texts = texts;
		this.guide = new PracticeGuide(INSTRUCTION_ID, voice);
		this.finished = finished;
	}

	@Override
	public NotificationSettings settings() {
		return NotificationSettings.DEFAULT.withChannels(NotificationCategory.NEWS, EnumSet.of(Channel.IN_APP));
	}

	@Override
	public Interests interests() {
		return Interests.NONE;
	}

	/** No Web Push here: the browser is never asked, nothing is subscribed. */
	@Override
	public List<Component> deviceSection() {
		return List.of();
	}

	/** Checks as keeping would, and keeps nothing. */
	@Override
	public void finish(NewsSetUpFlow flow, NotificationSettings wanted, Interests interests) {
		this.notifications.check(wanted);
		this.news.checkInterests(interests);
		flow.showDone("notifications.practice.done", summary(flow));
		this.finished.run();
	}

	@Override
	public void leave() {
		// no way back from the first screen: the player has its own
	}

	// ---- how the screens look in practice

	/** The screens sit inside a tutorial that has the page's heading. */
	@Override
	public HtmlContainer heading() {
		return new H2();
	}

	@Override
	public HtmlContainer questionHeading() {
		return new H3();
	}

	@Override
	public List<Component> above() {
		return List.of(this.guide.banner());
	}

	@Override
	public List<Component> belowQuestion() {
		return List.of(this.guide.instruction());
	}

	@Override
	public void dress(NewsSetUpFlow flow) {
		flow.addClassName("news-set-up-practice");
	}

	@Override
	public boolean offersLeave() {
		return false;
	}

	/**
	 * The screens are on the page: their texts are in its language before any is said.
	 */
	@Override
	public void attached(NewsSetUpFlow flow) {
		flow.texts();
		this.guide.attached();
	}

	/** Shows and highlights what to do next on the screen shown. */
	@Override
	public void guide(NewsSetUpFlow flow) {
		this.guide.show(text("notifications.practice.banner"), flow.instruction(), flow.control());
	}

	@Override
	public void stepShown(NewsSetUpFlow flow) {
		this.guide.speak(flow);
	}

	/**
	 * What was chosen, marked as practice: nothing of it was kept, and there is nothing
	 * to carry away.
	 */
	private static List<Component> summary(NewsSetUpFlow flow) {
		NewsSetUpFlow.Chosen chosen = flow.chosen();
		Paragraph mark = new Paragraph(flow.getTranslation("notifications.practice.summary.mark"));
		mark.setId("news-practice-summary-mark");
		mark.addClassName("practice-ticket-mark");
		H3 title = new H3(flow.getTranslation("notifications.practice.summary.title"));
		title.setId("news-practice-summary-title");
		Paragraph topics = new Paragraph(
				flow.getTranslation("notifications.practice.summary.topics", String.join(", ", chosen.topics())));
		Paragraph districts = new Paragraph(flow.getTranslation("notifications.practice.summary.districts",
				chosen.districts().isEmpty() ? flow.getTranslation("notifications.practice.summary.all-districts")
						: String.join(", ", chosen.districts())));
		Paragraph channels = new Paragraph(flow.getTranslation("notifications.practice.summary.channels",
				chosen.channels().isEmpty() ? flow.getTranslation("notifications.practice.summary.no-channel")
						: String.join(", ", chosen.channels())));
		Section card = new Section(mark, title, topics, districts, channels);
		card.addClassName("card");
		card.addClassName("practice-ticket");
		card.getElement().setAttribute("aria-labelledby", "news-practice-summary-mark news-practice-summary-title");
		return List.of(new Paragraph(flow.getTranslation("notifications.practice.done.help")), card);
	}

	private String text(String key) {
		return this.texts.apply(key);
	}

}
