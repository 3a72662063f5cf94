package de.norderstedt.go.ideas.ui;

import java.util.Arrays;
import java.util.stream.Collectors;

import de.norderstedt.go.ideas.SubmittedIdea;
import de.norderstedt.go.qr.ui.QrCodeImage;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;

/**
 * What a person keeps after submitting an idea: without an account, the receipt code (in
 * groups of five, and as a QR code) to see later what became of it; with an account,
 * where the news of it will come.
 */
final class IdeaReceipt {

	private IdeaReceipt() {
	}

	static Div of(Component texts, SubmittedIdea submitted) {
		Div receipt = card(texts, submitted, texts.getTranslation("ideas.receipt.title"));
		if (submitted.receiptCode() != null) {
			RouterLink lookUp = new RouterLink(texts.getTranslation("ideas.receipt.find.title"), ReceiptView.class);
			lookUp.addClassName("button-link");
			receipt.add(new Paragraph(lookUp));
		}
		return receipt;
	}

	/**
	 * The receipt at a public touchscreen: no link away from the kiosk; its code is read
	 * aloud letter by letter.
	 */
	static Div atKiosk(Component texts, SubmittedIdea submitted, String title) {
		// printed alone, it says which idea it belongs to
		Div receipt = card(texts, submitted, texts.getTranslation("kiosk.ideas.receipt", title));
		receipt.addClassName("kiosk-ticket");
		return receipt;
	}

	private static Div card(Component texts, SubmittedIdea submitted, String heading) {
		Div receipt = new Div();
		receipt.addClassName("card");
		receipt.add(new H2(heading));
		String code = submitted.receiptCode();
		if (code == null) {
			receipt.add(new Paragraph(texts.getTranslation("ideas.receipt.account")));
			return receipt;
		}
		Span shown = new Span(grouped(code));
		shown.setId("idea-receipt-code");
		shown.addClassName("ticket-code");
		// read out letter by letter, not as a word
		shown.getElement().setAttribute("data-read", spelled(code));
		receipt.add(new Paragraph(new Span(texts.getTranslation("ideas.receipt.code") + ": "), shown));
		QrCodeImage qr = new QrCodeImage();
		qr.show(code, texts.getTranslation("ideas.receipt.qr-alt", grouped(code)));
		qr.addClassName("ticket-qr");
		receipt.add(qr, new Paragraph(texts.getTranslation("ideas.receipt.keep")));
		return receipt;
	}

	/** "K 7 M X Q, 3 P Q A 2": a code said letter by letter, in its two groups. */
	static String spelled(@Nullable String code) {
		if (code == null) {
			return "";
		}
		return Arrays.stream(grouped(code).split("-"))
			.map(group -> group.chars().mapToObj(Character::toString).collect(Collectors.joining(" ")))
			.collect(Collectors.joining(", "));
	}

	/** The code in two groups of five, easier to read out and type. */
	static String grouped(String code) {
		return code.length() == 10 ? code.substring(0, 5) + "-" + code.substring(5) : code;
	}

}
