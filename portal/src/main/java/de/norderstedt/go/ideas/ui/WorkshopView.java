package de.norderstedt.go.ideas.ui;

import de.norderstedt.go.web.ui.ServerPush;

import java.util.List;
import java.util.Locale;
import java.util.Optional;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.ideas.CapturedIdea;
import de.norderstedt.go.ideas.IdeaChannel;
import de.norderstedt.go.ideas.IdeaGroup;
import de.norderstedt.go.ideas.IdeaService;
import de.norderstedt.go.ideas.ImportReport;
import de.norderstedt.go.ideas.SubmittedIdea;
import de.norderstedt.go.ideas.Workshop;
import de.norderstedt.go.ideas.WorkshopAuditEntry;
import de.norderstedt.go.ideas.WorkshopIdea;
import de.norderstedt.go.ideas.WorkshopService;
import de.norderstedt.go.news.District;
import de.norderstedt.go.news.NewsService;
import de.norderstedt.go.news.Topic;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.Refusal;
import de.norderstedt.go.web.ui.FormRefusals;
import de.norderstedt.go.web.ui.LiveRegion;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.component.upload.UploadI18N;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;

/**
 * One workshop: how its ideas came (said in the workshop or written on paper), the form
 * for the next idea (it stays on the page for fast entry), a CSV file of many ideas with
 * its validation report by row and field, the ideas entered so far and the audit trail.
 */
@Route("ideen/werkstaetten/:id")
@RolesAllowed({ "MODERATOR", "ADMIN" })
public class WorkshopView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	private final WorkshopService workshops;

	private final H1 heading = new H1();

	private final Paragraph facts = new Paragraph();

	private final Paragraph notes = new Paragraph();

	private final RadioButtonGroup<IdeaChannel> channel = new RadioButtonGroup<>();

	private final H2 formHeading = new H2();

	private final Paragraph formLead = new Paragraph();

	private final TextField person = new TextField();

	private final Checkbox nameShown = new Checkbox();

	private final TextField title = new TextField();

	private final TextArea problem = new TextArea();

	private final TextArea proposal = new TextArea();

	private final TextArea beneficiaries = new TextArea();

	private final Select<Optional<District>> district = new Select<>();

	private final Select<Optional<IdeaGroup>> group = new Select<>();

	private final Select<Optional<Topic>> topic = new Select<>();

	private final LiveRegion alert = LiveRegion.alert();

	private final LiveRegion status = LiveRegion.status();

	private final Button save = new Button();

	private final FormRefusals refusals = new FormRefusals(this.alert).field("channel", this.channel)
		.field("person", this.person)
		.field("title", this.title)
		.field("problem", this.problem)
		.field("proposal", this.proposal)
		.field("beneficiaries", this.beneficiaries)
		.field("district", this.district)
		.field("group", this.group)
		.field("topic", this.topic)
		.field("name", this.person);

	private final H2 fileHeading = new H2();

	private final Paragraph fileLead = new Paragraph();

	private final Paragraph uploadLabel = new Paragraph();

	private final Upload upload = new Upload();

	private final LiveRegion fileAlert = LiveRegion.alert();

	private final LiveRegion fileStatus = LiveRegion.status();

	private final Div report = new Div();

	private final H2 ideasHeading = new H2();

	private final Div ideas = new Div();

	private final H2 trailHeading = new H2();

	private final Div trail = new Div();

	private @Nullable Workshop workshop;

	public WorkshopView(WorkshopService workshops, IdeaService ideas, NewsService news) {
		this.workshops = workshops;
		addClassName("page");
		addClassName("workshop-page");
		this.facts.addClassName("lead");
		this.channel.setItems(IdeaChannel.WORKSHOP, IdeaChannel.PAPER);
		this.channel.setValue(IdeaChannel.WORKSHOP);
		this.person.setWidthFull();
		this.title.setWidthFull();
		for (TextArea area : List.of(this.problem, this.proposal, this.beneficiaries)) {
			area.setWidthFull();
			area.setMinRows(2);
		}
		Choices.offer(this.district, news.districts());
		Choices.offer(this.group, ideas.groups());
		Choices.offer(this.topic, news.topics());
		this.save.addThemeName("primary");
		this.save.addClickListener(e -> save());
		Div form = new Div(this.person, this.nameShown, this.title, this.problem, this.proposal, this.beneficiaries,
				this.district, this.group, this.topic, this.alert, this.save, this.status);
		form.addClassName("idea-form");
		this.uploadLabel.setId("workshop-csv-label");
		this.upload.getElement().setAttribute("aria-labelledby", "workshop-csv-label");
		this.upload.setMaxFiles(1);
		this.upload.setMaxFileSize(WorkshopService.MAX_FILE_BYTES);
		this.upload.setAcceptedFileTypes(".csv", "text/csv");
		this.upload.setUploadHandler(UploadHandler.inMemory((metadata, bytes) -> {
			// the handler runs on the upload's request: the import runs on the page's
			// thread, as the person's own
			UI ui = this.upload.getUI().orElse(null);
			if (ui != null) {
				ui.access(() -> importFile(bytes));
			}
		}));
		this.upload.addFileRejectedListener(e -> this.fileAlert.show(e.getErrorMessage()));
		// the upload's request hands the file to the page: push brings the answer
		this.upload.addAttachListener(e -> ServerPush.enable(e.getUI()));
		this.report.addClassName("workshop-report");
		add(this.heading, this.facts, this.notes, this.channel, new Section(this.formHeading, this.formLead, form),
				new Section(this.fileHeading, this.fileLead, this.uploadLabel, this.upload, this.fileAlert,
						this.fileStatus, this.report),
				new Section(this.ideasHeading, this.ideas), new Section(this.trailHeading, this.trail));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		this.workshop = event.getRouteParameters()
			.getLong("id")
			.flatMap(this.workshops::workshop)
			.orElseThrow(NotFoundException::new);
	}

	private Workshop shown() {
		return java.util.Objects.requireNonNull(this.workshop);
	}

	private void save() {
		this.status.clear();
		CapturedIdea idea = new CapturedIdea(this.title.getValue(), this.problem.getValue(), this.proposal.getValue(),
				this.beneficiaries.getValue(), this.district.getValue().map(District::id).orElse(null),
				this.group.getValue().map(IdeaGroup::id).orElse(null),
				this.topic.getValue().map(Topic::id).orElse(null), this.person.getValue(), this.nameShown.getValue(),
				this.channel.getValue() == null ? IdeaChannel.WORKSHOP : this.channel.getValue());
		SubmittedIdea[] saved = new SubmittedIdea[1];
		if (!this.refusals.attempt(() -> saved[0] = this.workshops.capture(shown().id(), idea))) {
			return;
		}
		String code = saved[0].receiptCode();
		this.status.show(getTranslation("ideas.workshop.saved", this.person.getValue().strip(),
				code == null ? "" : IdeaReceipt.grouped(code)));
		for (TextField field : List.of(this.person, this.title)) {
			field.clear();
		}
		for (TextArea area : List.of(this.problem, this.proposal, this.beneficiaries)) {
			area.clear();
		}
		this.nameShown.setValue(false);
		this.district.setValue(Optional.empty());
		this.group.setValue(Optional.empty());
		this.topic.setValue(Optional.empty());
		this.person.focus();
		showIdeasAndTrail(getLocale());
	}

	private void importFile(byte[] file) {
		this.status.clear();
		this.fileAlert.clear();
		this.fileStatus.clear();
		this.report.removeAll();
		this.upload.clearFileList();
		IdeaChannel how = this.channel.getValue() == null ? IdeaChannel.WORKSHOP : this.channel.getValue();
		ImportReport result;
		try {
			result = this.workshops.importCsv(shown().id(), file, how);
		}
		catch (Refusal refusal) {
			this.fileAlert.show(getTranslation(refusal.messageKey(), refusal.arguments()));
			return;
		}
		if (result.isImported()) {
			this.fileStatus.show(getTranslation("ideas.workshop.csv.imported", result.imported()));
			showIdeasAndTrail(getLocale());
			return;
		}
		this.fileAlert.show(getTranslation("ideas.workshop.csv.refused", result.problems().size()));
		showReport(result.problems());
	}

	/** Every problem of the file as a table: row, field, message. */
	private void showReport(List<ImportReport.Problem> problems) {
		H2 caption = new H2(getTranslation("ideas.workshop.csv.report"));
		caption.setId("workshop-report-heading");
		this.report.add(caption);
		NativeTableBody body = table(this.report, "workshop-report-heading", "ideas.workshop.csv.report.row",
				"ideas.workshop.csv.report.field", "ideas.workshop.csv.report.message");
		for (ImportReport.Problem problem : problems) {
			row(body, String.valueOf(problem.row()), getTranslation(fieldKey(problem.field())),
					problem.text(getLocale()));
		}
	}

	/** The name of a field of the form (the column of the file). */
	private static String fieldKey(String field) {
		return switch (field) {
			case "title" -> "ideas.workshop.field.title";
			case "problem" -> "ideas.workshop.field.problem";
			case "proposal" -> "ideas.workshop.field.proposal";
			case "beneficiaries" -> "ideas.workshop.field.beneficiaries";
			case "district" -> "ideas.workshop.field.district";
			case "group" -> "ideas.workshop.field.group";
			case "topic" -> "ideas.workshop.field.topic";
			case "person", "name" -> "ideas.workshop.field.person";
			case "nameShown" -> "ideas.workshop.field.name-shown";
			case "header" -> "ideas.workshop.csv.report.header";
			default -> "ideas.workshop.csv.report.whole-row";
		};
	}

	/**
	 * A table with a column header for each key, named by the heading with the id, added
	 * to the container in a box that scrolls sideways when it must.
	 * @return the table's body, for the rows
	 */
	private NativeTableBody table(Div container, String headingId, String... headerKeys) {
		NativeTable table = new NativeTable();
		table.addClassName("data-table");
		table.getElement().setAttribute("aria-labelledby", headingId);
		NativeTableRow head = table.getHead().addRow();
		for (String key : headerKeys) {
			NativeTableHeaderCell cell = new NativeTableHeaderCell(getTranslation(key));
			cell.getElement().setAttribute("scope", "col");
			head.add(cell);
		}
		Div wrapper = new Div(table);
		wrapper.addClassName("table-scroll");
		// a table wider than a narrow window scrolls here: by keyboard too, and named
		wrapper.getElement().setAttribute("tabindex", "0");
		wrapper.getElement().setAttribute("role", "region");
		wrapper.getElement().setAttribute("aria-labelledby", headingId);
		container.add(wrapper);
		return table.addBody();
	}

	/** A row of cells with these texts (shown as text, never as markup). */
	private static void row(NativeTableBody body, String... texts) {
		NativeTableRow row = body.addRow();
		for (String text : texts) {
			row.add(new NativeTableCell(text));
		}
	}

	private void showIdeasAndTrail(Locale locale) {
		Workshop current = this.workshops.workshop(shown().id()).orElse(shown());
		this.workshop = current;
		this.ideas.removeAll();
		List<WorkshopIdea> entered = this.workshops.ideas(current.id());
		this.ideas.add(new Paragraph(getTranslation("ideas.workshop.ideas.count", entered.size())));
		if (!entered.isEmpty()) {
			NativeTableBody body = table(this.ideas, "workshop-ideas-heading", "ideas.workshop.ideas.idea",
					"ideas.workshop.ideas.person", "ideas.workshop.ideas.channel", "ideas.workshop.ideas.code",
					"ideas.workshop.ideas.state");
			for (WorkshopIdea idea : entered) {
				String name = idea.personName();
				String code = idea.receiptCode();
				row(body, idea.title(), name == null ? getTranslation("ideas.workshop.ideas.name-deleted") : name,
						getTranslation(idea.channel().messageKey()), code == null ? "–" : IdeaReceipt.grouped(code),
						getTranslation(idea.state().messageKey()));
			}
		}
		this.trail.removeAll();
		NativeTableBody body = table(this.trail, "workshop-trail-heading", "ideas.workshop.trail.when",
				"ideas.workshop.trail.who", "ideas.workshop.trail.what");
		for (WorkshopAuditEntry entry : this.workshops.trail(current.id())) {
			String who = entry.actorName();
			row(body, CityTime.medium(entry.at(), locale),
					who == null ? getTranslation("ideas.workshop.trail.deleted") : who, what(entry));
		}
	}

	private String what(WorkshopAuditEntry entry) {
		return switch (entry.action()) {
			case CREATED -> getTranslation("ideas.workshop.trail.created");
			case IDEA_CAPTURED -> {
				String title = entry.ideaTitle();
				yield title == null ? getTranslation("ideas.workshop.trail.captured-deleted")
						: getTranslation("ideas.workshop.trail.captured", title);
			}
			case CSV_IMPORTED ->
				getTranslation("ideas.workshop.trail.imported", entry.ideaCount() == null ? 0 : entry.ideaCount());
		};
	}

	@Override
	public String getPageTitle() {
		Workshop current = this.workshop;
		return current == null ? Titles.of(this, "ideas.workshops.title") : current.title() + " – Norderstedt GO!";
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		Locale locale = event.getLocale();
		Workshop current = shown();
		this.heading.setText(current.title());
		this.facts
			.setText(getTranslation("ideas.workshop.facts", CityTime.day(current.heldOn(), locale), current.place()));
		String note = current.notes();
		this.notes.setText(note == null ? "" : note);
		this.notes.setVisible(note != null);
		this.channel.setLabel(getTranslation("ideas.workshop.channel"));
		this.channel.setItemLabelGenerator(c -> getTranslation(
				c == IdeaChannel.PAPER ? "ideas.workshop.channel.paper" : "ideas.workshop.channel.workshop"));
		this.formHeading.setText(getTranslation("ideas.workshop.form"));
		this.formLead.setText(getTranslation("ideas.workshop.form.lead"));
		this.person.setLabel(getTranslation("ideas.workshop.field.person"));
		this.person.setHelperText(getTranslation("ideas.workshop.field.person.help"));
		this.nameShown.setLabel(getTranslation("ideas.workshop.field.name-shown.label"));
		this.title.setLabel(getTranslation("ideas.workshop.field.title"));
		this.problem.setLabel(getTranslation("ideas.workshop.field.problem"));
		this.proposal.setLabel(getTranslation("ideas.workshop.field.proposal"));
		this.beneficiaries.setLabel(getTranslation("ideas.workshop.field.beneficiaries"));
		this.district.setLabel(getTranslation("ideas.workshop.field.district"));
		Choices.label(this.district, x -> x.name(locale), getTranslation("ideas.field.district.none"));
		this.group.setLabel(getTranslation("ideas.workshop.field.group"));
		Choices.label(this.group, x -> x.name(locale), getTranslation("ideas.field.group.none"));
		this.topic.setLabel(getTranslation("ideas.workshop.field.topic"));
		Choices.label(this.topic, x -> x.name(locale), getTranslation("ideas.field.topic.none"));
		this.save.setText(getTranslation("ideas.workshop.save"));
		this.fileHeading.setText(getTranslation("ideas.workshop.csv"));
		this.fileLead.setText(getTranslation("ideas.workshop.csv.lead", WorkshopService.MAX_ROWS,
				WorkshopService.MAX_FILE_BYTES / (1024 * 1024)));
		this.uploadLabel.setText(getTranslation("ideas.workshop.csv.label"));
		String tooLarge = getTranslation("ideas.workshop.csv.too-large-short",
				WorkshopService.MAX_FILE_BYTES / (1024 * 1024));
		this.upload.setI18n(new UploadI18N()
			.setAddFiles(new UploadI18N.AddFiles().setOne(getTranslation("ideas.workshop.csv.add"))
				.setMany(getTranslation("ideas.workshop.csv.add")))
			.setDropFiles(new UploadI18N.DropFiles().setOne(getTranslation("ideas.workshop.csv.drop"))
				.setMany(getTranslation("ideas.workshop.csv.drop")))
			.setError(new UploadI18N.Error().setFileIsTooBig(tooLarge)
				.setIncorrectFileType(getTranslation("ideas.workshop.csv.wrong-type"))
				.setTooManyFiles(getTranslation("ideas.workshop.csv.one"))));
		this.ideasHeading.setText(getTranslation("ideas.workshop.ideas"));
		this.ideasHeading.setId("workshop-ideas-heading");
		this.trailHeading.setText(getTranslation("ideas.workshop.trail"));
		this.trailHeading.setId("workshop-trail-heading");
		showIdeasAndTrail(locale);
		Titles.update(this);
	}

}
