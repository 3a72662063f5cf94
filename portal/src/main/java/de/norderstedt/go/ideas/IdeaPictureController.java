package de.norderstedt.go.ideas;

import java.time.Duration;

import de.norderstedt.go.web.Pictures;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/** Pictures of published ideas; an idea not (or no longer) public has none here. */
@RestController
class IdeaPictureController {

	private final IdeaService ideas;

	IdeaPictureController(IdeaService ideas) {
		this.ideas = ideas;
	}

	@GetMapping("/ideen/bilder/{id}")
	ResponseEntity<byte[]> picture(@PathVariable long id) {
		return this.ideas.picture(id)
			// short: a hidden idea's picture should not linger in caches
			.map(picture -> Pictures.response(picture.bytes(), picture.type(), Duration.ofMinutes(1)))
			.orElse(ResponseEntity.notFound().build());
	}

}
