package de.norderstedt.go.shell.ui;

import java.util.Optional;

import de.norderstedt.go.accessibility.speech.SpeechService;
import de.norderstedt.go.accounts.Account;
import de.norderstedt.go.accounts.AccountService;
import de.norderstedt.go.accounts.Role;
import de.norderstedt.go.accounts.ui.AccountView;
import de.norderstedt.go.accounts.ui.AccountsAdminView;
import de.norderstedt.go.accounts.ui.LoginView;
import de.norderstedt.go.app.ui.AppClient;
import de.norderstedt.go.app.ui.InstallAppView;
import de.norderstedt.go.courses.ui.CoursesView;
import de.norderstedt.go.courses.ui.MyBookingsView;
import de.norderstedt.go.ideas.EvaluationService;
import de.norderstedt.go.ideas.IdeaDeskService;
import de.norderstedt.go.ideas.ProjectService;
import de.norderstedt.go.ideas.ui.DeskView;
import de.norderstedt.go.ideas.ui.FiguresView;
import de.norderstedt.go.ideas.ui.IdeasView;
import de.norderstedt.go.ideas.ui.ModerationQueueView;
import de.norderstedt.go.ideas.ui.ProjectDeskView;
import de.norderstedt.go.ideas.ui.ProjectsView;
import de.norderstedt.go.ideas.ui.RoundsView;
import de.norderstedt.go.ideas.ui.TrendRadarView;
import de.norderstedt.go.ideas.ui.WorkingGroupsView;
import de.norderstedt.go.ideas.ui.WorkshopsView;
import de.norderstedt.go.lockers.ui.LockerAdminView;
import de.norderstedt.go.lockers.ui.LockersView;
import de.norderstedt.go.lockers.ui.MyReservationsView;
import de.norderstedt.go.news.ui.CatalogueAdminView;
import de.norderstedt.go.news.ui.NewsDeskView;
import de.norderstedt.go.news.ui.NewsView;
import de.norderstedt.go.notifications.NotificationBroadcaster;
import de.norderstedt.go.notifications.NotificationService;
import de.norderstedt.go.notifications.PushDevices;
import de.norderstedt.go.notifications.ui.NotificationBell;
import de.norderstedt.go.notifications.ui.PushSignOut;
import de.norderstedt.go.courses.ui.PlacesAdminView;
import de.norderstedt.go.courses.ui.TrainerView;
import de.norderstedt.go.devices.ui.DevicesAdminView;
import de.norderstedt.go.feedback.ui.AccessibilityStatementView;
import de.norderstedt.go.feedback.ui.FeedbackAdminView;
import de.norderstedt.go.notifications.ui.MailOutboxView;
import de.norderstedt.go.privacy.ui.AuditLogView;
import de.norderstedt.go.pages.ui.EasyLanguageView;
import de.norderstedt.go.privacy.ui.ImprintView;
import de.norderstedt.go.privacy.ui.PrivacyNoticeView;
import de.norderstedt.go.tutorials.ui.TrainerLearningView;
import de.norderstedt.go.tutorials.ui.TutorialsView;
import de.norderstedt.go.web.PublicUrl;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Footer;
import com.vaadin.flow.component.html.Header;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AfterNavigationEvent;
import com.vaadin.flow.router.AfterNavigationObserver;
import com.vaadin.flow.router.Layout;
import com.vaadin.flow.router.RouterLayout;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.VaadinRequest;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import com.vaadin.flow.spring.security.AuthenticationContext;

/**
 * The frame of every portal page: skip link, banner with navigation and settings, main
 * content, footer. Landmarks and a single h1 per view let screen reader users find their
 * way.
 */
@Layout
@AnonymousAllowed
public class PortalLayout extends Div implements RouterLayout, LocaleChangeObserver, AfterNavigationObserver {

	private final AccountService accounts;

	private final AuthenticationContext authentication;

	private final IdeaDeskService ideaDesk;

	private final ProjectService projects;

	private final EvaluationService evaluation;

	private final Anchor skipLink = new Anchor("#main", "");

	private final Span brandName = new Span("Norderstedt GO!");

	private final RouterLink brand = new RouterLink();

	private final Nav nav = new Nav();

	private final UnorderedList navList = new UnorderedList();

	private final Button settingsToggle = new Button();

	private final Button languageToggle = new Button();

	private final Button signInOut = new Button();

	private final DisplaySettings settings;

	private final ReadAloudControls readAloud;

	private final Main main = new Main();

	private final Paragraph footerText = new Paragraph();

	private final RouterLink statementLink = new RouterLink();

	private final RouterLink easyLanguageLink = new RouterLink();

	private final RouterLink privacyLink = new RouterLink();

	private final RouterLink imprintLink = new RouterLink();

	private final RouterLink installLink = new RouterLink();

	private final AppClient app;

	/** Whether this browser is a kiosk device: then the portal is no app here. */
	private final boolean kioskDevice = AppHead.onKioskDevice(VaadinRequest.getCurrent());

	private boolean firstNavigation = true;

	/** After the session was lost (its instance died): what happened. */
	private final ReconnectedNotice reconnected;

	PortalLayout(AccountService accounts, AuthenticationContext authentication, PreferencesSession preferences,
			SpeechService speech, NotificationService notifications, NotificationBroadcaster broadcaster,
			PushDevices pushDevices, IdeaDeskService ideaDesk, EvaluationService evaluation, ProjectService projects,
			PublicUrl publicUrl, AppClient app) {
		this.accounts = accounts;
		this.reconnected = new ReconnectedNotice(false, publicUrl);
		this.app = app;
		this.ideaDesk = ideaDesk;
		this.projects = projects;
		this.evaluation = evaluation;
		this.authentication = authentication;
		this.settings = new DisplaySettings(preferences, false);
		this.readAloud = new ReadAloudControls(preferences, speech);
		addClassName("portal");

		this.skipLink.addClassName("skip-link");
		// The router would treat "#main" as navigation; move focus ourselves.
		this.skipLink.getElement().setAttribute("router-ignore", true);
		this.skipLink.getElement()
			.executeJs(
					"this.addEventListener('click', e => { e.preventDefault(); const m = document.getElementById('main'); m.focus(); m.scrollIntoView(); });");

		this.brand.setRoute(HomeView.class);
		this.brand.add(this.brandName);
		this.brand.addClassName("brand");

		this.settingsToggle.addClassName("settings-toggle");
		this.settingsToggle.getElement().setAttribute("aria-expanded", "false");
		this.settingsToggle.getElement().setAttribute("aria-controls", DisplaySettings.ID);
		this.settingsToggle.addClickListener(e -> toggleSettings());
		this.settings.setVisible(false);

		this.languageToggle.addClickListener(e -> this.settings.switchLanguage());

		this.signInOut.addClickListener(e -> {
			if (this.authentication.isAuthenticated()) {
				// the app's copies of her pages first, then push: nothing of hers stays
				UI ui = UI.getCurrent();
				AppClient.forgetThen(ui,
						() -> PushSignOut.endPushThenSignOut(ui, pushDevices, this.authentication::logout));
			}
			else {
				UI.getCurrent().navigate(LoginView.class);
			}
		});

		Div tools = new Div(this.settingsToggle, this.languageToggle, this.signInOut);
		tools.addClassName("header-tools");
		// signing in or out loads the page anew, so this layout's visitor stays who they
		// are
		if (this.authentication.isAuthenticated()) {
			tools.addComponentAsFirst(new NotificationBell(notifications, broadcaster));
		}
		Div bar = new Div(this.brand, tools);
		bar.addClassName("header-bar");
		this.nav.add(this.navList);
		this.nav.addClassName("main-nav");
		Header header = new Header(bar, this.nav, this.settings, this.readAloud);
		header.addClassName("site-header");

		this.main.setId("main");
		this.main.getElement().setAttribute("tabindex", "-1");

		this.statementLink.setRoute(AccessibilityStatementView.class);
		this.easyLanguageLink.setRoute(EasyLanguageView.class);
		this.privacyLink.setRoute(PrivacyNoticeView.class);
		this.imprintLink.setRoute(ImprintView.class);
		this.installLink.setRoute(InstallAppView.class);
		UnorderedList footerLinks = new UnorderedList(new ListItem(this.statementLink),
				new ListItem(this.easyLanguageLink), new ListItem(this.installLink), new ListItem(this.privacyLink),
				new ListItem(this.imprintLink));
		footerLinks.addClassName("footer-links");
		Footer footer = new Footer(footerLinks, this.footerText);
		footer.addClassName("site-footer");

		add(this.skipLink, header, this.main, footer);
	}

	private void toggleSettings() {
		boolean open = !this.settings.isVisible();
		this.settings.setVisible(open);
		this.settingsToggle.getElement().setAttribute("aria-expanded", String.valueOf(open));
		if (open) {
			this.settings.focusFirst();
		}
	}

	@Override
	protected void onAttach(AttachEvent event) {
		startApp(event.getUI());
	}

	private void startApp(UI ui) {
		if (!this.kioskDevice) {
			this.app.start(ui);
		}
	}

	@Override
	public void showRouterLayoutContent(HasElement content) {
		this.main.getElement().removeAllChildren();
		// the notice after a lost session stays at the top of every page's content
		this.main.getElement().appendChild(this.reconnected.getElement(), content.getElement());
	}

	@Override
	public void removeRouterLayoutContent(HasElement oldContent) {
		this.main.getElement().removeChild(oldContent.getElement());
	}

	@Override
	public void afterNavigation(AfterNavigationEvent event) {
		buildNavigation();
		this.reconnected.update(event, this.authentication.isAuthenticated());
		if (!this.firstNavigation) {
			// After in-app navigation, start reading at the new page's heading, as after
			// a page load.
			this.main.getElement()
				.executeJs(
						"const h = this.querySelector('h1'); if (h) { h.setAttribute('tabindex','-1'); h.focus(); }");
		}
		this.firstNavigation = false;
		this.readAloud.startIfWanted();
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.skipLink.setText(getTranslation("shell.skip-link"));
		this.brand.getElement().setAttribute("aria-label", getTranslation("shell.brand.label"));
		this.nav.getElement().setAttribute("aria-label", getTranslation("shell.nav.label"));
		this.settingsToggle.setText(getTranslation("shell.settings.toggle"));
		this.languageToggle.setText(getTranslation("shell.language.other"));
		this.languageToggle.getElement().setAttribute("lang", getTranslation("shell.language.other.code"));
		this.signInOut
			.setText(getTranslation(this.authentication.isAuthenticated() ? "shell.sign-out" : "shell.sign-in"));
		this.footerText.setText(getTranslation("shell.footer"));
		this.reconnected.texts();
		this.statementLink.setText(getTranslation("statement.title"));
		this.easyLanguageLink.setText(getTranslation("easy-language.title"));
		this.privacyLink.setText(getTranslation("privacy.notice.title"));
		this.imprintLink.setText(getTranslation("privacy.imprint.title"));
		this.installLink.setText(getTranslation("app.install.title"));
		// "Leichte Sprache" is German; the English page is "Easy Read"
		this.easyLanguageLink.getElement().setAttribute("lang", getLocale().getLanguage());
		buildNavigation();
		if (isAttached()) {
			// the manifest and the offline page in the new language and display
			getUI().ifPresent(this::startApp);
		}
	}

	private void buildNavigation() {
		this.navList.removeAll();
		addLink(HomeView.class, "shell.nav.home");
		addLink(TutorialsView.class, "shell.nav.learn");
		addLink(CoursesView.class, "shell.nav.courses");
		addLink(LockersView.class, "shell.nav.lockers");
		addLink(NewsView.class, "shell.nav.news");
		addLink(IdeasView.class, "shell.nav.ideas");
		addLink(ProjectsView.class, "shell.nav.projects");
		// a sign-in that still waits for its passkey gets no account links: each would
		// lead back to the page that asks for it
		Optional<Account> account = this.authentication.isAuthenticated() && !this.accounts.secondFactorMissing()
				? this.accounts.currentAccount() : Optional.empty();
		account.ifPresent(a -> {
			addLink(AccountView.class, "shell.nav.account");
			addLink(MyBookingsView.class, "shell.nav.my-bookings");
			addLink(MyReservationsView.class, "shell.nav.my-reservations");
			if (a.hasRole(Role.LOCKER_STAFF) || a.hasRole(Role.ADMIN)) {
				addLink(LockerAdminView.class, "shell.nav.admin-lockers");
			}
			if (a.hasRole(Role.EDITOR) || a.hasRole(Role.ADMIN)) {
				addLink(NewsDeskView.class, "shell.nav.news-desk");
			}
			if (a.hasRole(Role.MODERATOR) || a.hasRole(Role.ADMIN)) {
				addLink(ModerationQueueView.class, "shell.nav.ideas-moderation");
				addLink(FiguresView.class, "shell.nav.ideas-figures");
				addLink(TrendRadarView.class, "shell.nav.ideas-trends");
				addLink(WorkshopsView.class, "shell.nav.ideas-workshops");
			}
			if (this.ideaDesk.hasDesk()) {
				addLink(DeskView.class, "shell.nav.ideas-desk");
			}
			if (this.evaluation.takesPart()) {
				addLink(RoundsView.class, "shell.nav.ideas-rounds");
			}
			if (this.projects.runsProjects()) {
				addLink(ProjectDeskView.class, "shell.nav.project-desk");
			}
			if (a.hasRole(Role.TRAINER) || a.hasRole(Role.ADMIN)) {
				addLink(TrainerView.class, "shell.nav.trainer");
			}
			// participants agree to show their progress to their trainers, not to admins
			// (see ParticipantService#learnersToday)
			if (a.hasRole(Role.TRAINER)) {
				addLink(TrainerLearningView.class, "shell.nav.trainer-learning");
			}
			if (a.hasRole(Role.ADMIN)) {
				addLink(AccountsAdminView.class, "shell.nav.admin-accounts");
				addLink(FeedbackAdminView.class, "shell.nav.admin-feedback");
				addLink(DevicesAdminView.class, "shell.nav.admin-devices");
				addLink(PlacesAdminView.class, "shell.nav.admin-places");
				addLink(CatalogueAdminView.class, "shell.nav.admin-topics");
				addLink(WorkingGroupsView.class, "shell.nav.admin-working-groups");
				addLink(MailOutboxView.class, "shell.nav.admin-outbox");
				addLink(AuditLogView.class, "shell.nav.admin-audit");
			}
		});
	}

	private void addLink(Class<? extends com.vaadin.flow.component.Component> target, String key) {
		RouterLink link = new RouterLink(getTranslation(key), target);
		// The links are rebuilt after each navigation, so mark the current page here, not
		// through
		// RouterLink's highlight listener (which only sees later navigations).
		String current = UI.getCurrent() == null ? ""
				: UI.getCurrent().getInternals().getActiveViewLocation().getPath();
		if (current.equals(link.getHref())) {
			link.getElement().setAttribute("aria-current", "page");
		}
		this.navList.add(new ListItem(link));
	}

}
