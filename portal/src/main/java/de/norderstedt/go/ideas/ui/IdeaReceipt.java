package de.norderstedt.go.ideas.ui;

import de.norderstedt.go.ideas.SubmittedIdea;
import de.norderstedt.go.qr.ui.QrCodeImage;

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
		Div receipt = new Div();
		receipt.addClassName("card");
		receipt.add(new H2(texts.getTranslation("ideas.receipt.title")));
		String code = submitted.receiptCode();
		if (code == null) {
			receipt.add(new Paragraph(texts.getTranslation("ideas.receipt.account")));
			return receipt;
		}
		Span shown = new Span(grouped(code));
		shown.setId("idea-receipt-code");
		shown.addClassName("ticket-code");
		receipt.add(new Paragraph(new Span(texts.getTranslation("ideas.receipt.code") + ": "), shown));
		QrCodeImage qr = new QrCodeImage();
		qr.show(code, texts.getTranslation("ideas.receipt.qr-alt", grouped(code)));
		qr.addClassName("ticket-qr");
		RouterLink lookUp = new RouterLink(texts.getTranslation("ideas.receipt.find.title"), ReceiptView.class);
		lookUp.addClassName("button-link");
		receipt.add(qr, new Paragraph(texts.getTranslation("ideas.receipt.keep")), new Paragraph(lookUp));
		return receipt;
	}

	/** The code in two groups of five, easier to read out and type. */
	static String grouped(String code) {
		return code.length() == 10 ? code.substring(0, 5) + "-" + code.substring(5) : code;
	}

}
