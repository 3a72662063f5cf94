package de.norderstedt.go.news;

import java.time.Instant;
import java.util.Set;

import org.jspecify.annotations.Nullable;

/**
 * What an editor writes. The text may use simple formatting: paragraphs (a blank line),
 * {@code **bold**} and lines starting with "- " for a list.
 *
 * @param titleEn with {@code bodyEn} both or neither (blank counts as none)
 * @param image the picture the announcement should have; null for none
 * @param districtIds none for the whole city
 * @param publishAt null to publish at once
 */
public record NewAnnouncement(String titleDe, String bodyDe, @Nullable String titleEn, @Nullable String bodyEn,
		boolean urgent, Set<Long> topicIds, Set<Long> districtIds, @Nullable NewsImage image,
		@Nullable Instant publishAt) {

	public NewAnnouncement {
		topicIds = Set.copyOf(topicIds);
		districtIds = Set.copyOf(districtIds);
	}

}
