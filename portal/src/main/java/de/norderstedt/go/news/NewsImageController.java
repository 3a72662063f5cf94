package de.norderstedt.go.news;

import java.time.Duration;

import de.norderstedt.go.web.Pictures;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * Pictures of published announcements. A withdrawn or planned one has none here (editors
 * preview theirs from the form).
 */
@RestController
class NewsImageController {

	private final NewsService news;

	NewsImageController(NewsService news) {
		this.news = news;
	}

	@GetMapping("/neuigkeiten/bilder/{id}")
	ResponseEntity<byte[]> image(@PathVariable long id) {
		return this.news.image(id)
			// short: a withdrawn announcement's picture should not linger in caches
			.map(image -> Pictures.response(image.data(), image.mediaType(), Duration.ofMinutes(1)))
			.orElse(ResponseEntity.notFound().build());
	}

}
