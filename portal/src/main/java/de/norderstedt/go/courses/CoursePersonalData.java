package de.norderstedt.go.courses;

import java.util.List;

import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.PersonalDataPart;

import org.springframework.stereotype.Component;

/**
 * The person's own course bookings. Deleting the account cancels those to come and keeps
 * every booking nameless for the course's statistics.
 */
@Component
class CoursePersonalData implements PersonalDataPart {

	private final BookingRepository bookings;

	private final BookingService service;

	CoursePersonalData(BookingRepository bookings, BookingService service) {
		this.bookings = bookings;
		this.service = service;
	}

	@Override
	public String part() {
		return "bookings";
	}

	@Override
	public List<DataEntry> of(long accountId) {
		return this.bookings.ownForExport(accountId);
	}

	@Override
	public void erase(long accountId) {
		this.service.forgetAccount(accountId);
	}

}
