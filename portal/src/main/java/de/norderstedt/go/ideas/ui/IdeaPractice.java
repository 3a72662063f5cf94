package de.norderstedt.go.ideas.ui;

import java.util.Optional;

import de.norderstedt.go.devices.KioskFrame;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.web.ui.PracticeGuide;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;

/**
 * The kiosk's idea screens in practice mode: the same screens, nothing is stored (see
 * {@link PracticeIdeaPort}). Made by {@link IdeaPractices}.
 */
public class IdeaPractice extends Div {

	private final IdeaFlow flow;

	/**
	 * @param ideas the checks of every answer and the working groups; nothing is stored
	 * @param news the districts
	 * @param guide speaks each screen's instruction and hears of the end
	 */
	IdeaPractice(IdeaService ideas, NewsService news, PracticeGuide.Learner guide) {
		this.flow = new IdeaFlow(new PracticeIdeaPort(ideas, news, key -> getTranslation(key), guide::say),
				new IdeaFlow.Host() {

					@Override
					public void say(String text) {
						guide.say(text);
					}

					/**
					 * What the learner typed is read out only where a kiosk frame can say
					 * it without an address; the portal has none, and hides the button.
					 */
					@Override
					public void sayPrivately(String text) {
						frame().ifPresent(frame -> frame.sayPrivately(text));
					}

					@Override
					public boolean readsPrivately() {
						return frame().isPresent();
					}

					@Override
					public void announce(String text) {
						// the practice speaks each screen's instruction instead
					}

					@Override
					public void screenChanged() {
						// the tutorial around it decides what the frame offers
					}

					@Override
					public void submitted(String spokenReceipt) {
						// the practice receipt has no code to say; its instruction was
						// said
						guide.finished();
					}

				});
		add(this.flow);
	}

	/** Starts again at the first screen (the player's "Nochmal üben" / "Repeat"). */
	public void restart() {
		this.flow.restart();
	}

	/** The kiosk frame the tutorial runs in, if it runs at a kiosk. */
	private Optional<KioskFrame> frame() {
		Optional<Component> ancestor = getParent();
		while (ancestor.isPresent()) {
			if (ancestor.get() instanceof KioskFrame frame) {
				return Optional.of(frame);
			}
			ancestor = ancestor.get().getParent();
		}
		return Optional.empty();
	}

}
