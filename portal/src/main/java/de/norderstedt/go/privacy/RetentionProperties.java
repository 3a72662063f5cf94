package de.norderstedt.go.privacy;

import java.time.Duration;
import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long each kind of personal data is kept ({@code go.privacy.retention.*}): the one
 * place the deletion jobs of every feature read their period from, and the privacy notice
 * its retention table. What each period counts from is said in {@link PersonalData}.
 *
 * @param guestBookings name, phone and e-mail address given with a course booking, after
 * the end of the course date (then anonymised; the booking stays for the statistics)
 * @param feedback feedback on accessibility (message, name, contact), after it was sent
 * @param mailOutbox the copy of each e-mail sent (recipient, subject, text), after it was
 * made
 * @param notificationDeliveries the record of each push message and e-mail sent or not
 * sent, after it was finished
 * @param notifications the messages in a person's notification centre, after they were
 * made
 * @param contactNotifications messages to the e-mail address of a person without an
 * account, after they were made (then deleted with the address); old name
 * {@code go.notifications.contact-retention}
 * @param lockerReservations finished locker reservations (who borrowed what when), after
 * the end of the slot
 * @param lockerEvents what a locker terminal did (doors, codes used or refused), after it
 * happened
 * @param eventPublications events between the features that were handled, after they were
 * handled
 * @param kioskHandoffs links from a kiosk to a person's phone, after they expired
 * @param tutorialResumeCodes resume codes of tutorials, after they were made (they stop
 * working then and are deleted); old name {@code go.tutorials.resume-code-validity}
 * @param ideaContacts the e-mail address and the name staff entered for the author of an
 * idea without an account, after the idea's final state; old name
 * {@code go.ideas.contact-retention}
 * @param ideaReports residents' reports of ideas and comments and the rejected comments,
 * after a moderator decided; old name {@code go.ideas.report-retention}
 * @param progressConsents a participant's consent that the course's trainers see her
 * tutorial progress on the day of the booked date, after the end of the date (then
 * withdrawn: its purpose is over)
 * @param unconfirmedEmails e-mail addresses nobody confirmed with the link sent to them,
 * after the last link was sent
 */
@ConfigurationProperties("go.privacy.retention")
public record RetentionProperties(@DefaultValue("30d") Duration guestBookings, @DefaultValue("365d") Duration feedback,
		@DefaultValue("30d") Duration mailOutbox, @DefaultValue("90d") Duration notificationDeliveries,
		@DefaultValue("365d") Duration notifications, @DefaultValue("30d") Duration contactNotifications,
		@DefaultValue("90d") Duration lockerReservations, @DefaultValue("90d") Duration lockerEvents,
		@DefaultValue("7d") Duration eventPublications, @DefaultValue("1d") Duration kioskHandoffs,
		@DefaultValue("30d") Duration tutorialResumeCodes, @DefaultValue("30d") Duration ideaContacts,
		@DefaultValue("90d") Duration ideaReports, @DefaultValue("1d") Duration progressConsents,
		@DefaultValue("7d") Duration unconfirmedEmails) {

	public RetentionProperties {
		for (Duration period : List.of(guestBookings, feedback, mailOutbox, notificationDeliveries, notifications,
				contactNotifications, lockerReservations, lockerEvents, eventPublications, kioskHandoffs,
				tutorialResumeCodes, ideaContacts, ideaReports, progressConsents, unconfirmedEmails)) {
			if (period.isNegative() || period.isZero() || period.toSeconds() % 3600 != 0) {
				throw new IllegalArgumentException(
						"every go.privacy.retention.* period must be a positive number of whole hours, not " + period);
			}
		}
	}

	/** The period of one kind of personal data. */
	public Duration of(PersonalData kind) {
		return switch (kind) {
			case GUEST_BOOKINGS -> this.guestBookings;
			case FEEDBACK -> this.feedback;
			case MAIL_OUTBOX -> this.mailOutbox;
			case NOTIFICATION_DELIVERIES -> this.notificationDeliveries;
			case NOTIFICATIONS -> this.notifications;
			case CONTACT_NOTIFICATIONS -> this.contactNotifications;
			case LOCKER_RESERVATIONS -> this.lockerReservations;
			case LOCKER_EVENTS -> this.lockerEvents;
			case EVENT_PUBLICATIONS -> this.eventPublications;
			case KIOSK_HANDOFFS -> this.kioskHandoffs;
			case TUTORIAL_RESUME_CODES -> this.tutorialResumeCodes;
			case IDEA_CONTACTS -> this.ideaContacts;
			case IDEA_REPORTS -> this.ideaReports;
			case PROGRESS_CONSENTS -> this.progressConsents;
			case UNCONFIRMED_EMAILS -> this.unconfirmedEmails;
		};
	}

}
