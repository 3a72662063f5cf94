package de.norderstedt.go.lockers;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

import de.norderstedt.go.accounts.DataEntry;
import de.norderstedt.go.accounts.PersonalDataPart;
import org.springframework.stereotype.Component;

/**
 * The stations a locker staff account is assigned to: who may open a station's board is
 * about that person, so it is in their export (the names of the stations).
 */
@Component
class StationStaffPersonalData implements PersonalDataPart {

	private final StationRepository stations;

	StationStaffPersonalData(StationRepository stations) {
		this.stations = stations;
	}

	@Override
	public String part() {
		return "locker-stations";
	}

	@Override
	public List<DataEntry> of(long accountId) {
		return this.stations.stationsOfStaff(accountId)
			.stream()
			.map(this.stations::findById)
			.flatMap(Optional::stream)
			.sorted(Comparator.comparing(Station::name))
			.map(station -> DataEntry.of("station", station.name(), "place", station.place()))
			.toList();
	}

	@Override
	public void erase(long accountId) {
		// nothing before: the assignments go with the account row (foreign key, on delete
		// cascade)
	}

}
