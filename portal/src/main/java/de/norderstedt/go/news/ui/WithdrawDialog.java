package de.norderstedt.go.news.ui;

import de.norderstedt.go.news.Announcement;
import de.norderstedt.go.news.NewsDeskService;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.LiveRegion;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;

/**
 * Asks before an announcement is withdrawn; "keep it" has the focus. A refusal of the
 * desk is said in the dialog, which stays open.
 */
class WithdrawDialog extends Dialog {

	private final Button keep;

	/**
	 * @param withdrawn runs once the announcement is withdrawn and the dialog closed
	 */
	WithdrawDialog(NewsDeskService desk, Announcement announcement, SerializableRunnable withdrawn) {
		setHeaderTitle(getTranslation("news.withdraw.title"));
		LiveRegion alert = LiveRegion.alert();
		add(new Paragraph(getTranslation("news.withdraw.text", announcement.titleDe())), alert);
		Button yes = new Button(getTranslation("news.withdraw.confirm"), e -> {
			try {
				desk.withdraw(announcement.id());
				close();
				withdrawn.run();
			}
			catch (Refusal ex) {
				alert.show(ex.text(getLocale()));
			}
		});
		yes.addThemeName("primary");
		yes.addThemeName("error");
		this.keep = new Button(getTranslation("news.withdraw.keep"), e -> close());
		getFooter().add(this.keep, yes);
	}

	/** Opens the dialog with the focus on keeping the announcement. */
	void ask() {
		open();
		this.keep.focus();
	}

}
