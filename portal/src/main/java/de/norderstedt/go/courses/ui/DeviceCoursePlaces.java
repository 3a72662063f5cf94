package de.norderstedt.go.courses.ui;

import java.util.List;

import de.norderstedt.go.courses.PlaceService;
import de.norderstedt.go.devices.CoursePlaces;

import org.springframework.stereotype.Component;

/** The course places as the devices feature knows them: to say where a kiosk stands. */
@Component
class DeviceCoursePlaces implements CoursePlaces {

	private final PlaceService places;

	DeviceCoursePlaces(PlaceService places) {
		this.places = places;
	}

	@Override
	public List<Choice> all() {
		return this.places.places().stream().map(place -> new Choice(place.id(), place.name())).toList();
	}

}
