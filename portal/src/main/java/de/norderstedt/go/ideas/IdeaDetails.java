package de.norderstedt.go.ideas;

import java.time.Instant;
import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An idea with its way so far.
 *
 * @param authorName the name the person chose to show; null: shown by a pseudonym
 * @param supporters supports of people with an account
 * @param kioskSupports supports given at public touchscreens, counted apart
 * @param mergedInto the idea it continues in, when merged
 * @param pictureAlt what the picture shows; null when there is no picture
 * @param publishedAt null while a moderator has not published it
 * @param timeline every state with its date and justification, oldest first
 */
public record IdeaDetails(long id, String title, String problem, String proposal, String beneficiaries,
		@Nullable Long districtId, @Nullable Long topicId, @Nullable Long groupId, IdeaState state, IdeaChannel channel,
		@Nullable String authorName, int supporters, int kioskSupports, @Nullable Long mergedInto,
		@Nullable String pictureAlt, @Nullable Instant publishedAt, Instant createdAt, List<TimelineEntry> timeline) {

	public IdeaDetails {
		timeline = List.copyOf(timeline);
	}

	public boolean isPublished() {
		return this.publishedAt != null;
	}

	public int allSupports() {
		return this.supporters + this.kioskSupports;
	}

}
