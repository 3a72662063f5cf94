package de.norderstedt.go.ideas;

import java.util.List;

import org.jspecify.annotations.Nullable;

/**
 * An idea or a comment that residents reported, for the moderators to decide about.
 *
 * @param commentId the comment, or null when the idea itself was reported
 * @param text the comment's words, or the idea's title
 * @param hidden hidden after enough reports, until a moderator decides
 * @param reasons the reasons given, oldest first
 */
public record ReportedThing(long ideaId, String ideaTitle, @Nullable Long commentId, String text, boolean hidden,
		List<String> reasons) {

	public ReportedThing {
		reasons = List.copyOf(reasons);
	}

	public boolean isComment() {
		return this.commentId != null;
	}

}
