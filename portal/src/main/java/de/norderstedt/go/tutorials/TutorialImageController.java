package de.norderstedt.go.tutorials;

import java.time.Duration;

import org.springframework.http.CacheControl;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;

/**
 * The pictures of the tutorials, at {@code /lernen/bilder/<slug>/images/<file>}. Only
 * files a tutorial uses are served. SVG pictures are checked to hold no script when the
 * content is built; the response also forbids scripts.
 */
@RestController
class TutorialImageController {

	private static final MediaType SVG = MediaType.valueOf("image/svg+xml");

	private final LearningService learning;

	TutorialImageController(LearningService learning) {
		this.learning = learning;
	}

	@GetMapping("/lernen/bilder/{slug}/images/{file}")
	ResponseEntity<byte[]> image(@PathVariable String slug, @PathVariable String file) {
		return this.learning.image(slug, "images/" + file)
			.map(bytes -> ResponseEntity.ok()
				.contentType(file.endsWith(".svg") ? SVG : MediaType.IMAGE_PNG)
				.cacheControl(CacheControl.maxAge(Duration.ofHours(1)).cachePublic())
				.header("Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'")
				.header("X-Content-Type-Options", "nosniff")
				.body(bytes))
			.orElse(ResponseEntity.notFound().build());
	}

}
