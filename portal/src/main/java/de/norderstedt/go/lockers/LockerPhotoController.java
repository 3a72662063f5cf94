package de.norderstedt.go.lockers;

import java.time.Duration;

import de.norderstedt.go.web.Pictures;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Photos of lendable items, for the reservation pages and the staff screens. */
@RestController
class LockerPhotoController {

	private final LockerService lockers;

	LockerPhotoController(LockerService lockers) {
		this.lockers = lockers;
	}

	@GetMapping("/schliessfaecher/fotos/{itemId}")
	ResponseEntity<byte[]> photo(@PathVariable long itemId) {
		return this.lockers.photo(itemId)
			.map(photo -> Pictures.response(photo.data(), photo.mediaType(), Duration.ofMinutes(5)))
			.orElse(ResponseEntity.notFound().build());
	}

}
