package de.norderstedt.go.courses.ui;

import de.norderstedt.go.ratelimit.RateLimits;
import java.util.Optional;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.courses.BookingService;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.devices.ContinuesOnPhone;
import de.norderstedt.go.devices.Device;
import de.norderstedt.go.devices.KioskFrame;
import de.norderstedt.go.devices.ui.CurrentDevice;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;

/**
 * Booking a course at a public touchscreen (see {@link BookingFlow}), with the courses of
 * the place the kiosk stands in; the kiosk frame around it speaks, carries the ticket to
 * a phone and ends the visit.
 */
@Route("kiosk/kurse")
@AnonymousAllowed
class KioskCoursesView extends Div
		implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver, ContinuesOnPhone {

	private final CurrentDevice devices;

	private final BookingFlow flow;

	KioskCoursesView(CourseService courses, BookingService bookings, CurrentDevice devices, RateLimits rateLimits) {
		this.devices = devices;
		this.flow = new BookingFlow(BookingFlowPort.of(courses, bookings, rateLimits), new BookingFlow.Host() {

			@Override
			public void say(String text) {
				frame().ifPresent(frame -> frame.say(text));
			}

			@Override
			public void leave() {
				UI.getCurrent().navigate("kiosk/start");
			}

			@Override
			public void booked(String spokenConfirmation) {
				frame().ifPresent(frame -> {
					frame.screenChanged();
					frame.say(spokenConfirmation);
				});
			}

			@Override
			public void continueOnPhone() {
				frame().ifPresent(KioskFrame::continueOnPhone);
			}

			@Override
			public void finishVisit() {
				frame().ifPresent(KioskFrame::finishVisit);
			}

		});
		add(this.flow);
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.flow.atPlace(this.devices.get().map(Device::placeId).orElse(null));
	}

	private Optional<KioskFrame> frame() {
		return getParent().filter(KioskFrame.class::isInstance).map(KioskFrame.class::cast);
	}

	// ---- the frame and the language

	@Override
	public String portalPath() {
		return this.flow.ticket().map(booked -> "/ticket/" + booked.code()).orElse("/");
	}

	@Override
	public boolean continuesOnPhoneNow() {
		return this.flow.ticket().isPresent();
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "kiosk.offer.courses");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Titles.update(this);
	}

}
