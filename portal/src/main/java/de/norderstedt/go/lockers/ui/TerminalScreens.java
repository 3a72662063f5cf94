package de.norderstedt.go.lockers.ui;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

import de.norderstedt.go.kiosk.codes.CodeAction;
import de.norderstedt.go.lockers.ItemCondition;
import de.norderstedt.go.lockers.Station;
import de.norderstedt.go.lockers.TerminalOutcome;
import de.norderstedt.go.qr.ui.QrScanner;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.LiveRegion;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.HasComponents;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;

/**
 * What the locker terminal ({@link LockerTerminalView}) shows on each of its screens, and
 * the number typed on its keypad. The buttons tell the terminal through its
 * {@link Actions}.
 */
final class TerminalScreens implements Serializable {

	static final int DIGITS = 8;

	/** What the buttons of the screens do. */
	interface Actions extends Serializable {

		void show(LockerTerminalView.Screen next);

		void scanned(String code);

		/** "Öffnen" on the keypad, with the number typed. */
		void typed(String number);

		void reported(ItemCondition condition);

		/** "Fertig": the visit ends. */
		void finish();

	}

	/** The terminal: where the screens go, and their texts in the page's language. */
	private final HasComponents view;

	private final Component texts;

	private final Actions actions;

	private String digits = "";

	<V extends Component & HasComponents> TerminalScreens(V view, Actions actions) {
		this.view = view;
		this.texts = view;
		this.actions = actions;
	}

	/** Forgets the number typed. */
	void clearDigits() {
		this.digits = "";
	}

	void noTerminal() {
		add(new H1(text("kiosk.offer.lockers")));
		add(message(LiveRegion.alert(), text("lockers.terminal.refused.not-a-terminal")));
	}

	/** The camera waiting for a code; returns it, to be stopped when the screen goes. */
	QrScanner start(@Nullable Station station) {
		add(new H1(text("lockers.terminal.title")));
		if (station != null) {
			add(new Paragraph(text("lockers.terminal.station", station.name())));
		}
		add(new Paragraph(text("lockers.terminal.hold")));
		QrScanner scanner = new QrScanner(this.actions::scanned).withoutCameraSay("lockers.terminal.no-camera",
				"lockers.terminal.camera-denied");
		scanner.getElement().setAttribute("aria-label", text("lockers.terminal.camera"));
		add(scanner);
		Button type = new Button(text("lockers.terminal.type-code"),
				e -> this.actions.show(LockerTerminalView.Screen.KEYPAD));
		type.addThemeName("primary");
		add(actions(type));
		return scanner;
	}

	void keypad() {
		add(new H1(text("lockers.terminal.type-title")));
		add(new Paragraph(text("lockers.terminal.type-text")));
		LiveRegion shown = LiveRegion.status();
		shown.addClassName("locker-digits");
		shown.setId("locker-digits");
		add(shown);
		Div pad = new Div();
		pad.addClassName("locker-keypad");
		pad.getElement().setAttribute("role", "group");
		pad.getElement().setAttribute("aria-label", text("lockers.terminal.keypad"));
		List<Button> digitButtons = new ArrayList<>();
		Button delete = new Button(text("lockers.terminal.delete"));
		Button openButton = new Button(text("lockers.terminal.open"), e -> {
			String typed = this.digits;
			this.digits = "";
			this.actions.typed(typed);
		});
		openButton.addThemeName("primary");
		// each tap changes the shown digits and the buttons in place: drawing the pad
		// anew would swallow the next tap of a quick finger
		Runnable update = () -> {
			shown.setText(this.digits.isEmpty() ? "–" : LockerTexts.code(this.digits));
			shown.getElement()
				.setAttribute("aria-label", text("lockers.terminal.typed", this.digits.isEmpty()
						? text("lockers.terminal.typed-none") : String.join(" ", this.digits.split(""))));
			digitButtons.forEach(b -> b.setEnabled(this.digits.length() < DIGITS));
			delete.setEnabled(!this.digits.isEmpty());
			openButton.setEnabled(this.digits.length() == DIGITS);
		};
		for (String digit : List.of("1", "2", "3", "4", "5", "6", "7", "8", "9", "0")) {
			Button button = new Button(digit, e -> {
				if (this.digits.length() < DIGITS) {
					this.digits += digit;
				}
				update.run();
			});
			button.addClassName("locker-key");
			digitButtons.add(button);
		}
		delete.addClickListener(e -> {
			if (!this.digits.isEmpty()) {
				this.digits = this.digits.substring(0, this.digits.length() - 1);
			}
			update.run();
		});
		pad.add(digitButtons.subList(0, 9).toArray(Component[]::new));
		pad.add(delete, digitButtons.get(9), openButton);
		update.run();
		add(pad);
		add(actions(new Button(text("lockers.terminal.back-to-camera"), e -> camera())));
	}

	void open(TerminalOutcome.Opened o, Locale locale) {
		H1 number = new H1(text("lockers.terminal.compartment", o.compartment()));
		number.addClassName("locker-number");
		add(number);
		add(message(LiveRegion.status(), openText(o, locale)));
		add(new Paragraph(text("lockers.terminal.waiting")));
	}

	/** "Fach 3 ist offen. Bitte nehmen Sie den Rollator heraus …" */
	String openText(TerminalOutcome.Opened o, Locale locale) {
		String what = LockerTexts.type(o.type(), locale);
		return text(o.action() == CodeAction.PICKUP ? "lockers.terminal.open-pickup" : "lockers.terminal.open-return",
				o.compartment(), what);
	}

	void pickedUp(TerminalOutcome.@Nullable Opened o, Locale locale) {
		add(new H1(text("lockers.terminal.bye")));
		if (o != null) {
			add(message(LiveRegion.status(), bringBack(o, locale)));
		}
		add(actions(finishButton()));
	}

	/** When to bring the item back. */
	String bringBack(TerminalOutcome.Opened o, Locale locale) {
		return text("lockers.terminal.bring-back", LockerTexts.type(o.type(), locale), CityTime.time(o.end(), locale));
	}

	void condition(TerminalOutcome.@Nullable Opened o, Locale locale) {
		add(new H1(text("lockers.terminal.condition-title")));
		if (o != null) {
			add(new Paragraph(text("lockers.terminal.condition-text", LockerTexts.type(o.type(), locale))));
		}
		Div choices = new Div();
		choices.addClassName("locker-conditions");
		choices.add(conditionButton(ItemCondition.OK, "images/lockers/ok.svg", locale),
				conditionButton(ItemCondition.DAMAGED, "images/lockers/damaged.svg", locale),
				conditionButton(ItemCondition.DIRTY, "images/lockers/dirty.svg", locale));
		add(choices);
	}

	private Button conditionButton(ItemCondition condition, String pictogram, Locale locale) {
		// the text under the pictogram names the button
		Image picture = new Image(pictogram, "");
		picture.addClassName("locker-pictogram");
		Button button = new Button(new Span(picture, new Span(LockerTexts.condition(condition, locale))));
		button.addClassName("locker-condition");
		button.addClickListener(e -> this.actions.reported(condition));
		return button;
	}

	void thanks() {
		add(new H1(text("lockers.terminal.thanks")));
		add(message(LiveRegion.status(), text("lockers.terminal.thanks-text")));
		add(actions(finishButton()));
	}

	void refused(TerminalOutcome.@Nullable Refused r, Locale locale) {
		add(new H1(text("lockers.terminal.refused-title")));
		LiveRegion why = message(LiveRegion.alert(),
				r == null ? "" : LockerTexts.message(r.messageKey(), r.arguments(), locale));
		why.addClassName("locker-refused");
		add(why);
		Button again = new Button(text("lockers.terminal.again"), e -> camera());
		again.addThemeName("primary");
		add(actions(again, finishButton()));
	}

	/** Back to the camera, with nothing typed. */
	private void camera() {
		this.digits = "";
		this.actions.show(LockerTerminalView.Screen.START);
	}

	private Button finishButton() {
		return new Button(text("lockers.terminal.done"), e -> this.actions.finish());
	}

	private static LiveRegion message(LiveRegion region, String text) {
		region.addClassName("locker-message");
		region.show(text);
		return region;
	}

	private static Div actions(Component... buttons) {
		Div actions = new Div(buttons);
		actions.addClassName("kiosk-actions");
		return actions;
	}

	private void add(Component component) {
		this.view.add(component);
	}

	private String text(String key, Object... parameters) {
		return this.texts.getTranslation(key, parameters);
	}

}
