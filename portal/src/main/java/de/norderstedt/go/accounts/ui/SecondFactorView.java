package de.norderstedt.go.accounts.ui;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.VaadinSession;
import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.PasskeyService;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.PermitAll;

/**
 * The second step of a password sign-in for admins, locker staff and editors: confirm
 * with a passkey, or make one first. Every other page leads here until it is done (see
 * {@link SignedInCheck}); what those roles may do stays closed until then.
 */
@Route("anmelden/zweiter-schritt")
@PermitAll
public class SecondFactorView extends Div implements BeforeEnterObserver, HasDynamicTitle, LocaleChangeObserver {

	private final AccountService accounts;

	private final PasskeyService passkeys;

	private final Button confirm = new Button();

	private final LiveRegion alert = LiveRegion.alert();

	private final PasskeyForm form;

	private final Section setUp = new Section();

	private final Section confirmation = new Section();

	private static final String DESTINATION = SecondFactorView.class.getName() + ".destination";

	private String destination = "konto";

	SecondFactorView(AccountService accounts, PasskeyService passkeys) {
		this.accounts = accounts;
		this.passkeys = passkeys;
		addClassName("page");
		this.confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
		this.confirm.addClickListener(e -> confirm());
		this.form = new PasskeyForm(passkeys, name -> {
			this.confirmation.setVisible(true);
			this.confirm.focus();
		});
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		if (!this.accounts.secondFactorMissing()) {
			event.forwardTo(AccountView.class);
			return;
		}
		Object remembered = VaadinSession.getCurrent().getAttribute(DESTINATION);
		this.destination = remembered instanceof String path ? path : "konto";
	}

	/**
	 * Keeps the page a person was going to (a path of this portal, from the router) for
	 * after the passkey.
	 */
	static void rememberDestination(Location location) {
		String path = location.getPathWithQueryParameters();
		boolean ours = !path.isEmpty() && !path.startsWith("/") && !path.contains("//") && !path.contains(":")
				&& !path.startsWith("anmelden");
		VaadinSession.getCurrent().setAttribute(DESTINATION, ours ? path : null);
	}

	@Override
	protected void onAttach(AttachEvent event) {
		PasskeyCeremony.prepare(event.getUI());
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "accounts.second-factor.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		removeAll();
		boolean hasPasskey = !this.passkeys.mine().isEmpty();
		add(new H1(getTranslation("accounts.second-factor.title")));
		add(new Paragraph(getTranslation("accounts.second-factor.lead")));
		this.setUp.removeAll();
		this.setUp.add(new H2(getTranslation("accounts.second-factor.set-up")),
				new Paragraph(getTranslation("accounts.second-factor.set-up.lead")), this.form);
		this.setUp.setVisible(!hasPasskey);
		add(this.setUp);
		this.confirm.setText(getTranslation("accounts.second-factor.confirm"));
		this.confirmation.removeAll();
		this.confirmation.add(new Paragraph(getTranslation("accounts.second-factor.confirm.lead")), this.confirm,
				this.alert);
		this.confirmation.setVisible(hasPasskey);
		add(this.confirmation);
		Titles.update(this);
	}

	private void confirm() {
		this.alert.clear();
		this.confirm.setEnabled(false);
		getUI().ifPresent(ui -> PasskeyCeremony.signIn(ui, outcome -> {
			this.confirm.setEnabled(true);
			if ("ok".equals(outcome)) {
				// the new sign-in holds every role: the page loads again with it
				VaadinSession.getCurrent().setAttribute(DESTINATION, null);
				ui.getPage().setLocation(this.destination);
			}
			else {
				this.alert.show(getTranslation("accounts.second-factor.outcome." + PasskeyForm.outcome(outcome)));
			}
		}));
	}

}
