package de.norderstedt.go.news;

import java.time.Instant;
import java.util.List;
import java.util.Locale;

import org.jspecify.annotations.Nullable;

/**
 * A piece of city news. {@code titleEn}/{@code bodyEn} null means German only: show the
 * German text, marked {@code lang="de"}, then.
 *
 * @param districts the parts of the city it concerns; empty for the whole city
 * @param publishAt when it goes (or went) out
 * @param publishedAt when it went out; null while planned
 * @param withdrawnAt when an editor withdrew it; null while it stands
 */
public record Announcement(long id, String titleDe, String bodyDe, @Nullable String titleEn, @Nullable String bodyEn,
		boolean urgent, List<Topic> topics, List<District> districts, boolean hasImage, @Nullable String imageAltDe,
		@Nullable String imageAltEn, Instant publishAt, @Nullable Instant publishedAt, @Nullable Instant withdrawnAt) {

	public Announcement {
		topics = List.copyOf(topics);
		districts = List.copyOf(districts);
	}

	/** The title in the given language, German when there is no English one. */
	public String title(Locale locale) {
		return english(locale) && this.titleEn != null ? this.titleEn : this.titleDe;
	}

	/** The text in the given language, German when there is no English one. */
	public String body(Locale locale) {
		return english(locale) && this.bodyEn != null ? this.bodyEn : this.bodyDe;
	}

	/** The image's alternative text in the given language; null without an image. */
	public @Nullable String imageAlt(Locale locale) {
		return english(locale) && this.imageAltEn != null ? this.imageAltEn : this.imageAltDe;
	}

	/** Whether the text shown for this language is the German one (for {@code lang}). */
	public boolean isGerman(Locale locale) {
		return !english(locale) || this.titleEn == null;
	}

	/** Out, and not withdrawn. */
	public boolean isPublished() {
		return this.publishedAt != null && this.withdrawnAt == null;
	}

	/** Waiting for its time, not withdrawn. */
	public boolean isPlanned() {
		return this.publishedAt == null && this.withdrawnAt == null;
	}

	public boolean isWithdrawn() {
		return this.withdrawnAt != null;
	}

	private static boolean english(Locale locale) {
		return "en".equals(locale.getLanguage());
	}

}
