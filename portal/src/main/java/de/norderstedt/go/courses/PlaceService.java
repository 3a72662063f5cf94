package de.norderstedt.go.courses;

import java.util.List;
import java.util.Optional;

import de.norderstedt.go.web.Input;
import de.norderstedt.go.web.Refusal;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.prepost.PreAuthorize;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The places where courses happen, with what people need to know to get in and take part.
 * Everyone may read them; admins keep them.
 */
@Service
public class PlaceService {

	private final CourseRepository courses;

	PlaceService(CourseRepository courses) {
		this.courses = courses;
	}

	/** All places, by name. */
	@Transactional(readOnly = true)
	public List<Place> places() {
		return this.courses.places();
	}

	@Transactional(readOnly = true)
	public Optional<Place> place(long id) {
		return this.courses.place(id);
	}

	/**
	 * @throws Refusal at the field ({@code name}, {@code address}, {@code seats})
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public long createPlace(NewPlace place) {
		NewPlace valid = validPlace(place, null);
		return this.courses.insertPlace(valid);
	}

	/**
	 * @throws Refusal at the field ({@code name}, {@code address}, {@code seats})
	 */
	@Transactional
	@PreAuthorize("hasRole('ADMIN')")
	public void updatePlace(long id, NewPlace place) {
		NewPlace valid = validPlace(place, id);
		if (!this.courses.updatePlace(id, valid)) {
			throw new Refusal("courses.error.place");
		}
	}

	private NewPlace validPlace(NewPlace place, @Nullable Long id) {
		String name = Input.required("name", place.name(), 200, "courses.error.place-name");
		String address = Input.required("address", place.address(), 300, "courses.error.place-address");
		if (place.seats() < 1 || place.seats() > 1000) {
			throw Refusal.at("seats", "courses.error.seats");
		}
		if (this.courses.placeNameTaken(name, id)) {
			throw Refusal.at("name", "courses.error.place-taken");
		}
		return new NewPlace(name, address, place.stepFree(), place.hearingLoop(), place.accessibleToilet(),
				place.seats());
	}

}
