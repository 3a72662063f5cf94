package de.norderstedt.go.ideas.ui;

import de.norderstedt.go.ratelimit.RateLimits;
import java.util.Optional;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.devices.ContinuesOnPhone;
import de.norderstedt.go.devices.Device;
import de.norderstedt.go.devices.KioskFrame;
import de.norderstedt.go.devices.ui.CurrentDevice;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.news.NewsService;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * An idea for the city at a public touchscreen, one question per screen (see
 * {@link IdeaFlow}). Nobody is signed in at a kiosk: the person leaves with a receipt
 * code and its QR code. The kiosk frame around it speaks and updates its buttons.
 */
@Route("kiosk/idee")
@AnonymousAllowed
public class KioskSubmitIdeaView extends Div implements HasDynamicTitle, LocaleChangeObserver, ContinuesOnPhone {

	private final IdeaFlow flow;

	public KioskSubmitIdeaView(IdeaService ideas, NewsService news, CurrentDevice device, RateLimits rateLimits) {
		this.flow = new IdeaFlow(IdeaFlowPort.of(ideas, news, () -> device.get().map(Device::id), rateLimits),
				new IdeaFlow.Host() {

					@Override
					public void say(String text) {
						frame().ifPresent(frame -> frame.say(text));
					}

					@Override
					public void sayPrivately(String text) {
						frame().ifPresent(frame -> frame.sayPrivately(text));
					}

					@Override
					public void announce(String text) {
						frame().ifPresent(frame -> frame.announce(text));
					}

					@Override
					public void screenChanged() {
						frame().ifPresent(KioskFrame::screenChanged);
					}

					@Override
					public void submitted(String spokenReceipt) {
						sayPrivately(spokenReceipt);
					}

				});
		add(this.flow);
	}

	private Optional<KioskFrame> frame() {
		return getParent().filter(KioskFrame.class::isInstance).map(KioskFrame.class::cast);
	}

	@Override
	public String portalPath() {
		return "/ideen/neu";
	}

	@Override
	public boolean continuesOnPhoneNow() {
		// what was typed stays here; the phone starts afresh, so offer it before typing
		return !this.flow.isDone();
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "kiosk.offer.ideas");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Titles.update(this);
	}

}
