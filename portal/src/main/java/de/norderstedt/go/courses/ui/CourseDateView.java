package de.norderstedt.go.courses.ui;

import java.io.ByteArrayInputStream;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;

import de.norderstedt.go.accessibility.ui.Titles;
import de.norderstedt.go.courses.Booking;
import de.norderstedt.go.courses.CourseDate;
import de.norderstedt.go.courses.CourseService;
import de.norderstedt.go.courses.ParticipantService;
import de.norderstedt.go.web.CityTime;
import de.norderstedt.go.web.ui.EntryControls;
import org.jspecify.annotations.Nullable;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.details.Details;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.AttachmentType;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.OrderedList;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.i18n.LocaleChangeEvent;
import com.vaadin.flow.i18n.LocaleChangeObserver;
import com.vaadin.flow.router.AccessDeniedException;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.router.RouterLink;
import com.vaadin.flow.server.auth.AccessDeniedErrorRouter;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import jakarta.annotation.security.RolesAllowed;

/**
 * One date for its trainers: who comes, checking people in by name, by ticket code or
 * with the camera, who did not come, the waiting list, notes, a message to everyone, and
 * the list to print.
 */
@Route("trainer/termin/:dateId([0-9]{1,18})")
@RolesAllowed({ "TRAINER", "ADMIN" })
@AccessDeniedErrorRouter
class CourseDateView extends Div implements HasDynamicTitle, LocaleChangeObserver, BeforeEnterObserver {

	static final String DATE_ID = "dateId";

	private final CourseService courses;

	private final ParticipantService participants;

	private final RouterLink back = new RouterLink();

	private final H1 heading = new H1();

	private final Paragraph when = new Paragraph();

	private final Paragraph place = new Paragraph();

	private final Paragraph counts = new Paragraph();

	private final Paragraph cancelled = new Paragraph();

	private final CheckInSection checkIn;

	private final H2 confirmedHeading = new H2();

	private final UnorderedList confirmedList = new UnorderedList();

	private final Paragraph confirmedNone = new Paragraph();

	private final H2 waitingHeading = new H2();

	private final Paragraph waitingNone = new Paragraph();

	private final OrderedList waitingList = new OrderedList();

	private final Details cancelledDetails = new Details();

	private final UnorderedList cancelledList = new UnorderedList();

	private final DateWritingSections.Note note;

	private final DateWritingSections.Message message;

	private final H2 listHeading = new H2();

	private final Anchor pdf = new Anchor();

	private final Anchor csv = new Anchor();

	private @Nullable CourseDate date;

	private List<Booking> bookings = List.of();

	CourseDateView(CourseService courses, ParticipantService participants) {
		this.courses = courses;
		this.participants = participants;
		addClassName("page");
		addClassName("trainer-page");
		this.back.setRoute(TrainerView.class);
		this.back.addClassName("action-link");
		this.when.addClassName("lead");
		this.counts.addClassName("lead");
		this.cancelled.addClassName("warning");
		this.checkIn = new CheckInSection(participants, () -> date().id(), this::refresh);
		this.note = new DateWritingSections.Note(participants, () -> date().id());
		this.message = new DateWritingSections.Message(participants, () -> date().id());
		this.confirmedList.addClassName("participant-list");
		this.waitingList.addClassName("waiting-list");
		this.cancelledDetails.add(this.cancelledList);
		this.cancelledDetails.addClassName("cancelled-bookings");
		this.pdf.addClassName("action-link");
		this.csv.addClassName("action-link");
		UnorderedList downloads = new UnorderedList(new ListItem(this.pdf), new ListItem(this.csv));
		downloads.addClassName("download-list");
		add(this.back, this.heading, this.when, this.place, this.cancelled, this.counts, this.checkIn,
				new Section(this.confirmedHeading, this.confirmedNone, this.confirmedList),
				new Section(this.waitingHeading, this.waitingNone, this.waitingList, this.cancelledDetails), this.note,
				this.message, new Section(this.listHeading, downloads));
	}

	@Override
	public void beforeEnter(BeforeEnterEvent event) {
		long id = event.getRouteParameters().getLong(DATE_ID).orElse(-1L);
		CourseDate found = this.courses.date(id).orElse(null);
		if (found == null) {
			event.rerouteToError(NotFoundException.class);
			return;
		}
		if (!this.courses.canManage(found.courseId())) {
			event.rerouteToError(AccessDeniedException.class);
			return;
		}
		this.date = found;
		this.note.show(found.note());
		this.pdf.setHref(download("pdf", "application/pdf", () -> this.participants.participantsPdf(id, getLocale())),
				AttachmentType.DOWNLOAD);
		this.csv.setHref(
				download("csv", "text/csv;charset=UTF-8", () -> this.participants.participantsCsv(id, getLocale())),
				AttachmentType.DOWNLOAD);
	}

	private CourseDate date() {
		if (this.date == null) {
			throw new IllegalStateException("no date");
		}
		return this.date;
	}

	/** The list as a file named after the day, e.g. teilnehmende-2026-12-03.pdf. */
	private DownloadHandler download(String extension, String type, Supplier<byte[]> content) {
		return DownloadHandler.fromInputStream(event -> {
			byte[] bytes = content.get();
			LocalDate day = CityTime.date(date().startsAt());
			String name = getTranslation("trainer.list.file", day.toString()) + "." + extension;
			return new DownloadResponse(new ByteArrayInputStream(bytes), name, type, bytes.length);
		});
	}

	// ---- showing

	private void refresh() {
		this.date = this.courses.date(date().id()).orElseThrow();
		this.bookings = this.participants.bookings(date().id());
		show();
	}

	private void show() {
		CourseDate current = date();
		Locale locale = getLocale();
		this.heading.setText(current.title());
		this.when.setText(CourseTexts.when(current, locale));
		this.place.setText(getTranslation("trainer.date.place", current.placeName()));
		long checkedIn = this.bookings.stream().filter(Booking::isCheckedIn).count();
		this.counts.setText(TrainerTexts.counts(current, this) + " · "
				+ getTranslation("trainer.date.checked-in-count", checkedIn));
		this.cancelled.setVisible(current.isCancelled());
		if (current.isCancelled()) {
			this.cancelled.setText(current.cancelReason() == null ? getTranslation("trainer.date.cancelled")
					: getTranslation("trainer.date.cancelled.reason", current.cancelReason()));
		}
		this.confirmedList.removeAll();
		this.waitingList.removeAll();
		this.cancelledList.removeAll();
		int cancelledCount = 0;
		for (Booking booking : this.bookings) {
			switch (booking.status()) {
				case CONFIRMED -> this.confirmedList.add(participant(booking, locale));
				case WAITING -> this.waitingList.add(new ListItem(
						getTranslation("trainer.waiting.item", booking.name(), booking.waitingPosition())));
				case CANCELLED -> {
					cancelledCount++;
					this.cancelledList.add(new ListItem(booking.name()));
				}
			}
		}
		this.confirmedNone.setText(getTranslation("trainer.participants.none"));
		this.confirmedNone.setVisible(this.confirmedList.getComponentCount() == 0);
		this.confirmedList.setVisible(this.confirmedList.getComponentCount() > 0);
		this.waitingNone.setText(getTranslation("trainer.waiting.none"));
		this.waitingNone.setVisible(this.waitingList.getComponentCount() == 0);
		this.waitingList.setVisible(this.waitingList.getComponentCount() > 0);
		this.cancelledDetails.setSummaryText(getTranslation("trainer.cancelled-bookings", cancelledCount));
		this.cancelledDetails.setVisible(cancelledCount > 0);
	}

	private ListItem participant(Booking booking, Locale locale) {
		ListItem item = new ListItem();
		item.addClassName("card");
		item.addClassName("participant");
		H3 name = new H3(booking.name());
		Paragraph state = new Paragraph();
		state.addClassName("attendance");
		Div actions = new Div();
		actions.addClassName("actions");
		if (booking.checkedInAt() != null) {
			item.addClassName("checked-in");
			state
				.setText(getTranslation("trainer.attendance.checked-in", CityTime.time(booking.checkedInAt(), locale)));
		}
		else if (booking.noShow()) {
			item.addClassName("no-show");
			state.setText(getTranslation("trainer.attendance.no-show"));
		}
		else {
			state.setText(getTranslation("trainer.attendance.open"));
		}
		if (booking.checkedInAt() == null) {
			Button checkIn = new Button(getTranslation("trainer.check-in.button"));
			checkIn.addClassName("check-in-button");
			checkIn.addThemeName("primary");
			checkIn.getElement()
				.setAttribute("aria-label", getTranslation("trainer.check-in.button.label", booking.name()));
			checkIn.addClickListener(e -> this.checkIn.checkIn(() -> this.participants.checkInBooking(booking.id())));
			actions.add(checkIn);
		}
		if (!booking.noShow()) {
			Button noShow = EntryControls.button(getTranslation("trainer.attendance.mark-no-show"),
					getTranslation("trainer.attendance.mark-no-show.label", booking.name()),
					e -> this.checkIn.attendance(() -> {
						this.participants.markNoShow(booking.id());
						this.checkIn.showResult(
								() -> getTranslation("trainer.attendance.marked-no-show", booking.name()), true);
					}));
			actions.add(noShow);
		}
		if (booking.checkedInAt() != null || booking.noShow()) {
			Button reset = EntryControls.button(getTranslation("trainer.attendance.reset"),
					getTranslation("trainer.attendance.reset.label", booking.name()),
					e -> this.checkIn.attendance(() -> {
						this.participants.resetAttendance(booking.id());
						this.checkIn.showResult(() -> getTranslation("trainer.attendance.was-reset", booking.name()),
								true);
					}));
			actions.add(reset);
		}
		item.add(name, state);
		String contact = contact(booking);
		if (!contact.isEmpty()) {
			item.add(new Paragraph(contact));
		}
		item.add(actions);
		return item;
	}

	private String contact(Booking booking) {
		if (booking.phone() != null && booking.email() != null) {
			return getTranslation("trainer.contact.both", booking.phone(), booking.email());
		}
		if (booking.phone() != null) {
			return getTranslation("trainer.contact.phone", booking.phone());
		}
		if (booking.email() != null) {
			return getTranslation("trainer.contact.email", booking.email());
		}
		return "";
	}

	@Override
	public String getPageTitle() {
		return Titles.of(this, "trainer.date.title");
	}

	@Override
	public void localeChange(LocaleChangeEvent event) {
		this.back.setText(getTranslation("trainer.back"));
		this.checkIn.texts();
		this.confirmedHeading.setText(getTranslation("trainer.participants.title"));
		this.waitingHeading.setText(getTranslation("trainer.waiting.title"));
		this.note.texts();
		this.message.texts();
		this.listHeading.setText(getTranslation("trainer.list.title"));
		this.pdf.setText(getTranslation("trainer.list.pdf"));
		this.csv.setText(getTranslation("trainer.list.csv"));
		if (this.date != null) {
			refresh();
		}
		Titles.update(this);
	}

}
