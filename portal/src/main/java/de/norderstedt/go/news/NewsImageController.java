package de.norderstedt.go.news;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
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
			.map(image -> ResponseEntity.ok()
				.contentType(MediaType.parseMediaType(image.mediaType()))
				// short: a withdrawn announcement's picture should not linger in caches
				.cacheControl(CacheControl.maxAge(Duration.ofMinutes(1)))
				.header("X-Content-Type-Options", "nosniff")
				.body(image.data()))
			.orElse(ResponseEntity.notFound().build());
	}

}
