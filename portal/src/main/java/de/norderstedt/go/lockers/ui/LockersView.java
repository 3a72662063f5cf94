package de.norderstedt.go.lockers.ui;

import java.util.List;
import java.util.Locale;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.ui.LoginView;
import de.norderstedt.go.lockers.LockerService;
import de.norderstedt.go.lockers.Station;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The locker stations and what they lend, for everyone; signed-in residents reserve on
 * the same page, one step after the other ({@link ReservationFlow}, which a tutorial
 * practises on too): station, kind of item, day, length, time, height of the compartment.
 */
@Route("schliessfaecher")
@AnonymousAllowed
public class LockersView extends Div implements HasDynamicTitle, LocaleChangeObserver {

	private final LockerService lockers;

	private final AuthenticationContext authentication;

	/** The steps, made when a signed-in person first sees them. */
	private @Nullable ReservationFlow flow;

	LockersView(LockerService lockers, AuthenticationContext authentication) {
		this.lockers = lockers;
		this.authentication = authentication;
		addClassName("page");
		addClassName("lockers");
	}

	private void render() {
		Locale locale = getLocale();
		removeAll();
		add(new H1(getTranslation("lockers.title")));
		add(new Paragraph(getTranslation("lockers.intro")));
		List<Station> stations = this.lockers.stations();
		if (stations.isEmpty()) {
			add(new Paragraph(getTranslation("lockers.no-stations")));
			return;
		}
		if (!this.authentication.isAuthenticated()) {
			add(StationFacts.list(stations, this.lockers, this, locale));
			RouterLink signIn = new RouterLink(getTranslation("lockers.sign-in"), LoginView.class);
			signIn.addClassName("action-link");
			add(new Paragraph(signIn));
			return;
		}
		ReservationFlow steps = this.flow;
		if (steps == null) {
			steps = new ReservationFlow(ReservationFlowPort.of(this.lockers));
			this.flow = steps;
		}
		add(steps);
		steps.render();
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "lockers.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		render();
		Titles.update(this);
	}

}
